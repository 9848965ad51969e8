-- Atelier schema, version 7: what the admin dashboard needs: attendance, an audit trail of every
-- admin action, and indexes that keep its tables and figures fast over years of bookings.

-- Attendance is recorded beside the state: a refunded booking may still have been attended.
alter table booking add column attendance varchar(10);
alter table booking add constraint booking_attendance_known check (attendance in ('ATTENDED', 'NO_SHOW'));

create table audit_event (
    id          bigserial    primary key,
    at          timestamptz  not null,
    actor       varchar(254) not null,
    action      varchar(40)  not null,
    subject     varchar(40)  not null,
    subject_id  varchar(80),
    booking_id  bigint references booking (id),
    before_text text,
    after_text  text,
    reason      varchar(300)
);

create index audit_event_at_idx on audit_event (at desc);
create index audit_event_booking_idx on audit_event (booking_id, at) where booking_id is not null;
create index audit_event_actor_idx on audit_event (actor, at desc);

-- The bookings table: newest first, filtered by state, session or period; searched by reference,
-- by the start of an e-mail address or of a name.
-- Newest first for the table; the included columns let the analytics read a year of bookings
-- from the index alone.
create index booking_created_idx on booking (created_at, id)
    include (state, attendance, total_amount, quantity, price_roles, session_id);
create index booking_state_created_idx on booking (state, created_at desc);
create index booking_session_created_idx on booking (session_id, created_at desc);
create index booking_email_prefix_idx on booking (lower(buyer_email) text_pattern_ops);
create index booking_name_prefix_idx on booking (lower(buyer_name) text_pattern_ops);

-- Analytics: revenue by the day money came in or went out.
create index payment_paid_at_idx on payment (paid_at);
create index refund_created_at_idx on refund (created_at) include (amount, status);

-- The analytics read a daily roll-up of bookings instead of a year of booking rows. It is
-- recomputed, day by day, for the days whose bookings changed (by updated_at), every half minute.
create index booking_updated_idx on booking (updated_at);

create table booking_day (
    day         date        not null,
    workshop_id bigint      not null,
    price_roles varchar(80) not null,
    bookings    integer     not null,
    paid        integer     not null,
    attended    integer     not null,
    abandoned   integer     not null,
    refunded    integer     not null,
    paid_total  bigint      not null
);

create index booking_day_day_idx on booking_day (day);

create table analytics_refresh (
    id              integer     primary key check (id = 1),
    refreshed_until timestamptz not null
);
