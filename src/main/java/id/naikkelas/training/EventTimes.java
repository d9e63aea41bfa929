package id.naikkelas.training;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * Indonesia's three time zones by province code, so a session typed as "09:00" in Palu means
 * 09:00 WITA and a participant in Jayapura sees the same instant. Provinces not listed are WIB.
 */
final class EventTimes {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    private static final Map<String, ZoneId> BY_PROVINCE = Map.ofEntries(
            Map.entry("51", WITA), Map.entry("52", WITA), Map.entry("53", WITA), // Bali, NTB, NTT
            Map.entry("63", WITA), Map.entry("64", WITA), Map.entry("65", WITA), // Kalsel, Kaltim, Kaltara
            Map.entry("71", WITA), Map.entry("72", WITA), Map.entry("73", WITA), Map.entry("74", WITA),
            Map.entry("75", WITA), Map.entry("76", WITA),                         // Sulawesi
            Map.entry("81", WIT), Map.entry("82", WIT),                            // Maluku, Maluku Utara
            Map.entry("91", WIT), Map.entry("92", WIT), Map.entry("93", WIT), Map.entry("94", WIT),
            Map.entry("95", WIT), Map.entry("96", WIT));                           // Papua provinces

    private EventTimes() {
    }

    static ZoneId zone(String regionCode) {
        return regionCode == null || regionCode.length() < 2 ? WIB : BY_PROVINCE.getOrDefault(regionCode.substring(0, 2), WIB);
    }

    static OffsetDateTime at(LocalDateTime local, String regionCode) {
        return local == null ? null : local.atZone(zone(regionCode)).toOffsetDateTime();
    }

    static String abbreviation(ZoneId zone) {
        return zone.equals(WITA) ? "WITA" : zone.equals(WIT) ? "WIT" : "WIB";
    }
}
