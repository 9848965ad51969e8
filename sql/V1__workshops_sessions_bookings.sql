-- Atelier schema, version 1: the catalogue (workshops and their sessions) and bookings.
-- The invariants that matter under concurrency live here, not only in Java.

-- EclipseLink preallocates 50 ids per nextval and expects the first value to be 50.
create sequence workshop_id_seq start with 50 increment by 50;
create sequence session_id_seq start with 50 increment by 50;
create sequence booking_id_seq start with 50 increment by 50;

create table workshop (
    id                    bigint       primary key,
    version               bigint       not null default 0,
    slug                  varchar(80)  not null,
    title                 varchar(160) not null,
    description           text         not null,
    category              varchar(40)  not null,
    host_name             varchar(120) not null,
    image_path            varchar(255),
    duration_minutes      integer      not null,
    base_price_amount     bigint       not null,
    base_price_currency   char(3)      not null,
    max_seats_per_booking integer      not null,
    status                varchar(16)  not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    constraint workshop_slug_unique unique (slug),
    constraint workshop_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint workshop_title_present check (length(trim(title)) > 0),
    constraint workshop_duration_positive check (duration_minutes > 0),
    constraint workshop_price_not_negative check (base_price_amount >= 0),
    constraint workshop_currency_iso check (base_price_currency ~ '^[A-Z]{3}$'),
    constraint workshop_max_seats_positive check (max_seats_per_booking >= 1),
    constraint workshop_status_known check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
);

create index workshop_published_idx on workshop (category, title) where status = 'PUBLISHED';

create table session (
    id          bigint       primary key,
    version     bigint       not null default 0,
    workshop_id bigint       not null references workshop (id),
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    location    varchar(160) not null,
    capacity    integer      not null,
    seats_taken integer      not null default 0,
    status      varchar(16)  not null,
    created_at  timestamptz  not null,
    constraint session_ends_after_start check (ends_at > starts_at),
    constraint session_capacity_positive check (capacity > 0),
    -- The seat invariant: a conditional update that would overbook fails here even if Java is wrong.
    constraint session_seats_within_capacity check (0 <= seats_taken and seats_taken <= capacity),
    constraint session_status_known check (status in ('SCHEDULED', 'CANCELLED'))
);

create index session_workshop_start_idx on session (workshop_id, starts_at);
create index session_upcoming_idx on session (starts_at) where status = 'SCHEDULED';

create table booking (
    id              bigint       primary key,
    version         bigint       not null default 0,
    reference       varchar(9)   not null,
    session_id      bigint       not null references session (id),
    quantity        integer      not null,
    buyer_name      varchar(160) not null,
    buyer_email     varchar(254) not null,
    language        varchar(2)   not null,
    state           varchar(20)  not null,
    total_amount    bigint       not null,
    total_currency  char(3)      not null,
    hold_expires_at timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    constraint booking_reference_unique unique (reference),
    -- Crockford-like alphabet: no 0/O, 1/I/L or U, so a reference read over the phone is unambiguous.
    constraint booking_reference_format check (reference ~ '^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$'),
    constraint booking_quantity_positive check (quantity > 0),
    constraint booking_buyer_email_shape check (buyer_email ~ '^[^@\s]+@[^@\s]+$'),
    constraint booking_language_supported check (language in ('en', 'nl')),
    constraint booking_total_not_negative check (total_amount >= 0),
    constraint booking_currency_iso check (total_currency ~ '^[A-Z]{3}$'),
    constraint booking_state_known check (state in ('HELD', 'PAYMENT_PENDING', 'CONFIRMED', 'COMPLETED',
        'ABANDONED', 'CANCELLED', 'PAYMENT_FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED')),
    -- A hold without an expiry would keep seats forever.
    constraint booking_hold_expires check (state not in ('HELD', 'PAYMENT_PENDING') or hold_expires_at is not null)
);

create index booking_session_idx on booking (session_id);
-- The expiry job looks for open holds past their time.
create index booking_open_hold_idx on booking (hold_expires_at) where state in ('HELD', 'PAYMENT_PENDING');
