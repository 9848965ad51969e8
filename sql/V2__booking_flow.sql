-- Atelier schema, version 2: what the public booking flow needs around a booking.

-- A retried request (double click, reload, API retry) finds the booking it already made.
alter table booking add column idempotency_key varchar(120);
alter table booking add constraint booking_idempotency_key_unique unique (idempotency_key);

-- Which payment provider holds the checkout, and its id there (a Stripe Checkout Session id).
alter table booking add column payment_provider varchar(16);
alter table booking add column provider_checkout_id varchar(255);
-- Each new checkout (after a failed payment) needs an idempotency key of its own.
alter table booking add column checkout_attempts integer not null default 0;
alter table booking add constraint booking_provider_known check (payment_provider in ('sandbox', 'stripe'));
create unique index booking_provider_checkout_idx on booking (payment_provider, provider_checkout_id)
    where provider_checkout_id is not null;

-- Everyone who comes along on a booking; the buyer is position 0.
create table booking_participant (
    booking_id bigint       not null references booking (id) on delete cascade,
    position   integer      not null,
    name       varchar(160) not null,
    email      varchar(254),
    primary key (booking_id, position),
    constraint booking_participant_name_present check (length(trim(name)) > 0),
    constraint booking_participant_email_shape check (email is null or email ~ '^[^@\s]+@[^@\s]+$')
);

-- Work for the outside world (e-mail now; calendar and refunds later), written in the same
-- transaction as the change that causes it and sent after the commit by a timer.
create sequence outbox_message_id_seq;

create table outbox_message (
    id              bigint       primary key,
    kind            varchar(40)  not null,
    booking_id      bigint       not null references booking (id),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    -- One confirmation per booking, however often the confirming event arrives.
    constraint outbox_message_once unique (kind, booking_id),
    constraint outbox_message_attempts_not_negative check (attempts >= 0)
);

create index outbox_message_due_idx on outbox_message (next_attempt_at) where sent_at is null;
