-- Atelier schema, version 10: limits on what anyone can cause without paying.

-- Mails anyone can ask for by typing an address (sign-up, password reset), counted per recipient
-- and hour across every instance; old windows are simply overwritten by the next mail.
create table mail_quota (
    recipient    varchar(254) primary key,
    window_start timestamptz  not null,
    sent         integer      not null,
    constraint mail_quota_sent_positive check (sent > 0)
);

-- The cap on open holds per buyer counts a buyer's bookings of one session on every hold; this
-- finds them without reading the session's other bookings (the account's side has its own index).
create index booking_session_buyer_idx on booking (session_id, buyer_email);
