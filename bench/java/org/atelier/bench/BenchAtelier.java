package org.atelier.bench;

import org.atelier.launcher.PayaraMicroProcess;
import org.atelier.launcher.PostgresServer;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What every benchmark runs against: a durable embedded PostgreSQL (fsync and synchronous commit
 * on) with a database of its own, and Payara Micro with the packaged war on a free port, without
 * demo data, and without the per-address hold limit. {@code -Dbench.echo=true} shows Payara's log.
 */
final class BenchAtelier {

    private BenchAtelier() {
    }

    interface Body {
        void run(String jdbcUrl, String user, String password, int httpPort) throws Exception;
    }

    static void run(String database, Body body) throws Exception {
        run(database, Map.of(), body);
    }

    /** With settings of the benchmark's own on top, such as the demo catalogue. */
    static void run(String database, Map<String, String> settings, Body body) throws Exception {
        run(database, settings, Map.of(), body);
    }

    /** With server settings for PostgreSQL too (statement statistics, say). */
    static void run(String database, Map<String, String> settings, Map<String, String> postgresSettings, Body body)
            throws Exception {
        Path work = Files.createTempDirectory("atelier-" + database);
        try (PostgresServer postgres = PostgresServer.embedded(0, null, true, postgresSettings)) {
            postgres.createDatabaseIfMissing(database);
            String url = postgres.jdbcUrl(database);
            int port = freePort();
            Map<String, String> properties = new HashMap<>(Map.of("atelier.db.url", url, "atelier.db.user", postgres.user(),
                    "atelier.db.password", postgres.password(), "atelier.demo-data", "false",
                    "atelier.link-secret", "bench-link-secret-bench-link-secret-0123",
                    // The load comes from one address: the per-address hold limit is off.
                    "atelier.rate.holds-per-hour", "0"));
            properties.putAll(settings);
            PayaraMicroProcess payara = PayaraMicroProcess.start(Path.of(System.getProperty("atelier.micro.jar")),
                    Path.of(System.getProperty("atelier.war")), port, properties, work, Boolean.getBoolean("bench.echo"));
            try {
                if (!payara.awaitReady(240, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Payara Micro did not start");
                }
                body.run(url, postgres.user(), postgres.password(), port);
            } finally {
                payara.stop();
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
