package id.naikkelas.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * Dates as people and programs send them: ISO (2026-12-31, what a date field sends), in the years 1 to 9999. java.time
 * reads years up to 999,999,999, which neither PostgreSQL nor date arithmetic ("the day after") can take.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** The date, null when blank; anything else is refused on the field (input.date). */
    public static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            var date = LocalDate.parse(text.trim());
            if (inRange(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw InvalidInput.of(field, "input.date", InvalidInput.label(field));
    }

    public static boolean inRange(Temporal value) {
        int year = value.get(ChronoField.YEAR);
        return year >= 1 && year <= 9999;
    }
}
