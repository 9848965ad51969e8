package org.atelier.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Two years of a busy workspace, written straight into the database with set-based SQL: forty
 * workshops, two sessions a week each, {@code bookings} bookings spread over them with the states,
 * roles, attendance, payments and refunds a real history has.
 */
final class BookingHistory {

    private BookingHistory() {
    }

    static void generate(Connection db, int bookings) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into workshop (id, slug, title, description, category, host_name, duration_minutes,
                        base_price_amount, base_price_currency, max_seats_per_booking, status, created_at, updated_at)
                    select w, 'bench-workshop-' || w, 'Bench workshop ' || w, 'A workshop of the benchmark',
                        (array['ceramics','printmaking','painting','drawing','textiles','photography'])[1 + w % 6],
                        'Host ' || w, 120, 2000 + (w % 8) * 500, 'EUR', 4, 'PUBLISHED',
                        now() - interval '2 years', now() - interval '2 years'
                    from generate_series(1, 40) w""");
            sql.execute("""
                    insert into session (id, workshop_id, starts_at, ends_at, location, capacity, seats_taken, status, created_at)
                    select row_number() over (), w, t, t + interval '2 hours', 'Studio ' || (w % 5), 1000, 0, 'SCHEDULED',
                        t - interval '60 days'
                    from generate_series(1, 40) w,
                         generate_series(date_trunc('day', now()) - interval '730 days' + interval '10 hours',
                                         date_trunc('day', now()) + interval '28 days', interval '3.5 days') t""");
            sql.execute("create temporary table bench_session as select id, workshop_id, starts_at,"
                    + " row_number() over (order by id) as n from session where id <= (select max(id) from session)");
            sql.execute("analyze bench_session");
            // Booking references in their own alphabet: the id written in base 30, as XXXX-XXXX.
            sql.execute("""
                    create function pg_temp.reference(id bigint) returns text immutable language sql as $$
                        select substr(r, 1, 4) || '-' || substr(r, 5, 4) from (
                            select string_agg(substr('23456789ABCDEFGHJKMNPQRSTVWXYZ',
                                   (id / (30::bigint ^ k)::bigint % 30)::int + 1, 1), '' order by k desc) as r
                            from generate_series(0, 7) k) digits
                    $$""");
            sql.execute("""
                    insert into booking (id, reference, session_id, quantity, buyer_name, buyer_email, language, state,
                        total_amount, total_currency, hold_expires_at, created_at, updated_at, checkout_attempts,
                        price_roles, list_unit_price_amount, unit_price_amount, discount_amount, attendance)
                    select b.id, pg_temp.reference(b.id),
                        s.id, b.quantity, b.first || ' ' || b.last, lower(b.first || '.' || replace(b.last, ' ', '') || b.id || '@example.org'),
                        case when b.id % 3 = 0 then 'nl' else 'en' end, b.state,
                        b.quantity * (2000 + (s.workshop_id % 8) * 500), 'EUR', null,
                        least(now(), s.starts_at - (b.id % 30) * interval '1 day' - (b.id % 1440) * interval '1 minute'),
                        least(now(), s.starts_at - (b.id % 30) * interval '1 day'), 1,
                        case when b.id % 20 = 0 then 'VISITOR,RESIDENT_ARTIST' when b.id % 10 = 0 then 'VISITOR' else '' end,
                        2000 + (s.workshop_id % 8) * 500, 2000 + (s.workshop_id % 8) * 500, 0,
                        case when b.state in ('CONFIRMED', 'COMPLETED') and s.starts_at < now()
                             then case when b.id % 9 = 0 then 'NO_SHOW' else 'ATTENDED' end end
                    from (select g as id, 1 + g % 3 as quantity,
                                 (array['Ann','Anna','Bram','Chen','Daan','Eva','Fleur','Gijs','Hana','Ines','Jan','Kim',
                                        'Lotte','Milan','Noor','Omar','Pim','Rosa','Sem','Tess'])[1 + g % 20] as first,
                                 (array['de Vries','Jansen','Bakker','Visser','Smit','Meijer','de Boer','Mulder','Bos',
                                        'Vos','Peters','Hendriks','Dekker','Brouwer','Dijkstra'])[1 + (g / 20) % 15] as last,
                                 case when g % 100 < 70 then 'CONFIRMED' when g % 100 < 78 then 'ABANDONED'
                                      when g % 100 < 83 then 'CANCELLED' when g % 100 < 88 then 'REFUNDED'
                                      when g % 100 < 90 then 'PARTIALLY_REFUNDED' else 'COMPLETED' end as state,
                                 1 + (g::bigint * 7919) % (select count(*) from bench_session) as n
                          from generate_series(1, BOOKING_COUNT) g) b
                    join bench_session s on s.n = b.n""".replace("BOOKING_COUNT", Integer.toString(bookings)));
            sql.execute("""
                    insert into payment (id, booking_id, provider, checkout_id, provider_payment_id, amount, currency,
                        refunded_amount, status, paid_at, created_at)
                    select b.id, b.id, 'sandbox', 'sandbox_' || b.reference, 'pay_' || b.id, b.total_amount, 'EUR',
                        case b.state when 'REFUNDED' then b.total_amount when 'PARTIALLY_REFUNDED' then b.total_amount / 2 else 0 end,
                        case b.state when 'REFUNDED' then 'REFUNDED' when 'PARTIALLY_REFUNDED' then 'PARTIALLY_REFUNDED'
                             else 'SUCCEEDED' end,
                        b.created_at + interval '3 minutes', b.created_at + interval '3 minutes'
                    from booking b where b.state in ('CONFIRMED', 'COMPLETED', 'REFUNDED', 'PARTIALLY_REFUNDED')""");
            sql.execute("""
                    insert into refund (id, payment_id, booking_id, amount, currency, reason, requested_by, status,
                        created_at, updated_at)
                    select p.id, p.id, p.booking_id, p.refunded_amount, 'EUR', 'Benchmark history', 'bench', 'SUCCEEDED',
                        p.paid_at + interval '2 days', p.paid_at + interval '2 days'
                    from payment p where p.refunded_amount > 0""");
            sql.execute("""
                    update session s set seats_taken = taken.seats from (
                        select session_id, sum(quantity) as seats from booking
                        where state in ('CONFIRMED', 'COMPLETED', 'PARTIALLY_REFUNDED') group by session_id) taken
                    where taken.session_id = s.id""");
            for (String sequence : new String[]{"workshop", "session", "booking", "payment", "refund"}) {
                sql.execute("select setval('" + sequence + "_id_seq', (select max(id) + 100 from " + sequence + "))");
            }
        }
    }
}
