-- Atelier schema, version 9: hosts connect their Google Calendar; confirmed bookings of their
-- workshops appear there.

-- The account that hosts a workshop, when the host has one (host_name stays what visitors read).
alter table workshop add column host_account_id bigint references account (id);
create index workshop_host_account_idx on workshop (host_account_id) where host_account_id is not null;

create sequence calendar_connection_id_seq start with 50 increment by 50;

-- One calendar per host. The refresh token is kept only encrypted (AES-GCM with the host's id as
-- associated data), beside the number of the key that encrypted it, so keys can be rotated.
create table calendar_connection (
    id                   bigint       primary key,
    version              bigint       not null default 0,
    account_id           bigint       not null references account (id) on delete cascade,
    provider             varchar(16)  not null,
    calendar_id          varchar(255) not null,
    refresh_token_cipher bytea        not null,
    refresh_token_iv     bytea        not null,
    key_version          integer      not null,
    status               varchar(20)  not null,
    last_error           varchar(300),
    connected_at         timestamptz  not null,
    updated_at           timestamptz  not null,
    constraint calendar_connection_one_per_host unique (account_id, provider),
    constraint calendar_connection_status_known check (status in ('CONNECTED', 'RECONNECT_NEEDED')),
    constraint calendar_connection_iv_96_bits check (octet_length(refresh_token_iv) = 12)
);

-- The overview lists the hosts whose connection Google refused.
create index calendar_connection_reconnect_idx on calendar_connection (updated_at) where status = 'RECONNECT_NEEDED';
