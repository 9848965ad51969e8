-- Studio time by appointment. A service (studio time, a portfolio review, mentoring) is offered as
-- a workshop is: the same prices, pricing rules and cancellation terms. An appointment is a session
-- of one seat of its service, made when the visitor picks a time; so holding, paying, cancelling,
-- refunds, mails, reminders and calendars treat it as any booking of a session.

-- The equality part of the host's exclusion constraint below needs GiST support for bigint.
create extension if not exists btree_gist;

-- Where a service's appointments take place (a room, or "Online"); a workshop's sessions say it each.
alter table workshop
    add column kind varchar(10) not null default 'WORKSHOP',
    add column location varchar(160),
    add constraint workshop_kind_known check (kind in ('WORKSHOP', 'SERVICE')),
    add constraint workshop_service_located check (kind = 'WORKSHOP' or length(trim(location)) > 0);

-- The hosts who give a service; visitors pick a time with one of them.
create table service_host (
    workshop_id bigint not null references workshop (id) on delete cascade,
    account_id  bigint not null references account (id),
    primary key (workshop_id, account_id)
);

create index service_host_account_idx on service_host (account_id);

-- An appointment's session belongs to its host and keeps them busy from blocked_from until
-- blocked_until: its own time widened by the host's buffers before and after.
alter table session
    add column host_account_id bigint references account (id),
    add column blocked_from timestamptz,
    add column blocked_until timestamptz,
    add constraint session_appointment_shape check (
        (host_account_id is null) = (blocked_from is null) and (blocked_from is null) = (blocked_until is null)),
    add constraint session_blocked_covers_its_time check (
        blocked_from is null or (blocked_from <= starts_at and blocked_until >= ends_at));

-- No host is ever double booked: two appointments whose seat is taken (held, being paid, or
-- booked) may not overlap, buffers included. A freed appointment (its seat given back on expiry,
-- cancellation or refund) no longer blocks. Its GiST index also answers the slot finder.
alter table session add constraint session_host_never_double_booked exclude using gist (
    host_account_id with =, tstzrange(blocked_from, blocked_until) with &&)
    where (host_account_id is not null and seats_taken > 0 and status = 'SCHEDULED');

-- When a host works, on their own clock.
create table host_schedule (
    account_id            bigint      primary key references account (id) on delete cascade,
    version               bigint      not null default 0,
    zone                  varchar(64) not null,
    buffer_before_minutes integer     not null default 0,
    buffer_after_minutes  integer     not null default 0,
    interval_minutes      integer     not null default 30,
    updated_at            timestamptz not null,
    constraint host_schedule_buffers_sane check (
        buffer_before_minutes between 0 and 240 and buffer_after_minutes between 0 and 240),
    constraint host_schedule_interval_sane check (interval_minutes between 5 and 240)
);

-- Working hours per weekday (ISO: 1 = Monday); a break is the gap between two stretches.
create table host_weekly_hours (
    account_id bigint   not null references host_schedule (account_id) on delete cascade,
    weekday    smallint not null,
    starts     time     not null,
    ends       time     not null,
    primary key (account_id, weekday, starts),
    constraint host_weekly_hours_weekday check (weekday between 1 and 7),
    constraint host_weekly_hours_ordered check (ends > starts)
);

-- A date whose hours differ from its weekday's; a row without hours closes the day (a holiday).
create table host_date_hours (
    account_id bigint not null references host_schedule (account_id) on delete cascade,
    on_date    date   not null,
    starts     time,
    ends       time,
    constraint host_date_hours_shape check ((starts is null) = (ends is null) and (ends is null or ends > starts))
);

create unique index host_date_hours_stretch on host_date_hours (account_id, on_date, coalesce(starts, '00:00'));

create sequence host_absence_id_seq start with 50 increment by 50;

-- Time away, from one instant to another: it may span days.
create table host_absence (
    id         bigint       primary key,
    account_id bigint       not null references host_schedule (account_id) on delete cascade,
    starts_at  timestamptz  not null,
    ends_at    timestamptz  not null,
    reason     varchar(160) not null default '',
    created_at timestamptz  not null,
    constraint host_absence_ordered check (ends_at > starts_at)
);

create index host_absence_host_idx on host_absence (account_id, ends_at);

-- What each segment of visitors may book (days: ISO weekdays, comma separated).
create table planning_profile (
    name           varchar(20) primary key,
    version        bigint      not null default 0,
    length_minutes integer     not null,
    earliest       time        not null,
    latest         time        not null,
    notice_minutes integer     not null,
    days_ahead     integer     not null,
    days           varchar(13) not null,
    suggestions    integer     not null,
    constraint planning_profile_name_format check (name ~ '^[a-z][a-z0-9-]{0,19}$'),
    constraint planning_profile_length_sane check (length_minutes between 15 and 480),
    constraint planning_profile_hours_ordered check (latest > earliest),
    constraint planning_profile_notice_sane check (notice_minutes between 0 and 43200),
    constraint planning_profile_days_ahead_sane check (days_ahead between 0 and 365),
    constraint planning_profile_days_format check (days ~ '^[1-7](,[1-7]){0,6}$'),
    constraint planning_profile_suggestions_sane check (suggestions between 1 and 50)
);

insert into planning_profile (name, length_minutes, earliest, latest, notice_minutes, days_ahead, days, suggestions) values
    ('new', 60, '10:00', '20:00', 720, 10, '1,2,3,4,5', 6),
    ('existing', 60, '09:00', '21:00', 360, 14, '1,2,3,4,5', 6),
    ('weekend', 60, '10:00', '18:00', 180, 7, '6,7', 6),
    ('premium', 90, '08:00', '22:00', 240, 21, '1,2,3,4,5,6,7', 15),
    ('resident', 60, '08:00', '22:00', 60, 28, '1,2,3,4,5,6,7', 6);

-- A segment an admin sets for a visitor (the weekend list, premium) comes before any rule.
alter table account add column planning_segment varchar(20) references planning_profile (name);
