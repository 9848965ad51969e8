-- A buyer invites someone by e-mail to fill in their own details for one of the booking's seats.
-- The link's token is an HMAC of the invitation's reference under the server's link secret; the
-- table keeps only its SHA-256 digest (to find the invitation), so a copy of the database opens
-- nothing. A link works once (accepted_at) and until it expires.
create sequence invitation_id_seq start with 50 increment by 50;

create table invitation (
    id           bigint       primary key,
    reference    varchar(32)  not null unique,
    booking_id   bigint       not null references booking (id),
    email        varchar(254) not null,
    token_digest char(64)     not null unique,
    expires_at   timestamptz  not null,
    accepted_at  timestamptz,
    created_at   timestamptz  not null,
    constraint invitation_email_shape check (email ~ '^[^@\s]+@[^@\s]+$')
);

create index invitation_booking on invitation (booking_id);
