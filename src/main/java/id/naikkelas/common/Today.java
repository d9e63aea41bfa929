package id.naikkelas.common;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The one place that says what day and time it is: today's date and the current moment in the platform's time
 * (WIB, Asia/Jakarta), or in a region's own zone. Reads the {@link Clock} bean, so tests pin time by setting the
 * clock instead of editing rows.
 */
@Component
public class Today {

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in Jakarta: the date due dates, deadlines and expiries are measured against. */
    public LocalDate date() {
        return LocalDate.now(clock.withZone(IndonesiaZone.WIB.zone()));
    }

    /** Today's date where the region is (a business in Jayapura starts its day two hours before Jakarta). */
    public LocalDate date(String regionCode) {
        return LocalDate.now(clock.withZone(IndonesiaZone.of(regionCode).zone()));
    }

    /** Now, on the platform's (WIB) clock. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(IndonesiaZone.WIB.zone()));
    }

    public Instant instant() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }
}
