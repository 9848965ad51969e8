-- People waiting for seats of a full session, first come first served. When seats come free the
-- entries that fit are offered them as a held booking (offer_booking_id): the offer's outcome is
-- that booking's (held: open; confirmed: claimed; abandoned: expired or declined).
create sequence waitlist_entry_id_seq start with 50 increment by 50;

create table waitlist_entry (
    id               bigint       primary key,
    version          bigint       not null default 0,
    reference        varchar(12)  not null unique,
    session_id       bigint       not null references session (id),
    seats            integer      not null,
    name             varchar(160) not null,
    email            varchar(254) not null,
    language         varchar(2)   not null,
    account_id       bigint       references account (id),
    state            varchar(12)  not null,
    offer_booking_id bigint       unique references booking (id),
    joined_at        timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint waitlist_entry_seats_positive check (seats >= 1),
    constraint waitlist_entry_state_known check (state in ('WAITING', 'OFFERED', 'LEFT')),
    constraint waitlist_entry_offer_has_booking check ((state = 'OFFERED') = (offer_booking_id is not null))
);

-- One place in line per person and session.
create unique index waitlist_entry_one_per_person on waitlist_entry (session_id, lower(email)) where state = 'WAITING';
create index waitlist_entry_line on waitlist_entry (session_id, joined_at, id) where state = 'WAITING';
