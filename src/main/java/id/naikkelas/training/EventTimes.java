package id.naikkelas.training;

import id.naikkelas.common.IndonesiaZone;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * An event's times on its region's clock ({@link IndonesiaZone}), so a session typed as "09:00" in Palu means
 * 09:00 WITA and a participant in Jayapura sees the same instant.
 */
final class EventTimes {

    private EventTimes() {
    }

    static ZoneId zone(String regionCode) {
        return IndonesiaZone.of(regionCode).zone();
    }

    static OffsetDateTime at(LocalDateTime local, String regionCode) {
        return local == null ? null : local.atZone(zone(regionCode)).toOffsetDateTime();
    }

    static String abbreviation(ZoneId zone) {
        return IndonesiaZone.of(zone).name();
    }
}
