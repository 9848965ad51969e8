package org.atelier.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a process of its own: started in Maven's JVM it lacks the --add-opens that
 * {@code java -jar} reads from its manifest. Its output is passed through, and watched for the
 * line that says it is ready.
 */
public final class PayaraMicroProcess {

    private final Process process;
    private final boolean echo;
    private final CountDownLatch ready = new CountDownLatch(1);

    private PayaraMicroProcess(Process process, boolean echo) {
        this.process = process;
        this.echo = echo;
        Thread pump = new Thread(this::pumpOutput, "payara-micro-output");
        pump.setDaemon(true);
        pump.start();
    }

    public static PayaraMicroProcess start(Path microJar, Path war, int httpPort, Map<String, String> systemProperties,
                                           Path rootDirectory, boolean echo) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", microJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--rootdir", rootDirectory.toString(),
                "--nocluster"));
        // The project's Payara settings (no server banner, no public metrics): src/main/payara.
        Path settings = Path.of(System.getProperty("atelier.payara.dir", "src/main/payara"));
        command.addAll(List.of("--prebootcommandfile", settings.resolve("preboot.asadmin").toAbsolutePath().toString(),
                "--postbootcommandfile", settings.resolve("postboot.asadmin").toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        return new PayaraMicroProcess(builder.start(), echo);
    }

    private void pumpOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (echo || line.contains("SEVERE")) {
                    System.out.println(line);
                }
                if (line.contains("ready in")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // The process ended; its exit is reported by the launcher.
        }
    }

    /** Waits until Payara Micro says it is ready, or it dies, or the time is up. */
    public boolean awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (System.nanoTime() < deadline) {
            if (ready.await(250, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
        }
        return false;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** SIGTERM first, so that Payara undeploys cleanly; forcibly only if it hangs. */
    public void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
