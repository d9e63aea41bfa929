package id.naikkelas.database;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
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

    /** Rows in COPY's text format, sent in pieces of about 64 KB so a batch is never held twice in memory. */
    public static final class Rows {

        private static final int SEND_AT = 64 * 1024;

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(SEND_AT + 4096);

        private Rows(CopyIn copy) {
            this.copy = copy;
        }

        /** One row: strings, numbers, booleans or null, in the order of the target's columns. */
        public void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                append(values[i]);
            }
            buffer.append('\n');
            if (buffer.length() >= SEND_AT) {
                flush();
            }
        }

        private void append(Object value) {
            if (value == null) {
                buffer.append("\\N");
            } else if (value instanceof java.math.BigDecimal amount) {
                buffer.append(amount.toPlainString());
            } else if (value instanceof Number || value instanceof Boolean) {
                buffer.append(value);
            } else {
                String text = value.toString();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    switch (c) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(c);
                    }
                }
            }
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
        }
    }
}
