package id.naikkelas.database;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Many rows into one table with PostgreSQL {@code COPY ... FROM STDIN}, on the connection of the
 * caller's transaction, so they commit or roll back with everything else it writes. For bulk paths
 * (list imports): one stream per batch costs the server less than a statement per row, and the client
 * less than an array per column. Values are escaped here; callers pass plain values or null.
 */
@Component
public class BulkCopy {

    private final DataSource dataSource;

    BulkCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Streams the rows {@code writer} gives into {@code target} ("table (column, ...)") and returns how many
     * were written. Must run inside a transaction: a temporary table that empties at commit would
     * otherwise be empty again before the next statement reads it.
     */
    public long into(String target, Consumer<Rows> writer) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("COPY into " + target + " outside a transaction");
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copy = null;
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
            var rows = new Rows(copy);
            writer.accept(rows);
            rows.flush();
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + target + " failed", e);
        } finally {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the transaction is failing already; its rollback discards whatever was copied
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Rows in COPY's text format, encoded as UTF-8 into one buffer sent in pieces of about 64 KB. */
    public static final class Rows {

        private static final int SEND_AT = 64 * 1024;

        private final CopyIn copy;
        private byte[] buffer = new byte[SEND_AT + 1024];
        private int length;

        private Rows(CopyIn copy) {
            this.copy = copy;
        }

        /** One row: strings, numbers, booleans or null, in the order of the target's columns. */
        public void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    put('\t');
                }
                append(values[i]);
            }
            put('\n');
            if (length >= SEND_AT) {
                flush();
            }
        }

        private void append(Object value) {
            if (value == null) {
                put('\\');
                put('N');
                return;
            }
            String text = value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> {
                        if (c < 0x80) {
                            put(c);
                        } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                            utf8(Character.toCodePoint(c, text.charAt(++i)));
                        } else {
                            utf8(Character.isSurrogate(c) ? '?' : c);
                        }
                    }
                }
            }
        }

        private void escaped(char c) {
            put('\\');
            put(c);
        }

        private void utf8(int codePoint) {
            if (codePoint < 0x800) {
                put(0xC0 | codePoint >> 6);
                put(0x80 | codePoint & 0x3F);
            } else if (codePoint < 0x10000) {
                put(0xE0 | codePoint >> 12);
                put(0x80 | codePoint >> 6 & 0x3F);
                put(0x80 | codePoint & 0x3F);
            } else {
                put(0xF0 | codePoint >> 18);
                put(0x80 | codePoint >> 12 & 0x3F);
                put(0x80 | codePoint >> 6 & 0x3F);
                put(0x80 | codePoint & 0x3F);
            }
        }

        private void put(int b) {
            if (length == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[length++] = (byte) b;
        }

        private void flush() {
            if (length == 0) {
                return;
            }
            try {
                copy.writeToCopy(buffer, 0, length);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
            length = 0;
        }
    }
}
