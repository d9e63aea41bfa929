package id.naikkelas.common;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * Indonesia's three time zones, and which one a region keeps, by the province part of its Kemendagri code: a
 * session typed as "09:00" in Palu is 09:00 WITA, and an inspection in Denpasar is shown in Bali's own time.
 * Provinces not listed, and anything without a region, keep WIB (the platform's time).
 */
public enum IndonesiaZone {

    WIB("Asia/Jakarta"), WITA("Asia/Makassar"), WIT("Asia/Jayapura");

    // Kemendagri province codes (reference/wilayah.csv); the rest of the country is WIB (Sumatra, Java, Kalbar, Kalteng)
    private static final Map<String, IndonesiaZone> BY_PROVINCE = Map.ofEntries(
            Map.entry("51", WITA), Map.entry("52", WITA), Map.entry("53", WITA), // Bali, NTB, NTT
            Map.entry("63", WITA), Map.entry("64", WITA), Map.entry("65", WITA), // Kalsel, Kaltim, Kaltara
            Map.entry("71", WITA), Map.entry("72", WITA), Map.entry("73", WITA), Map.entry("74", WITA),
            Map.entry("75", WITA), Map.entry("76", WITA),                         // Sulawesi and Gorontalo
            Map.entry("81", WIT), Map.entry("82", WIT),                            // Maluku, Maluku Utara
            Map.entry("91", WIT), Map.entry("92", WIT), Map.entry("93", WIT), Map.entry("94", WIT),
            Map.entry("95", WIT), Map.entry("96", WIT));                           // the six Papua provinces

    private final ZoneId zone;

    IndonesiaZone(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone of a region code at any level ("73", "73.71", "73.71.01.1001"); WIB when unknown or absent. */
    public static IndonesiaZone of(String regionCode) {
        return regionCode == null || regionCode.length() < 2 ? WIB : BY_PROVINCE.getOrDefault(regionCode.substring(0, 2), WIB);
    }

    /** The abbreviation of a zone as people write it after a time, WIB for any zone that is not WITA or WIT. */
    public static IndonesiaZone of(ZoneId zone) {
        return zone == null ? WIB : zone.equals(WITA.zone) ? WITA : zone.equals(WIT.zone) ? WIT : WIB;
    }

    /** The same instant on this zone's clock (the database hands back timestamps in UTC). */
    public OffsetDateTime at(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
