package id.naikkelas.benchdata;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A table's secondary indexes, unique constraints and foreign keys, taken off before a bulk load and
 * put back after it exactly as the migrations made them (same names, same definitions, read from the
 * catalogue). Building an index once over a full table is several times cheaper than maintaining it
 * row by row, and a foreign key added to a full table is checked in one join instead of one look-up
 * per row; both still check every row. Primary keys, CHECK and NOT NULL constraints stay in place.
 */
final class SchemaParts {

    enum Kind { INDEX, UNIQUE, FOREIGN_KEY }

    record Part(String table, String name, Kind kind, String definition) {
    }

    private final List<Part> parts;

    private SchemaParts(List<Part> parts) {
        this.parts = parts;
    }

    static SchemaParts of(Connection connection, String table) throws SQLException {
        var parts = new ArrayList<Part>();
        try (var ps = connection.prepareStatement("""
                SELECT i.relname, pg_get_indexdef(i.oid), con.conname, pg_get_constraintdef(con.oid)
                FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid
                LEFT JOIN pg_constraint con ON con.conindid = i.oid AND con.conrelid = x.indrelid AND con.contype = 'u'
                WHERE x.indrelid = to_regclass(?) AND NOT x.indisprimary
                ORDER BY i.relname""")) {
            ps.setString(1, table);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.add(rs.getString(3) != null ? new Part(table, rs.getString(3), Kind.UNIQUE, rs.getString(4))
                            : new Part(table, rs.getString(1), Kind.INDEX, rs.getString(2)));
                }
            }
        }
        try (var ps = connection.prepareStatement("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = to_regclass(?) AND contype = 'f' ORDER BY conname""")) {
            ps.setString(1, table);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.add(new Part(table, rs.getString(1), Kind.FOREIGN_KEY, rs.getString(2)));
                }
            }
        }
        return new SchemaParts(parts);
    }

    void drop(Connection connection) throws SQLException {
        try (var st = connection.createStatement()) {
            for (var p : parts) {
                st.execute(p.kind() == Kind.INDEX ? "DROP INDEX " + p.name() : "ALTER TABLE " + p.table() + " DROP CONSTRAINT " + p.name());
            }
        }
    }

    /** Indexes and unique constraints first, then the foreign keys (each validated over the whole table). */
    void restore(Connection connection) throws SQLException {
        try (var st = connection.createStatement()) {
            for (var p : parts) {
                if (p.kind() == Kind.INDEX) {
                    st.execute(p.definition());
                } else if (p.kind() == Kind.UNIQUE) {
                    st.execute("ALTER TABLE " + p.table() + " ADD CONSTRAINT " + p.name() + " " + p.definition());
                }
            }
            for (var p : parts) {
                if (p.kind() == Kind.FOREIGN_KEY) {
                    st.execute("ALTER TABLE " + p.table() + " ADD CONSTRAINT " + p.name() + " " + p.definition());
                }
            }
        }
    }

    /**
     * Every index, constraint and trigger of the schema with its definition: equal before and after a
     * load means the load left the schema exactly as the migrations made it.
     */
    static SortedSet<String> fingerprint(Connection connection) throws SQLException {
        var all = new TreeSet<String>();
        try (var st = connection.createStatement()) {
            try (var rs = st.executeQuery("""
                    SELECT c.relname || ' index ' || i.relname || ': ' || pg_get_indexdef(i.oid) || CASE WHEN x.indisvalid THEN '' ELSE ' INVALID' END
                    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()""")) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            try (var rs = st.executeQuery("""
                    SELECT conrelid::regclass || ' constraint ' || conname || ': ' || pg_get_constraintdef(oid)
                           || CASE WHEN convalidated THEN '' ELSE ' NOT VALID' END
                    FROM pg_constraint WHERE connamespace = current_schema()::regnamespace""")) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            try (var rs = st.executeQuery("""
                    SELECT tgrelid::regclass || ' trigger ' || tgname || ': ' || pg_get_triggerdef(oid) || ' ' || tgenabled::text
                    FROM pg_trigger WHERE NOT tgisinternal""")) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
        }
        return all;
    }
}
