package org.atelier.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalogue under a crowd: /book with the demo workshops, from {@code BENCH_CONNECTIONS}
 * (default 32) connections for {@code BENCH_SECONDS} (default 15) seconds, against the baseline
 * measured in the same run: the not-found page, drawn by the same template with no cards. Prints
 * pages per second of both and their ratio (target: at least 0.6), and how many server sessions
 * anonymous visits of each, and of a workshop page, created (target: none).
 */
public final class BookPageBench {

    private static final int CONNECTIONS = Integer.parseInt(System.getenv().getOrDefault("BENCH_CONNECTIONS", "32"));
    private static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "15"));
    private static final int VISITS = 100;
    private static final double TARGET_RATIO = 0.6;

    public static void main(String[] args) throws Exception {
        BenchAtelier.run("atelier_book_bench", java.util.Map.of("atelier.demo-data", "true"), (url, user, password, port) -> {
            String root = "http://127.0.0.1:" + port + "/";
            String book = root + "book";
            String plain = root + "no-such-page";
            long bookSessions = sessionsCreated(book, 200);
            long plainSessions = sessionsCreated(plain, 404);
            long workshopSessions = sessionsCreated(root + "book/wheel-throwing-basics", 200);
            boolean wrk = Wrk.available();
            System.out.printf("book bench: %d connections, %d s each, %s%n", CONNECTIONS, SECONDS,
                    wrk ? "wrk" : "Java HttpClient (install wrk for a lighter load generator)");
            // Warm-up: both pages compiled and their code paths hot before anything is counted.
            rate(wrk, book, Math.max(5, SECONDS / 2));
            rate(wrk, plain, Math.max(5, SECONDS / 2));
            double plainRate = rate(wrk, plain, SECONDS);
            double bookRate = rate(wrk, book, SECONDS);
            double ratio = bookRate / plainRate;
            System.out.printf("baseline, the not-found page: %.0f pages/s%n", plainRate);
            System.out.printf("/book (13 workshop cards):     %.0f pages/s%n", bookRate);
            System.out.printf("ratio /book : baseline = %.2f (target >= %.1f: %s)%n", ratio, TARGET_RATIO,
                    ratio >= TARGET_RATIO ? "met" : "missed");
            System.out.printf("server sessions created by %d anonymous visits: /book %d, a workshop page %d,"
                    + " not-found page %d (target: 0)%n", VISITS, bookSessions, workshopSessions, plainSessions);
        });
    }

    /** Fresh visitors (no cookie) one after the other; counts the answers that start a session. */
    private static long sessionsCreated(String address, int expectedStatus) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long created = 0;
        for (int i = 0; i < VISITS; i++) {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != expectedStatus) {
                throw new IllegalStateException(address + " answered " + answer.statusCode());
            }
            List<String> cookies = answer.headers().allValues("Set-Cookie");
            if (cookies.stream().anyMatch(cookie -> cookie.startsWith("JSESSIONID="))) {
                created++;
            }
        }
        return created;
    }

    private static double rate(boolean wrk, String address, int seconds) throws Exception {
        return wrk ? Wrk.pagesPerSecond(address, CONNECTIONS, seconds) : javaRate(address, seconds);
    }

    /** Without wrk: as many Java clients as connections; they take CPU from the server, so the ratio reads low. */
    private static double javaRate(String address, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> clients = new java.util.ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    client.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.discarding());
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> one : clients) {
            one.get();
        }
        pool.shutdown();
        return done.get() / (double) seconds;
    }
}
