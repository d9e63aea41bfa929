package id.naikkelas.certification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working-day arithmetic for SLAs: Monday to Friday, minus national holidays and cuti bersama.
 * The non-working dates are data (the editable {@code holiday} table); a date missing from it is a
 * working day, so the table must cover the years being computed (the shipped CSV covers 2024–2026).
 *
 * <p>Day-0 rule: the start day never counts. A step started on day D with an SLA of n working days
 * is due at the end of the n-th working day after D, whatever time of day it started; with n = 0 it
 * is due on D itself. Starting on a weekend or holiday changes nothing: counting begins with the
 * next working day.
 */
public final class WorkingDays {

    /** National holidays and cuti bersama 2024–2026 (columns date,name_id,name_en,kind,note). */
    public static final String REFERENCE_CSV = "/reference/hari-libur.csv";

    private final Set<LocalDate> nonWorkingDates;

    /** @param nonWorkingDates holidays and cuti bersama; weekends need not be listed */
    public WorkingDays(Collection<LocalDate> nonWorkingDates) {
        this.nonWorkingDates = Set.copyOf(nonWorkingDates);
    }

    /** The calendar from the reference CSV the holiday table is seeded from, for tests and tools. */
    public static WorkingDays fromReferenceCsv() {
        List<String> lines = readLines(REFERENCE_CSV);
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) { // line 0 is the header
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String date = line.split(",", 2)[0]; // only later columns are ever quoted
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(REFERENCE_CSV + " line " + (i + 1) + ": '" + date + "' is not a date");
            }
        }
        return new WorkingDays(dates);
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !nonWorkingDates.contains(date);
    }

    /** The due date of something started on {@code start} with {@code days} working days (see the day-0 rule). */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code to} is before
     * {@code from} (e.g. how many working days a case is overdue, counted from today back).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Overdue from the day after the due date, working day or not: the due date ends at the close
     * of that day, so on it the case is still on time. An instance method so every deadline
     * question goes through the one calendar object a case uses.
     */
    public boolean isOverdue(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }
}
