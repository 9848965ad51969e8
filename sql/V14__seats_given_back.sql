-- A group buyer may give back some seats. What the remaining seats cost is worked out from the
-- booking's own price snapshot; for that it also keeps the fewest seats the deciding rule priced
-- (a group of exactly n, or at least n). Older bookings have none: their rules priced any number.
alter table booking
    add column pricing_rule_fewest_seats int check (pricing_rule_fewest_seats >= 1);
