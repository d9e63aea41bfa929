package id.naikkelas.benchdata;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where generated ids start in each table: after the rows already there (the demo data the
 * application created at its first start), so generated rows carry their own ids in COPY and the
 * sequences are moved past them at the end.
 */
final class Ids {

    static final List<String> SERIAL_TABLES = List.of("agency", "app_user", "owner", "business", "product", "permit",
            "certification_case", "case_transition", "program", "enrollment", "assignment", "visit", "follow_up", "inspection",
            "training_event", "training_session", "training_registration");

    private final Map<String, Long> first = new LinkedHashMap<>();

    static Ids read(Connection connection) throws SQLException {
        var ids = new Ids();
        try (var st = connection.createStatement()) {
            for (String table : SERIAL_TABLES) {
                try (var rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
                    rs.next();
                    ids.first.put(table, rs.getLong(1) + 1);
                }
            }
        }
        return ids;
    }

    /** The id of the generated row with this 0-based ordinal. */
    long of(String table, long ordinal) {
        Long base = first.get(table);
        if (base == null) {
            throw new IllegalArgumentException(table);
        }
        return base + ordinal;
    }

    /** Moves every sequence past the highest id, so the application's next insert does not collide. */
    static void moveSequences(Connection connection) throws SQLException {
        try (var st = connection.createStatement()) {
            for (String table : SERIAL_TABLES) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM " + table + "), false)");
            }
        }
    }
}
