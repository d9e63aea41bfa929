package id.naikkelas.training;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** One row of the event form's sessions: the day and the start and end times, local to the event's region. */
class SessionRow {

    private LocalDate date;
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = {"H:mm", "H.mm", "HH:mm:ss"})
    private LocalTime startsAt;
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = {"H:mm", "H.mm", "HH:mm:ss"})
    private LocalTime endsAt;

    static SessionRow of(ZonedDateTime start, ZonedDateTime end) {
        var row = new SessionRow();
        row.date = start.toLocalDate();
        row.startsAt = start.toLocalTime();
        row.endsAt = end.toLocalTime();
        return row;
    }

    boolean isBlank() {
        return date == null && startsAt == null && endsAt == null;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }
}
