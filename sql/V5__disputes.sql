-- Atelier schema, version 5: disputes (chargebacks) as the provider reports them.
create table dispute (
    id               varchar(255) primary key,
    version          bigint       not null default 0,
    payment_id       bigint       not null references payment (id),
    booking_id       bigint       not null references booking (id),
    amount           bigint       not null,
    currency         char(3)      not null,
    reason           varchar(80)  not null,
    status           varchar(40)  not null,
    evidence_due_by  timestamptz,
    outcome          varchar(8),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint dispute_amount_not_negative check (amount >= 0),
    constraint dispute_outcome_known check (outcome is null or outcome in ('WON', 'LOST'))
);

create index dispute_booking_idx on dispute (booking_id);
-- Admins look for open disputes by the date their evidence is due.
create index dispute_open_due_idx on dispute (evidence_due_by) where outcome is null;
