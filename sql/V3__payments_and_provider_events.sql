-- Atelier schema, version 3: payments as the provider reported them, and every provider event
-- recorded once.

-- A provider's event is applied once: its id is recorded in the same transaction as its effects,
-- so a redelivery finds it and changes nothing.
create table payment_event (
    provider    varchar(16)  not null,
    event_id    varchar(255) not null,
    type        varchar(80)  not null,
    reference   varchar(255),
    received_at timestamptz  not null,
    primary key (provider, event_id)
);

create index payment_event_reference_idx on payment_event (reference);

create sequence payment_id_seq start with 50 increment by 50;

-- Money received for a booking. Refunds (next version) draw on refunded_amount, which the
-- database never lets exceed what was paid.
create table payment (
    id                  bigint       primary key,
    version             bigint       not null default 0,
    booking_id          bigint       not null references booking (id),
    provider            varchar(16)  not null,
    checkout_id         varchar(255) not null,
    provider_payment_id varchar(255),
    amount              bigint       not null,
    currency            char(3)      not null,
    refunded_amount     bigint       not null default 0,
    status              varchar(20)  not null,
    paid_at             timestamptz  not null,
    created_at          timestamptz  not null,
    -- One payment per checkout, however many events report it.
    constraint payment_checkout_once unique (provider, checkout_id),
    constraint payment_amount_not_negative check (amount >= 0),
    constraint payment_currency_iso check (currency ~ '^[A-Z]{3}$'),
    constraint payment_refund_within_amount check (refunded_amount >= 0 and refunded_amount <= amount),
    constraint payment_status_known check (status in ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED')),
    constraint payment_provider_known check (provider in ('sandbox', 'stripe'))
);

create index payment_booking_idx on payment (booking_id);
