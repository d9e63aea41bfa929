package id.naikkelas.certification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Working days against the real 2024–2026 calendar (reference/hari-libur.csv). Around Idul Fitri
 * 2026: Wed 18 Mar cuti bersama Nyepi, Thu 19 Nyepi, Fri 20 cuti bersama, Sat 21–Sun 22 Idul Fitri,
 * Mon 23–Tue 24 cuti bersama; Fri 3 Apr Good Friday.
 */
class WorkingDaysTest {

    private static final WorkingDays CALENDAR = WorkingDays.fromReferenceCsv();

    @ParameterizedTest(name = "{3}: {0} + {1} working days = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-05 | 5  | 2026-01-12 | Monday to Monday over one weekend
            2026-01-09 | 1  | 2026-01-12 | Friday start skips the weekend
            2026-01-09 | 0  | 2026-01-09 | zero days: due on the start day
            2026-01-10 | 1  | 2026-01-12 | Saturday start counts from Monday
            2026-01-10 | 0  | 2026-01-10 | zero days on a weekend stays on the start day
            2026-03-17 | 1  | 2026-03-25 | Nyepi, Idul Fitri and cuti bersama skipped: 7 days off in a row
            2026-03-16 | 12 | 2026-04-09 | halal self-declare 12 days across Idul Fitri and Good Friday
            2026-03-21 | 1  | 2026-03-25 | start on Idul Fitri itself
            2026-03-20 | 0  | 2026-03-20 | zero days on cuti bersama
            2026-03-23 | 3  | 2026-03-27 | start on cuti bersama Monday
            2025-12-24 | 1  | 2025-12-29 | Christmas and its cuti bersama, then the weekend
            2025-12-31 | 1  | 2026-01-02 | New Year across the year boundary
            2024-02-13 | 1  | 2024-02-15 | 2024 election day is a holiday
            2026-03-02 | 30 | 2026-04-21 | 30 days (BPOM high risk) through the whole Lebaran period
            """)
    void addsWorkingDays(LocalDate start, int days, LocalDate due, String why) {
        assertThat(CALENDAR.addWorkingDays(start, days)).isEqualTo(due);
        assertThat(CALENDAR.workingDaysBetween(start, due)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-03-18, false", // cuti bersama Nyepi (Wednesday)
            "2026-03-19, false", // Nyepi
            "2026-03-23, false", // cuti bersama Idul Fitri (Monday)
            "2026-03-25, true",
            "2026-01-10, false", // Saturday
            "2026-01-11, false", // Sunday
            "2026-08-17, false", // Independence Day (Monday)
            "2026-08-18, true"
    })
    void knowsWeekendsHolidaysAndCutiBersama(LocalDate date, boolean working) {
        assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
            "2026-03-17, 2026-03-25, 1",
            "2026-03-17, 2026-03-24, 0",  // nothing but days off in between
            "2026-03-16, 2026-04-09, 12",
            "2026-04-09, 2026-04-09, 0",
            "2026-04-09, 2026-03-16, -12", // counted backwards
            "2026-01-10, 2026-01-11, 0"   // a weekend
    })
    void countsWorkingDaysAfterTheFirstDateUpToTheSecond(LocalDate from, LocalDate to, int expected) {
        assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void addingThenCountingGivesBackTheSameNumberFromAnyStart() {
        for (LocalDate start = LocalDate.of(2026, 3, 1); start.isBefore(LocalDate.of(2026, 4, 15)); start = start.plusDays(1)) {
            for (int days = 0; days <= 40; days++) {
                assertThat(CALENDAR.workingDaysBetween(start, CALENDAR.addWorkingDays(start, days)))
                        .as("%s + %d", start, days).isEqualTo(days);
            }
        }
    }

    @ParameterizedTest(name = "due {0}, today {1}: overdue {2}")
    @CsvSource({
            "2026-04-09, 2026-04-08, false",
            "2026-04-09, 2026-04-09, false", // the due date itself is still on time
            "2026-04-09, 2026-04-10, true",  // the day after
            "2026-04-10, 2026-04-11, true"   // a Saturday after a Friday due date counts too
    })
    void isOverdueFromTheDayAfterTheDueDate(LocalDate due, LocalDate today, boolean overdue) {
        assertThat(CALENDAR.isOverdue(due, today)).isEqualTo(overdue);
    }

    @Test
    void theHolidaysAreData() {
        WorkingDays weekendsOnly = new WorkingDays(List.of());
        WorkingDays withLocalHoliday = new WorkingDays(List.of(LocalDate.of(2026, 1, 12)));

        assertThat(weekendsOnly.addWorkingDays(LocalDate.of(2026, 3, 17), 1)).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(withLocalHoliday.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 13));
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
    }

    @Test
    void anSlaCountsWorkingOrCalendarDays() {
        LocalDate submitted = LocalDate.of(2026, 3, 16);

        assertThat(new Sla(12, Sla.Unit.WORKING_DAYS).dueDate(submitted, CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(new Sla(90, Sla.Unit.CALENDAR_DAYS).dueDate(submitted, CALENDAR)).isEqualTo(LocalDate.of(2026, 6, 14));
    }
}
