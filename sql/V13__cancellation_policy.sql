-- Each workshop states what a buyer gets back on cancelling: everything until cancel_full_hours
-- before the start, cancel_partial_percent of it until cancel_partial_hours before, nothing after.
-- Each booking keeps a copy of the terms in force when it was made, as it keeps its price.
alter table workshop
    add column cancel_full_hours int not null default 48,
    add column cancel_partial_hours int not null default 24,
    add column cancel_partial_percent int not null default 50,
    add constraint workshop_cancellation_policy_sane check (
        cancel_partial_hours >= 0 and cancel_full_hours >= cancel_partial_hours and cancel_full_hours <= 2160
        and cancel_partial_percent between 0 and 100);

alter table booking
    add column cancel_full_hours int not null default 48,
    add column cancel_partial_hours int not null default 24,
    add column cancel_partial_percent int not null default 50,
    add constraint booking_cancellation_policy_sane check (
        cancel_partial_hours >= 0 and cancel_full_hours >= cancel_partial_hours
        and cancel_partial_percent between 0 and 100);
