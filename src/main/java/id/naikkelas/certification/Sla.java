package id.naikkelas.certification;

import java.time.LocalDate;

/**
 * A service-level time limit: so many working days (the usual unit in Indonesian public-service
 * rules) or calendar days (e.g. the 3-month P-IRT commitment).
 */
public record Sla(int days, Unit unit) {

    public enum Unit { WORKING_DAYS, CALENDAR_DAYS }

    public Sla {
        if (days < 0) {
            throw new IllegalArgumentException("SLA days must not be negative, was " + days);
        }
    }

    /** The last day to finish something started on {@code start}; see {@link WorkingDays#addWorkingDays}. */
    public LocalDate dueDate(LocalDate start, WorkingDays calendar) {
        return unit == Unit.WORKING_DAYS ? calendar.addWorkingDays(start, days) : start.plusDays(days);
    }
}
