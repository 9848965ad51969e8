package org.atelier.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The slot finder on a busy host: one host who works every day 08:00-22:00 in 15-minute steps with
 * 10-minute buffers, 6,000 appointments over the last four years and the coming 60 days (four a
 * day), 2,000 freed ones in the coming weeks that no longer
 * block, an afternoon away every fifth day and a weekly workshop session. The host has no calendar
 * connected: its (empty) busy time is answered from the cache after the first request, as a
 * connected host's is within its time to live. The guest profile is widened to 60 days ahead on
 * every day, so that a month of slots is a month.
 *
 * <p>Prints the median and p95 of the server's whole answer to {@code GET
 * /api/v1/services/{id}/slots} for a month ({@code BENCH_ROUNDS}, default 300, one at a time on
 * loopback) beside the baseline of {@code GET /api/v1/services} measured in the same run, and the
 * SQL statements each slots request ran (pg_stat_statements, less what the timers ran while idle
 * for as long). Target: p95 under 20 ms with at most 3 statements.
 */
public final class SlotFinderBench {

    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "300"));
    private static final long TARGET_P95_MS = 20;
    private static final double TARGET_STATEMENTS = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> statistics = Map.of("shared_preload_libraries", "pg_stat_statements",
                "pg_stat_statements.track_utility", "off");
        BenchAtelier.run("atelier_slot_bench", Map.of(), statistics, (url, user, password, port) -> {
            long service;
            try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
                service = generate(sql);
                sql.execute("vacuum analyze");
                sql.execute("create extension if not exists pg_stat_statements");
                System.out.printf("slot finder bench: %,d appointments holding the host, %,d freed, %,d absences%n",
                        count(sql, "select count(*) from session where host_account_id is not null and seats_taken > 0"),
                        count(sql, "select count(*) from session where host_account_id is not null and seats_taken = 0"),
                        count(sql, "select count(*) from host_absence"));
                LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
                String root = "http://127.0.0.1:" + port + "/api/v1/services";
                String month = root + "/" + service + "/slots?from=" + today + "&until=" + today.plusDays(31);
                run(sql, root, month);
            }
        });
    }

    private static void run(Statement sql, String baselineUrl, String monthUrl) throws Exception {
        String answer = get(monthUrl);
        int slots = answer.split("\"start\"").length - 1;
        if (slots < 100) {
            throw new IllegalStateException("A month should have many free slots, not " + slots + ": " + answer);
        }
        List<Long> baseline = time(baselineUrl);
        sql.execute("select pg_stat_statements_reset()");
        long idleStarted = System.nanoTime();
        List<Long> month = time(monthUrl);
        long measuredNanos = System.nanoTime() - idleStarted;
        long during = statements(sql);
        List<String> top = topStatements(sql);
        sql.execute("select pg_stat_statements_reset()");
        TimeUnit.NANOSECONDS.sleep(measuredNanos);
        long idle = statements(sql);
        // The warm-up requests of time() ran too.
        double perRequest = (double) (during - idle) / (ROUNDS + WARM_UP);

        System.out.printf("  %d rounds each, one request at a time, on loopback; a month is %d free slots%n", ROUNDS, slots);
        report("baseline: GET /api/v1/services", baseline, null);
        report("GET /api/v1/services/{id}/slots, a month", month, baseline);
        System.out.printf("  SQL statements per slots request: %.2f (%,d during the rounds, %,d by the timers while idle as long)%n",
                perRequest, during, idle);
        top.forEach(line -> System.out.println("    " + line));
        boolean met = p95(month) / 1000.0 < TARGET_P95_MS && perRequest <= TARGET_STATEMENTS + 0.05;
        System.out.printf("  target p95 < %d ms with at most %.0f statements: %s%n", TARGET_P95_MS, TARGET_STATEMENTS,
                met ? "met" : "MISSED");
    }

    /** Writes the host, the service and its history; answers the service's id. */
    private static long generate(Statement sql) throws Exception {
        sql.execute("""
                insert into account (id, email, display_name, email_verified_at, language, created_at)
                values (nextval('account_id_seq'), 'bench-host@example.org', 'Bench Host', now(), 'en', now())""");
        long host = count(sql, "select id from account where email = 'bench-host@example.org'");
        sql.execute("insert into account_role (account_id, role, granted_at) values (" + host + ", 'HOST', now())");
        sql.execute("insert into host_schedule (account_id, zone, buffer_before_minutes, buffer_after_minutes, "
                + "interval_minutes, updated_at) values (" + host + ", 'Europe/Amsterdam', 10, 10, 15, now())");
        sql.execute("insert into host_weekly_hours (account_id, weekday, starts, ends) select " + host
                + ", d, '08:00', '22:00' from generate_series(1, 7) d");
        sql.execute("""
                insert into workshop (id, slug, title, description, category, host_name, duration_minutes,
                    base_price_amount, base_price_currency, max_seats_per_booking, status, kind, location, created_at, updated_at)
                values (nextval('workshop_id_seq'), 'bench-studio-time', 'Studio time', '', 'studio', 'Bench Host', 60,
                    6000, 'EUR', 1, 'PUBLISHED', 'SERVICE', 'Studio 2', now(), now())""");
        long service = count(sql, "select id from workshop where slug = 'bench-studio-time'");
        sql.execute("insert into service_host (workshop_id, account_id) values (" + service + ", " + host + ")");
        sql.execute("update planning_profile set days_ahead = 60, days = '1,2,3,4,5,6,7', earliest = '08:00', "
                + "latest = '22:00' where name = 'new'");
        // Four a day, three hours apart: each keeps the host 80 minutes, leaving room between them.
        sql.execute("""
                insert into session (id, workshop_id, starts_at, ends_at, location, capacity, seats_taken, status,
                    created_at, host_account_id, blocked_from, blocked_until)
                select nextval('session_id_seq'), %d, t, t + interval '60 minutes', 'Studio 2', 1, 1, 'SCHEDULED', now(),
                    %d, t - interval '10 minutes', t + interval '70 minutes'
                from generate_series(0, 1499) d, generate_series(0, 3) k,
                     lateral (select ((current_date - 1439 + d) + time '08:00' + k * interval '3 hours')
                                     at time zone 'Europe/Amsterdam' as t) start""".formatted(service, host));
        sql.execute("""
                insert into session (id, workshop_id, starts_at, ends_at, location, capacity, seats_taken, status,
                    created_at, host_account_id, blocked_from, blocked_until)
                select nextval('session_id_seq'), %d, t, t + interval '60 minutes', 'Studio 2', 1, 0, 'SCHEDULED', now(),
                    %d, t - interval '10 minutes', t + interval '70 minutes'
                from generate_series(1, 2000) n,
                     lateral (select ((current_date + 1 + (n %% 60)) + time '08:30' + (n %% 7) * interval '75 minutes')
                                     at time zone 'Europe/Amsterdam' as t) start""".formatted(service, host));
        sql.execute("""
                insert into host_absence (id, account_id, starts_at, ends_at, reason, created_at)
                select nextval('host_absence_id_seq'), %d, ((current_date - 690 + d * 5) + time '13:00') at time zone 'Europe/Amsterdam',
                    ((current_date - 690 + d * 5) + time '16:00') at time zone 'Europe/Amsterdam', 'away', now()
                from generate_series(0, 150) d""".formatted(host));
        sql.execute("""
                insert into workshop (id, slug, title, description, category, host_name, duration_minutes,
                    base_price_amount, base_price_currency, max_seats_per_booking, status, host_account_id, created_at, updated_at)
                values (nextval('workshop_id_seq'), 'bench-evening-class', 'Evening class', '', 'drawing', 'Bench Host', 120,
                    3000, 'EUR', 4, 'PUBLISHED', %d, now(), now())""".formatted(host));
        sql.execute("""
                insert into session (id, workshop_id, starts_at, ends_at, location, capacity, seats_taken, status, created_at)
                select nextval('session_id_seq'), w.id, t, t + interval '2 hours', 'Room 1', 10, 0, 'SCHEDULED', now()
                from workshop w, generate_series(0, 110) n,
                     lateral (select ((current_date - 700 + n * 7) + time '20:00') at time zone 'Europe/Amsterdam' as t) start
                where w.slug = 'bench-evening-class'""");
        return service;
    }

    /** Requests answered before the timing starts, so that the server's code paths are compiled. */
    private static final int WARM_UP = 100;

    private static List<Long> time(String url) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(url);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            get(url);
            micros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
        }
        Collections.sort(micros);
        return micros;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long statements(Statement sql) throws Exception {
        return count(sql, "select coalesce(sum(calls), 0) from pg_stat_statements where dbid = "
                + "(select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'");
    }

    private static List<String> topStatements(Statement sql) throws Exception {
        List<String> top = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("""
                select calls, regexp_replace(left(query, 90), '\\s+', ' ', 'g') from pg_stat_statements
                where dbid = (select oid from pg_database where datname = current_database())
                  and query not like '%pg_stat_statements%' order by calls desc limit 5""")) {
            while (rs.next()) {
                top.add(String.format("%,6d x %s", rs.getLong(1), rs.getString(2)));
            }
        }
        return top;
    }

    private static void report(String what, List<Long> micros, List<Long> baseline) {
        System.out.printf("  %-48s median %6.2f ms, p95 %6.2f ms%s%n", what, median(micros) / 1000.0, p95(micros) / 1000.0,
                baseline == null ? "" : String.format(", ratio to baseline (median) %.1f", (double) median(micros) / median(baseline)));
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static long p95(List<Long> sorted) {
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
