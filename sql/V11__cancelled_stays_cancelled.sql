-- Atelier schema, version 11: a cancelled booking stays cancelled when part of it is refunded.

-- A cancelled booking refunded in part used to become PARTIALLY_REFUNDED, a state that holds seats,
-- although its seats went back when it was cancelled: counted as coming, and its last refund gave
-- the seats back a second time. Such a booking now stays CANCELLED until all of it is refunded.
-- Those moved before are found by their cancellation in the audit trail (every cancellation is an
-- admin's until now) and put back.
update booking b
   set state = 'CANCELLED'
 where b.state = 'PARTIALLY_REFUNDED'
   and exists (select 1 from audit_event a where a.booking_id = b.id and a.action = 'CANCEL');
