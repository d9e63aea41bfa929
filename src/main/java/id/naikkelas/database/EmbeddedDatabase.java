package id.naikkelas.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded PostgreSQL server per JVM: the application and every test context of a
 * test run share it, so a second Spring context does not start a second server.
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    public static synchronized EmbeddedPostgres start(Path dataDir, int port, boolean clean) {
        if (server == null) {
            try {
                Files.createDirectories(dataDir);
                var builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(clean)
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("shared_buffers", "128MB");
                if (port > 0) {
                    builder.setPort(port);
                }
                server = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop));
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
