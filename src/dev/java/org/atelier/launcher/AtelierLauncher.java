package org.atelier.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The run command (README, "Run"): embedded PostgreSQL unless ATELIER_DB_URL names a database,
 * then Payara Micro with the war, demo data on first start, and a clean stop on Ctrl-C.
 */
public final class AtelierLauncher {

    private static final String EMBEDDED_DATABASE = "atelier";

    private PostgresServer embedded;
    private PayaraMicroProcess payara;

    public static void main(String[] args) throws Exception {
        System.exit(new AtelierLauncher().run());
    }

    private int run() throws Exception {
        Path base = Path.of(System.getProperty("atelier.basedir", "."));
        Path dataDir = base.resolve(env("ATELIER_DATA_DIR").orElse(".atelier")).toAbsolutePath();
        int httpPort = Integer.parseInt(env("ATELIER_HTTP_PORT").orElse("8080"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "atelier-stop"));

        DatabaseSettings database = env("ATELIER_DB_URL").isPresent() ? externalDatabase() : embeddedDatabase(dataDir);
        Optional<String> problem = database.problem();
        if (problem.isPresent()) {
            System.err.println("ERROR: " + problem.get());
            return 1;
        }

        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("atelier.db.url", database.url());
        properties.put("atelier.db.user", database.user());
        properties.put("atelier.db.password", database.password());
        if (env("ATELIER_DEMO_DATA").isEmpty()) {
            properties.put("atelier.demo-data", "true");
        }
        if (env("ATELIER_BASE_URL").isEmpty()) {
            properties.put("atelier.base-url", "http://localhost:" + httpPort);
        }
        if (env("ATELIER_MAIL_DIR").isEmpty()) {
            properties.put("atelier.mail.dir", dataDir.resolve("mail").toString());
        }
        if (env("ATELIER_LINK_SECRET").isEmpty()) {
            properties.put("atelier.link-secret", LinkSecret.keptIn(dataDir.resolve("link-secret")));
        }
        // Payara Micro writes its runtime files anew at every start; they need not outlive it.
        Path payaraRoot = Files.createTempDirectory("atelier-payara");
        payara = PayaraMicroProcess.start(Path.of(System.getProperty("atelier.micro.jar")),
                Path.of(System.getProperty("atelier.war")), httpPort, properties, payaraRoot, true);

        String url = "http://localhost:" + httpPort + "/book";
        if (!payara.awaitReady(180, TimeUnit.SECONDS) || !answers(url)) {
            System.err.println("ERROR: Atelier did not start; the reason is in the log above.");
            return 1;
        }
        System.out.println();
        System.out.println("  Atelier is running at " + url + "   (Ctrl-C stops it)");
        System.out.println();
        return payara.waitFor();
    }

    private static DatabaseSettings externalDatabase() {
        return new DatabaseSettings(env("ATELIER_DB_URL").orElseThrow(),
                env("ATELIER_DB_USER").orElse("atelier"), env("ATELIER_DB_PASSWORD").orElse(""));
    }

    private DatabaseSettings embeddedDatabase(Path dataDir) throws Exception {
        int port = Integer.parseInt(env("ATELIER_EMBEDDED_DB_PORT").orElse("5433"));
        Path pgData = dataDir.resolve("pgdata");
        Files.createDirectories(pgData);
        System.out.println("Starting embedded PostgreSQL on port " + port + " with its data in " + pgData);
        embedded = PostgresServer.embedded(port, pgData);
        embedded.createDatabaseIfMissing(EMBEDDED_DATABASE);
        return new DatabaseSettings(embedded.jdbcUrl(EMBEDDED_DATABASE), embedded.user(), embedded.password());
    }

    private static boolean answers(String url) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stop() {
        if (payara == null && embedded == null) {
            return;
        }
        try {
            if (payara != null) {
                payara.stop();
            }
            if (embedded != null) {
                embedded.close();
            }
            System.out.println("Atelier stopped.");
        } catch (Exception e) {
            System.err.println("While stopping: " + e);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
