package org.atelier.bench;

import org.atelier.testing.web.Http;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The admin's pages on a large history: {@code BENCH_BOOKINGS} (default 1,000,000) bookings over
 * two years in a database of the benchmark's own, then, as a signed-in admin, the bookings table's
 * first page with a filter and a search, and the analytics of the last year, each requested
 * {@code BENCH_ROUNDS} times one after the other. Times are the server's whole answer (query and
 * page), measured on loopback; the baseline is a light admin page measured in the same run.
 */
public final class AdminBench {

    private static final int BOOKINGS = Integer.parseInt(System.getenv().getOrDefault("BENCH_BOOKINGS", "1000000"));
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "60"));
    private static final long TARGET_P95_MS = 300;

    public static void main(String[] args) throws Exception {
        BenchAtelier.run("atelier_admin_bench", (url, user, password, port) -> {
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                long started = System.nanoTime();
                BookingHistory.generate(db, BOOKINGS);
                try (Statement sql = db.createStatement()) {
                    sql.execute("vacuum analyze");
                }
                System.out.printf("admin bench: %,d bookings over two years written in %d s%n", count(db, "booking"),
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                rebuildRollup(db);
                createAdmin(db);
            }
            run(new URL("http://127.0.0.1:" + port + "/"));
        });
    }

    private static void run(URL base) {
        Http admin = new Http(base);
        String signIn = admin.get("signin").body();
        admin.postForm("signin", Map.of("signin", "signin", "signin:email", "bench-admin@example.org",
                "signin:password", "bench admin password", "signin:next", "/admin", "signin:submit", "",
                "jakarta.faces.ViewState", Http.viewState(signIn)));
        String page = expectOk(admin.get("admin/bookings"));
        // The filter is kept for the admin's session, as a browser's "Apply filters" leaves it.
        admin.postForm("admin/bookings", Map.of("bookings", "bookings", "bookings:search", "ann",
                "bookings:state_input", "CONFIRMED", "bookings:workshop_input", "", "bookings:role_input", "",
                "bookings:period_input", "", "bookings:apply", "", "jakarta.faces.source", "bookings:apply",
                "jakarta.faces.ViewState", Http.viewState(page)));
        String filtered = expectOk(admin.get("admin/bookings"));
        if (!filtered.contains("Ann ")) {
            throw new IllegalStateException("The filtered table shows no booking of an Ann");
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String analytics = "admin/analytics?from=" + today.minusYears(1).plusDays(1) + "&until=" + today + "&by=MONTH";

        List<Long> baseline = time(() -> admin.get("admin/users"));
        List<Long> table = time(() -> admin.get("admin/bookings"));
        List<Long> figures = time(() -> admin.get(analytics));
        System.out.printf("  %d rounds each, one request at a time, on loopback%n", ROUNDS);
        report("baseline: the users page (a small query)", baseline, null);
        report("bookings table, first page, state CONFIRMED and search \"ann\"", table, baseline);
        report("analytics of the last year, per month", figures, baseline);
        boolean met = p95(table) < TARGET_P95_MS && p95(figures) < TARGET_P95_MS;
        System.out.printf("  target p95 < %d ms for both: %s%n", TARGET_P95_MS, met ? "met" : "MISSED");
    }

    private static List<Long> time(Supplier<HttpResponse<String>> request) {
        for (int i = 0; i < 10; i++) {
            expectOk(request.get());
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            expectOk(request.get());
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String what, List<Long> millis, List<Long> baseline) {
        System.out.printf("  %-66s median %4d ms, p95 %4d ms%s%n", what, median(millis), p95(millis),
                baseline == null ? "" : String.format(", ratio to baseline (median) %.1f", (double) median(millis) / median(baseline)));
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static long p95(List<Long> sorted) {
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    private static String expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * The history was written with old timestamps, which the roll-up's look-back does not see: it
     * is told to start afresh, and the server's timer rebuilds it.
     */
    private static void rebuildRollup(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("delete from analytics_refresh");
        }
        long started = System.nanoTime();
        while (count(db, "analytics_refresh") == 0) {
            if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(5)) {
                throw new IllegalStateException("The analytics roll-up was not rebuilt within 5 minutes");
            }
            Thread.sleep(1000);
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze booking_day");
        }
        System.out.printf("  daily roll-up rebuilt in %d s: %,d rows%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), count(db, "booking_day"));
    }

    private static void createAdmin(Connection db) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec("bench admin password".toCharArray(), salt, 1000, 512)).getEncoded();
        String hash = "PBKDF2WithHmacSHA512:1000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
        try (PreparedStatement insert = db.prepareStatement("""
                with a as (insert into account (id, email, display_name, password_hash, email_verified_at, language, created_at)
                           values (nextval('account_id_seq'), 'bench-admin@example.org', 'Bench Admin', ?, now(), 'en', now())
                           returning id)
                insert into account_role (account_id, role, granted_at) select id, 'ADMIN', now() from a""")) {
            insert.setString(1, hash);
            insert.executeUpdate();
        }
    }

    private static long count(Connection db, String table) throws Exception {
        try (Statement sql = db.createStatement(); var rs = sql.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
