package id.naikkelas.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The application in a JVM of its own (the test's class path, less the test classes), on an embedded PostgreSQL whose data directory is
 * {@code home/data/postgres}, on a random port, for tests that kill it. Durable as in production: the test-only
 * {@code naikkelas.embedded-db.unsafe-no-fsync-for-tests} is not set. Whatever it started (the JVM, its PostgreSQL
 * server and that server's processes) is stopped by {@link #close()}, and by a shutdown hook should the test JVM
 * itself end first.
 */
final class AppProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final Path home;
    private final String adminPassword;
    private final Thread hook = new Thread(this::killEverything, "crash-test-cleanup");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private Path log;
    private int port;
    private int starts;

    AppProcess(Path home, String adminPassword) {
        this.home = home.toAbsolutePath();
        this.adminPassword = adminPassword;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    Path dataDir() {
        return home.resolve("data/postgres");
    }

    int port() {
        return port;
    }

    /** Starts the application (again) on the same data directory and waits until it is ready for traffic. */
    void start(Duration timeout) throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        starts++;
        log = home.resolve("app-" + starts + ".log");
        var command = new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", applicationClassPath(), "id.naikkelas.NaikKelasApplication",
                "--server.port=0",
                "--naikkelas.embedded-db.data-dir=" + dataDir(),
                "--naikkelas.storage.dir=" + home.resolve("data/files"),
                "--naikkelas.demo.enabled=false",
                "--naikkelas.admin.initial-password=" + adminPassword,
                "--spring.main.banner-mode=off"));
        var builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the settings are the arguments above, whatever this machine's environment says
        builder.environment().keySet().removeIf(key -> key.startsWith("NAIKKELAS_") || key.startsWith("SPRING_")
                || key.equals("PORT") || key.equals("JAVA_TOOL_OPTIONS"));
        process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        port = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting (exit " + process.exitValue() + "):\n" + logTail());
            }
            if (port == 0) {
                var matcher = STARTED.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
                if (matcher.find()) {
                    port = Integer.parseInt(matcher.group(1));
                }
            }
            if (port != 0 && ready()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application was not ready within " + timeout + ":\n" + logTail());
    }

    private boolean ready() {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** kill -9 of the application's JVM alone: its PostgreSQL server keeps running, orphaned. */
    void killApplication() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** kill -9 of the PostgreSQL server of the data directory (postmaster and every backend), then of the JVM. */
    void killDatabaseAndApplication() throws InterruptedException {
        var postgres = postgresProcesses();
        postgres.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (var p : postgres) {
            p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The postmaster named by the data directory's postmaster.pid, if it runs. */
    Optional<ProcessHandle> postmaster() {
        var pidFile = dataDir().resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            var lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The postmaster and all its processes, the postmaster first. */
    List<ProcessHandle> postgresProcesses() {
        var all = new ArrayList<ProcessHandle>();
        postmaster().ifPresent(p -> {
            all.add(p);
            p.descendants().forEach(all::add);
        });
        return all;
    }

    /** A clean stop (SIGTERM: Spring closes, then stops its PostgreSQL); forced when it takes too long. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                killEverything();
            }
        }
    }

    String logTail() {
        try {
            if (log == null || !Files.exists(log)) {
                return "(no log)";
            }
            var lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        killEverything();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    /** Leaves nothing running: the JVM and its descendants, then any PostgreSQL still on the data directory. */
    private synchronized void killEverything() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (var p : postgresProcesses()) {
            p.destroyForcibly();
            p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> p).join();
        }
    }

    /**
     * The test's class path without the test classes: their logging set-up (warnings only) and test configurations
     * (picked up by the application's component scan) are not the application's.
     */
    private static String applicationClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes") && !entry.endsWith("test-classes/"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String javaBinary() {
        var bin = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(bin)) {
            throw new UncheckedIOException(new IOException("no java binary at " + bin));
        }
        return bin.toString();
    }
}
