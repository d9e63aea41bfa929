package id.naikkelas.benchdata;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads tables one after another on one connection while a second connection puts back the previous
 * table's indexes and foreign keys and analyses it: on two cores the index builds run beside the next
 * COPY instead of after it. Every table's parts are taken off before the first row is loaded, so
 * a COPY never waits for a lock held by an index build (dropping a foreign key locks the table it
 * refers to); parts are put back in load order, so each foreign key finds its referenced table
 * complete.
 */
final class Pipeline implements AutoCloseable {

    private final Connection rebuild;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "bench-data-indexes");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, SchemaParts> parts = new LinkedHashMap<>();
    private final List<Future<?>> pending = new ArrayList<>();
    private final Map<String, Double> rebuildSeconds = new LinkedHashMap<>();

    Pipeline(DataSource dataSource) throws SQLException {
        rebuild = dataSource.getConnection();
        rebuild.setAutoCommit(true);
        try (var st = rebuild.createStatement()) {
            // index builds sort in memory instead of on disk; this session only
            st.execute("SET maintenance_work_mem = '512MB'");
        }
    }

    /** Takes the secondary indexes, unique constraints and foreign keys off these tables. */
    void takeOff(Connection connection, List<String> tables) throws SQLException {
        for (String table : tables) {
            parts.put(table, SchemaParts.of(connection, table));
        }
        for (var p : parts.values()) {
            p.drop(connection);
        }
    }

    /** Puts a loaded table's parts back and analyses it, in the background. */
    void loaded(String table) {
        pending.add(background.submit(() -> {
            long t0 = System.nanoTime();
            var p = parts.get(table);
            if (p != null) {
                p.restore(rebuild);
            }
            try (var st = rebuild.createStatement()) {
                st.execute("ANALYZE " + table);
            }
            synchronized (rebuildSeconds) {
                rebuildSeconds.put(table, ProvinceData.seconds(t0));
            }
            return null;
        }));
    }

    /** Waits for every table's parts and statistics. */
    void await() throws SQLException {
        for (var f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof SQLException s ? s : new SQLException(e.getCause());
            }
        }
    }

    double rebuildSeconds(String table) {
        synchronized (rebuildSeconds) {
            return rebuildSeconds.getOrDefault(table, 0.0);
        }
    }

    @Override
    public void close() throws SQLException {
        background.shutdownNow();
        rebuild.close();
    }
}
