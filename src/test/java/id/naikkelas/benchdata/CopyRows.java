package id.naikkelas.benchdata;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * Rows streamed into one table with PostgreSQL COPY (text format) through pgjdbc's CopyManager:
 * values are escaped into a byte buffer and handed over 64 KB at a time, so no table is ever held
 * in memory. One instance per table; {@link #finish} ends the COPY and returns the row count.
 */
final class CopyRows implements AutoCloseable {

    private final CopyIn copy;
    private final byte[] buffer = new byte[1 << 16];
    private int length;
    private boolean rowStarted;
    private long rows;

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    CopyRows text(String value) {
        separator();
        if (value == null) {
            raw("\\N");
        } else {
            escaped(value);
        }
        return this;
    }

    CopyRows num(long value) {
        separator();
        raw(Long.toString(value));
        return this;
    }

    CopyRows num(Long value) {
        return value == null ? text(null) : num(value.longValue());
    }

    CopyRows num(Integer value) {
        return value == null ? text(null) : num(value.longValue());
    }

    CopyRows bool(boolean value) {
        separator();
        put(value ? (byte) 't' : (byte) 'f');
        return this;
    }

    CopyRows date(LocalDate value) {
        return text(value == null ? null : value.toString());
    }

    CopyRows time(OffsetDateTime value) {
        return text(value == null ? null : value.toString());
    }

    /** A text array literal, each element quoted (names hold spaces and dots). */
    CopyRows array(Collection<String> values) {
        var literal = new StringBuilder("{");
        for (String v : values) {
            literal.append(literal.length() > 1 ? ",\"" : "\"").append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return text(literal.append('}').toString());
    }

    void endRow() throws SQLException {
        put((byte) '\n');
        rowStarted = false;
        rows++;
        if (length > buffer.length - 8192) {
            flush();
        }
    }

    long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separator() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    private void raw(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            put((byte) ascii.charAt(i));
        }
    }

    private void escaped(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> raw("\\\\");
                case '\t' -> raw("\\t");
                case '\n' -> raw("\\n");
                case '\r' -> raw("\\r");
                default -> {
                    if (c < 0x80) {
                        put((byte) c);
                    } else {
                        // rare (region names with accents or ’): encode the rest of the value at once
                        for (byte b : value.substring(i).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                                .replace("\r", "\\r").getBytes(StandardCharsets.UTF_8)) {
                            put(b);
                        }
                        return;
                    }
                }
            }
        }
    }

    private void put(byte b) {
        if (length == buffer.length) {
            try {
                flush();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        buffer[length++] = b;
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
