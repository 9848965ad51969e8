-- Atelier schema, version 6: accounts with roles, pricing rules, and the price snapshot every
-- booking keeps of how its price was decided.

create sequence account_id_seq start with 50 increment by 50;
create sequence account_token_id_seq start with 50 increment by 50;
create sequence pricing_rule_id_seq start with 50 increment by 50;

create table account (
    id                bigint       primary key,
    version           bigint       not null default 0,
    email             varchar(254) not null,
    display_name      varchar(160) not null,
    -- Pbkdf2PasswordHash's own format (algorithm:iterations:salt:hash); null until a password is set.
    password_hash     varchar(512),
    email_verified_at timestamptz,
    language          varchar(2)   not null,
    created_at        timestamptz  not null,
    constraint account_email_lower check (email = lower(email)),
    constraint account_email_shape check (email ~ '^[^@\s]+@[^@\s]+$'),
    constraint account_name_present check (length(trim(display_name)) > 0)
);

create unique index account_email_unique on account (email);

-- VISITOR is what every account is; only the roles beyond it are stored.
create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    granted_at timestamptz not null,
    primary key (account_id, role),
    constraint account_role_known check (role in ('RESIDENT_ARTIST', 'HOST', 'ADMIN'))
);

create index account_role_role_idx on account_role (role);

-- Single-use tokens mailed to the account's owner. Only a SHA-256 digest is kept: whoever reads the
-- database cannot use a token it finds here.
create table account_token (
    id          bigint      primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    purpose     varchar(20) not null,
    token_hash  char(64)    not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    constraint account_token_purpose_known check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'SETUP_ADMIN')),
    constraint account_token_expires_after_creation check (expires_at > created_at)
);

create unique index account_token_hash_unique on account_token (token_hash);
create index account_token_account_idx on account_token (account_id, purpose);

create table pricing_rule (
    id                   bigint       primary key,
    version              bigint       not null default 0,
    name                 varchar(120) not null,
    scope                varchar(10)  not null,
    scope_workshop_id    bigint references workshop (id),
    scope_category       varchar(40),
    -- Null: anyone, signed in or not.
    role                 varchar(20),
    effect               varchar(16)  not null,
    amount               bigint,
    currency             char(3),
    percent_off          integer,
    -- A group tier: from min_seats seats, or for exactly exact_seats seats.
    min_seats            integer,
    exact_seats          integer,
    monthly_free_quota   integer,
    advertised           boolean      not null default false,
    valid_from           timestamptz,
    valid_until          timestamptz,
    retired_at           timestamptz,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    constraint pricing_rule_name_present check (length(trim(name)) > 0),
    constraint pricing_rule_scope_known check (
        (scope = 'ALL' and scope_workshop_id is null and scope_category is null)
        or (scope = 'CATEGORY' and scope_category is not null and scope_workshop_id is null)
        or (scope = 'WORKSHOP' and scope_workshop_id is not null and scope_category is null)),
    constraint pricing_rule_role_known check (role is null or role in ('VISITOR', 'RESIDENT_ARTIST', 'HOST', 'ADMIN')),
    constraint pricing_rule_effect_known check (
        (effect = 'FREE' and amount is null and percent_off is null)
        or (effect = 'UNIT_PRICE' and amount >= 0 and currency is not null and percent_off is null)
        or (effect = 'GROUP_PRICE' and amount >= 0 and currency is not null and exact_seats is not null
            and percent_off is null)
        or (effect = 'PERCENT_OFF' and percent_off between 1 and 100 and amount is null)),
    constraint pricing_rule_currency_iso check (currency is null or currency ~ '^[A-Z]{3}$'),
    constraint pricing_rule_seats_positive check (
        (min_seats is null or min_seats >= 1) and (exact_seats is null or exact_seats >= 1)
        and (min_seats is null or exact_seats is null)),
    -- A quota counts free bookings of one role.
    constraint pricing_rule_quota_shape check (
        monthly_free_quota is null or (monthly_free_quota >= 1 and effect = 'FREE' and role is not null)),
    constraint pricing_rule_validity_ordered check (valid_from is null or valid_until is null or valid_until > valid_from)
);

create index pricing_rule_live_idx on pricing_rule (id) where retired_at is null;

-- The price snapshot: who the buyer was and which rule decided, copied at booking time so that
-- later changes to roles or rules never change a booking.
alter table booking add column account_id bigint references account (id);
alter table booking add column price_roles varchar(80) not null default '';
alter table booking add column pricing_rule_id bigint references pricing_rule (id);
alter table booking add column pricing_rule_name varchar(120);
alter table booking add column list_unit_price_amount bigint;
alter table booking add column unit_price_amount bigint;
alter table booking add column discount_amount bigint not null default 0;
update booking set list_unit_price_amount = total_amount / quantity, unit_price_amount = total_amount / quantity;
alter table booking alter column list_unit_price_amount set not null;
alter table booking alter column unit_price_amount set not null;
alter table booking add constraint booking_discount_not_negative check (discount_amount >= 0);

create index booking_account_idx on booking (account_id, created_at) where account_id is not null;
