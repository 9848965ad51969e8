-- Atelier schema, version 4: refunds, full or partial, never more than was paid.

create sequence refund_id_seq start with 50 increment by 50;

create table refund (
    id                 bigint       primary key,
    version            bigint       not null default 0,
    payment_id         bigint       not null references payment (id),
    booking_id         bigint       not null references booking (id),
    amount             bigint       not null,
    currency           char(3)      not null,
    reason             varchar(300) not null,
    requested_by       varchar(120) not null,
    status             varchar(16)  not null,
    provider_refund_id varchar(255),
    failure_reason     varchar(300),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    constraint refund_amount_positive check (amount > 0),
    constraint refund_currency_iso check (currency ~ '^[A-Z]{3}$'),
    constraint refund_reason_present check (length(trim(reason)) > 0),
    constraint refund_status_known check (status in ('REQUESTED', 'PENDING', 'SUCCEEDED', 'FAILED')),
    constraint refund_provider_id_unique unique (provider_refund_id)
);

create index refund_booking_idx on refund (booking_id);
create index refund_payment_idx on refund (payment_id);

-- A booking can owe several refunds: outbox work may now name the refund (or other subject) it is for.
alter table outbox_message add column subject_id bigint;
alter table outbox_message drop constraint outbox_message_once;
create unique index outbox_message_once on outbox_message (kind, booking_id, (coalesce(subject_id, 0)));
