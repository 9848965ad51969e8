package org.atelier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rush driven by wrk (Debian's package), a load generator in C that leaves the two cores to
 * the server. Holds per second are read from the database: the bookings made, over the time
 * between the first and the last of them.
 */
final class Wrk {

    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static LastSeatRush.Rush rush(String endpoint, long session, int clients, int seconds, String url, String user,
                                  String password) throws Exception {
        Path script = Files.createTempFile("rush", ".lua");
        // Each request is another buyer, as in a real rush: one buyer may keep only a few open holds.
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                local threads = 0
                function setup(thread)
                    threads = threads + 1
                    thread:set("tid", threads)
                end
                local n = 0
                function request()
                    n = n + 1
                    return wrk.format(nil, nil, nil, string.format(
                        '{"sessionId":%d,"quantity":1,"buyer":{"name":"Rusher","email":"rusher%%d.%%d@example.org"}}', tid, n))
                end
                """.formatted(session), StandardCharsets.UTF_8);
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + clients, "-d" + seconds + "s", "--timeout", "30s",
                "-s", script.toString(), endpoint).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        long requests = number(REQUESTS, output, 1);
        long non2xx = number(NON_2XX, output, 1);
        long socketErrors = 0;
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(errors.group(i));
            }
        }
        long created = LastSeatRush.query(url, user, password, "select count(*) from booking where session_id = " + session);
        double fillMillis = LastSeatRush.query(url, user, password, """
                select coalesce(extract(epoch from max(created_at) - min(created_at)) * 1000, 0)::bigint
                from booking where session_id = %d""".formatted(session));
        // wrk counts every answer that is not 2xx: here those are the 409 refusals
        long refused = non2xx;
        long other = socketErrors + Math.max(0, requests - created - refused);
        return new LastSeatRush.Rush(created, refused, other, Math.max(fillMillis, 1) / 1000.0);
    }

    /** GETs of one address from {@code connections} connections for {@code seconds}: answers per second. */
    static double pagesPerSecond(String address, int connections, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "30s", address)
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher rate = PER_SECOND.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("wrk printed no rate:\n" + output);
        }
        return Double.parseDouble(rate.group(1));
    }

    private static long number(Pattern pattern, String output, int group) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(group)) : 0;
    }
}
