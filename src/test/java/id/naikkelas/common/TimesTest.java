package id.naikkelas.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimesTest {

    /** 06:05 UTC, as the database hands a timestamp back. */
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 3, 6, 5, 0, 0, ZoneOffset.UTC);

    private final Times times = new Times();

    @AfterEach
    void defaultLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aMomentIsShownOnTheClockOfTheRegionItHappenedIn() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        assertThat(times.format(AT, "51.71.01.1001")).as("Denpasar").isEqualTo("03 Des 2026 14:05 WITA");
        assertThat(times.format(AT, "73.71")).as("Makassar").isEqualTo("03 Des 2026 14:05 WITA");
        assertThat(times.format(AT, "14.72")).as("Dumai").isEqualTo("03 Des 2026 13:05 WIB");
        assertThat(times.format(AT, "91.71")).as("Jayapura").isEqualTo("03 Des 2026 15:05 WIT");
        assertThat(times.format(AT, null)).as("no region: the platform's time").isEqualTo("03 Des 2026 13:05 WIB");
        assertThat(times.time(AT.toInstant(), "73.71")).isEqualTo("14:05 WITA");
        assertThat(times.format(null, "73.71")).isEmpty();
    }

    @Test
    void inEnglishTooAndTheDayIsTheRegionsDay() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.format(AT, "73.71", "EEE, d MMM yyyy HH:mm")).isEqualTo("Thu, 3 Dec 2026 14:05 WITA");
        var lateEvening = OffsetDateTime.of(2026, 12, 3, 16, 30, 0, 0, ZoneOffset.UTC);
        assertThat(times.date(lateEvening, null)).as("23:30 WIB is still the 3rd").isEqualTo("03 Dec 2026");
        assertThat(times.date(lateEvening, "91.71")).as("01:30 WIT is the 4th").isEqualTo("04 Dec 2026");
        assertThat(times.span(AT, AT.plusHours(3), "51.71", "EEE, d MMM yyyy HH:mm")).isEqualTo("Thu, 3 Dec 2026 14:05–17:05 WITA");
    }

    @Test
    void aTimeWithoutAPlaceIsRefused() {
        assertThatThrownBy(() -> times.format(LocalDateTime.of(2026, 12, 3, 14, 5), "73.71")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void todayIsJakartasDateOrTheRegionsWhateverTheJvmsZone() {
        // 17:30 UTC on the 3rd: 00:30 WIB, 01:30 WITA and 02:30 WIT on the 4th; 16:30 UTC is still the 3rd in Jakarta
        var today = new Today(Clock.fixed(Instant.parse("2026-12-03T17:30:00Z"), ZoneOffset.UTC));
        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(today.now().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        var earlier = new Today(Clock.fixed(Instant.parse("2026-12-03T16:30:00Z"), ZoneOffset.UTC));
        assertThat(earlier.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(earlier.date("73.71")).as("already the 4th in Makassar").isEqualTo(LocalDate.of(2026, 12, 4));
    }
}
