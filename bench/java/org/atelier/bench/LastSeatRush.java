package org.atelier.bench;


import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last-seat rush: K clients post 1-seat holds to POST /api/v1/bookings for one session until
 * it is full, and keep trying a while after. The ceiling is measured in the same run on the same
 * database: K JDBC clients running the single-row conditional UPDATE that takes a seat.
 */
public final class LastSeatRush {

    private static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLIENTS", "64"));
    private static final int FILL_SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_FILL_SECONDS", "20"));
    private static final String TAKE_SEAT =
            "update session set seats_taken = seats_taken + 1 where id = ? and seats_taken + 1 <= capacity";

    public static void main(String[] args) throws Exception {
        BenchAtelier.run("atelier_bench", (url, user, password, port) ->
                run(url, user, password, "http://127.0.0.1:" + port + "/api/v1/bookings"));
    }

    private static void run(String url, String user, String password, String endpoint) throws Exception {
        boolean wrk = Wrk.available();
        System.out.printf("last-seat rush: %d clients (%s), embedded PostgreSQL (fsync and synchronous commit on),"
                + " Payara Micro on loopback%n", CLIENTS, wrk ? "wrk" : "Java HttpClient; install wrk for a lighter load generator");
        long warmSession = session(url, user, password, 1_000_000);
        Rush warm = wrk ? Wrk.rush(endpoint, warmSession, CLIENTS, 12, url, user, password)
                : rush(endpoint, warmSession, Duration.ofSeconds(8));
        long capacity = Math.max(500, Math.round(warm.holdsPerSecond() * FILL_SECONDS));
        System.out.printf("  warm-up: %.0f holds/s; capacity for ~%d s of load: %d seats%n",
                warm.holdsPerSecond(), FILL_SECONDS, capacity);

        long session = session(url, user, password, (int) capacity);
        Rush measured = wrk ? Wrk.rush(endpoint, session, CLIENTS, FILL_SECONDS * 2 + 5, url, user, password)
                : rush(endpoint, session, null);
        long seatsTaken = query(url, user, password, "select seats_taken from session where id = " + session);
        long booked = query(url, user, password, "select coalesce(sum(quantity), 0) from booking where session_id = " + session);
        long overbooked = Math.max(0, Math.max(seatsTaken, booked) - capacity);

        long ceilingSession = session(url, user, password, 100_000_000);
        double ceiling = conditionalUpdates(url, user, password, ceilingSession, Duration.ofSeconds(10));

        System.out.printf("  holds/s until full: %.0f (%d holds in %.1f s)%n", measured.holdsPerSecond(),
                measured.created(), measured.fillSeconds());
        System.out.printf("  refusals (409): %d, other answers or socket errors: %d%n", measured.refused(), measured.other());
        System.out.printf("  seats taken: %d of %d; booked seats: %d; overbooked: %d%n", seatsTaken, capacity, booked, overbooked);
        System.out.printf("  ceiling, single-row conditional UPDATE with %d JDBC clients on the same database: %.0f/s%n",
                CLIENTS, ceiling);
        System.out.printf("  ratio holds/s : ceiling = %.2f (target >= 0.5), overbooked = %d (must be 0)%n",
                measured.holdsPerSecond() / ceiling, overbooked);
        if (overbooked != 0 || measured.other() != 0) {
            System.exit(1);
        }
    }

    record Rush(long created, long refused, long other, double fillSeconds) {
        double holdsPerSecond() {
            return created / fillSeconds;
        }
    }

    /**
     * Posts holds from every client until the session is full (or {@code limit} passes), then two
     * seconds more of attempts that must all be refused.
     */
    private static Rush rush(String endpoint, long session, Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong created = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong other = new AtomicLong();
        AtomicLong fullAt = new AtomicLong();
        long start = System.nanoTime();
        long hardStop = start + (limit == null ? TimeUnit.MINUTES.toNanos(5) : limit.toNanos());
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long n = 0;
                while (true) {
                    long now = System.nanoTime();
                    long full = fullAt.get();
                    if (now > hardStop || (full != 0 && now > full + TimeUnit.SECONDS.toNanos(2))) {
                        break;
                    }
                    String body = "{\"sessionId\":" + session + ",\"quantity\":1,\"buyer\":{\"name\":\"Rusher " + client
                            + "\",\"email\":\"rusher" + client + "." + (n++) + "@example.org\"}}";
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 201) {
                            created.incrementAndGet();
                        } else if (status == 409) {
                            refused.incrementAndGet();
                            fullAt.compareAndSet(0, System.nanoTime());
                        } else {
                            other.incrementAndGet();
                        }
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                }
                done.countDown();
            });
            thread.start();
        }
        done.await();
        long end = fullAt.get() == 0 ? System.nanoTime() : fullAt.get();
        return new Rush(created.get(), refused.get(), other.get(), (end - start) / 1e9);
    }

    /** The ceiling: the seat-taking statement alone, in autocommit, from as many clients. */
    private static double conditionalUpdates(String url, String user, String password, long session, Duration duration)
            throws Exception {
        AtomicLong updates = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            new Thread(() -> {
                try (Connection db = DriverManager.getConnection(url, user, password);
                     PreparedStatement take = db.prepareStatement(TAKE_SEAT)) {
                    take.setLong(1, session);
                    while (System.nanoTime() < end) {
                        updates.addAndGet(take.executeUpdate());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return updates.get() / (double) duration.toSeconds();
    }

    private static long session(String url, String user, String password, int capacity) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement statement = db.createStatement()) {
            statement.executeUpdate("""
                    insert into workshop (id, slug, title, description, category, host_name, duration_minutes,
                        base_price_amount, base_price_currency, max_seats_per_booking, status, created_at, updated_at)
                    values (nextval('workshop_id_seq'), 'rush-' || currval('workshop_id_seq'), 'Rush', 'Rush', 'bench',
                        'Host', 60, 2500, 'EUR', 4, 'PUBLISHED', now(), now())""");
            try (ResultSet rs = statement.executeQuery("""
                    insert into session (id, workshop_id, starts_at, ends_at, location, capacity, status, created_at)
                    values (nextval('session_id_seq'), currval('workshop_id_seq'), now() + interval '30 days',
                        now() + interval '30 days 2 hours', 'Hall', %d, 'SCHEDULED', now()) returning id""".formatted(capacity))) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long query(String url, String user, String password, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
