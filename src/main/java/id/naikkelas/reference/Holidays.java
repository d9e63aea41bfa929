package id.naikkelas.reference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * National holidays and cuti bersama (editable by administrators in the holiday table). Every due date
 * needs them, so they are read at most once a minute; an edit of the table shows within that minute.
 */
@Service
public class Holidays {

    private static final long FRESH_NANOS = Duration.ofMinutes(1).toNanos();

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    Holidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LocalDate> dates() {
        var current = snapshot;
        if (current == null || System.nanoTime() - current.readAt() > FRESH_NANOS) {
            current = new Snapshot(List.copyOf(jdbc.sql("SELECT date FROM holiday ORDER BY date").query(LocalDate.class).list()),
                    System.nanoTime());
            snapshot = current;
        }
        return current.dates();
    }

    private record Snapshot(List<LocalDate> dates, long readAt) {
    }
}
