-- A participant the buyer takes off a booking stays in its list, marked removed: each keeps the
-- number their mails were sent under (a later cancellation reaches the right person, a new
-- participant never inherits a number that already had a mail).
alter table booking_participant add column removed_at timestamptz;
