package id.naikkelas.benchdata;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a page may cost, read from EXPLAIN ANALYZE as the executor did the work: rows read per table
 * (heap rows returned or thrown away by a filter or recheck, and index entries gathered into bitmaps,
 * times loops). Two rules: no sequential scan of a large table; and, with the same query run on a
 * registry four times the size, not clearly more rows read per row shown (beyond a small floor). A
 * plan that walks an index in the page's order and stops reads about as much at any size (parallel
 * workers read ahead of a LIMIT by varying amounts, hence the margin); one that gathers, joins or sorts
 * a whole province or table to show a page reads four times as much, and keeps growing.
 */
final class PlanBudget {

    /** A table with more rows than this is large: reading it whole is a scan that grows with the registry. */
    static final long LARGE = 10_000;
    /** Reads up to this many rows of a table are too few to matter, whatever the growth. */
    static final long FLOOR = 1_000;
    /** Quadrupling the registry may raise the rows read per row shown by at most this factor. */
    static final double GROWTH = 2.5;
    /** What reading a page should cost at most, for a one-size report (bench/data/explain.sh): a tenth of the rows read are shown. */
    static final long PER_ROW = 20;
    private static final Set<String> HEAP_READS = Set.of("Seq Scan", "Index Scan", "Index Only Scan", "Bitmap Heap Scan");

    /** Row counts of the tables and which table each index belongs to, from the catalogue. */
    record Catalog(Map<String, Long> tableRows, Map<String, String> indexTable) {

        static Catalog of(Connection connection) throws SQLException {
            var rows = new HashMap<String, Long>();
            var indexes = new HashMap<String, String>();
            try (var st = connection.createStatement()) {
                try (var rs = st.executeQuery("SELECT relname, reltuples::bigint FROM pg_class WHERE relkind = 'r' "
                        + "AND relnamespace = 'public'::regnamespace")) {
                    while (rs.next()) {
                        rows.put(rs.getString(1), rs.getLong(2));
                    }
                }
                try (var rs = st.executeQuery("SELECT indexname, tablename FROM pg_indexes WHERE schemaname = 'public'")) {
                    while (rs.next()) {
                        indexes.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return new Catalog(rows, indexes);
        }

        boolean large(String table) {
            return tableRows.getOrDefault(table, 0L) > LARGE;
        }
    }

    private PlanBudget() {
    }

    /** Sequential scans of large tables. */
    static List<String> sequentialScans(ExplainedQueries.Explained query, Catalog catalog) {
        var scans = new ArrayList<String>();
        walk(query.plan(), catalog, new TreeMap<>(), scans);
        return scans;
    }

    /** Rows (and index entries) read per table. */
    static Map<String, Long> rowsRead(ExplainedQueries.Explained query, Catalog catalog) {
        var read = new TreeMap<String, Long>();
        walk(query.plan(), catalog, read, new ArrayList<>());
        return read;
    }

    static long returned(ExplainedQueries.Explained query) {
        return query.plan().path("Actual Rows").asLong();
    }

    /** Tables whose rows read per row shown grew more than {@link #GROWTH} from the smaller registry to the larger. */
    static List<String> growth(ExplainedQueries.Explained smaller, Catalog smallerCatalog, ExplainedQueries.Explained larger, Catalog largerCatalog) {
        var problems = new ArrayList<String>();
        var before = rowsRead(smaller, smallerCatalog);
        rowsRead(larger, largerCatalog).forEach((table, rows) -> {
            double perRow = (double) rows / Math.max(1, returned(larger));
            double perRowBefore = (double) before.getOrDefault(table, 0L) / Math.max(1, returned(smaller));
            if (largerCatalog.large(table) && rows > FLOOR && perRow > GROWTH * Math.max(perRowBefore, 1)) {
                problems.add(String.format(Locale.ROOT, "reads %.0f rows of %s per row shown with %,d %s rows, %.0f with %,d: grows with the table",
                        perRow, table, largerCatalog.tableRows().get(table), table, perRowBefore, smallerCatalog.tableRows().getOrDefault(table, 0L)));
            }
        });
        return problems;
    }

    /** The one-size rule of bench/data/explain.sh: at most {@link #PER_ROW} rows of a large table read per row shown. */
    static List<String> overBudget(ExplainedQueries.Explained query, Catalog catalog) {
        var problems = new ArrayList<String>();
        long budget = Math.max(FLOOR, PER_ROW * returned(query));
        rowsRead(query, catalog).forEach((table, rows) -> {
            if (catalog.large(table) && rows > budget) {
                problems.add(String.format(Locale.ROOT, "reads %,d rows of %s (%,d rows) to show %,d", rows, table, catalog.tableRows().get(table),
                        returned(query)));
            }
        });
        return problems;
    }

    static String summary(ExplainedQueries.Explained query, Catalog catalog) {
        return String.format(Locale.ROOT, "%.1f ms, %,d rows shown, read %s", query.executionMs(), returned(query), rowsRead(query, catalog));
    }

    private static void walk(JsonNode node, Catalog catalog, Map<String, Long> read, List<String> scans) {
        String type = node.path("Node Type").asText();
        long loops = Math.max(1, node.path("Actual Loops").asLong());
        String table = node.path("Relation Name").asText(null);
        if (table != null && HEAP_READS.contains(type)) {
            long rows = node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()
                    + node.path("Rows Removed by Index Recheck").asLong();
            read.merge(table, rows * loops, Long::sum);
            if (type.equals("Seq Scan") && catalog.large(table)) {
                scans.add(String.format(Locale.ROOT, "sequential scan of %s (%,d rows)", table, catalog.tableRows().get(table)));
            }
        } else if (type.equals("Bitmap Index Scan")) {
            String indexed = catalog.indexTable().get(node.path("Index Name").asText());
            if (indexed != null) {
                read.merge(indexed, node.path("Actual Rows").asLong() * loops, Long::sum);
            }
        }
        for (JsonNode child : node.path("Plans")) {
            walk(child, catalog, read, scans);
        }
    }
}
