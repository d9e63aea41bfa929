package id.naikkelas.common;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;

/**
 * How a moment is shown to a person, in one place: on the clock of the region of the thing it happened to (the
 * business, the event), WIB where there is none, with the zone written after it ("14:05 WITA"), in the page's
 * language. Templates call it as {@code ${@times.format(at, regionCode)}}; the database hands back UTC, the JVM's
 * default zone is never asked.
 */
@Component("times")
public class Times {

    static final String DATE_TIME = "dd MMM yyyy HH:mm";
    static final String DATE = "dd MMM yyyy";

    /** "03 Des 2026 14:05 WITA"; empty for no moment. */
    public String format(Temporal moment, String regionCode) {
        return format(moment, regionCode, DATE_TIME);
    }

    /** The moment with a pattern of one's own (e.g. "EEE, d MMM yyyy HH:mm"), the zone always written after it. */
    public String format(Temporal moment, String regionCode, String pattern) {
        var zone = IndonesiaZone.of(regionCode);
        var local = local(moment, zone);
        return local == null ? "" : DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale()).format(local) + " " + zone.name();
    }

    /** A session from start to end: "Sen, 20 Jan 2026 09:00–12:00 WITA" (both on the region's clock). */
    public String span(Temporal start, Temporal end, String regionCode, String pattern) {
        var zone = IndonesiaZone.of(regionCode);
        var from = local(start, zone);
        var to = local(end, zone);
        if (from == null || to == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale()).format(from) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").format(to) + " " + zone.name();
    }

    /** "14:05 WITA". */
    public String time(Temporal moment, String regionCode) {
        return format(moment, regionCode, "HH:mm");
    }

    /** The day the moment fell on in the region ("03 Des 2026"): a late-evening moment in UTC is already tomorrow there. */
    public String date(Temporal moment, String regionCode) {
        var local = local(moment, IndonesiaZone.of(regionCode));
        return local == null ? "" : DateTimeFormatter.ofPattern(DATE, LocaleContextHolder.getLocale()).format(local);
    }

    private static ZonedDateTime local(Temporal moment, IndonesiaZone zone) {
        if (moment == null) {
            return null;
        } else if (moment instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(zone.zone());
        } else if (moment instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(zone.zone());
        } else if (moment instanceof Instant t) {
            return t.atZone(zone.zone());
        }
        // a LocalDateTime says nothing about where it was, so it cannot be shown in anyone's zone
        throw new IllegalArgumentException("not a moment in time: " + moment.getClass().getSimpleName());
    }
}
