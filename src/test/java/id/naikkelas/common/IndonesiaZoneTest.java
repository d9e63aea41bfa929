package id.naikkelas.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesiaZoneTest {

    @ParameterizedTest(name = "{0} ({2}) keeps {1}")
    @CsvSource({
            "14.72, WIB, Kota Dumai",
            "31, WIB, Jakarta",
            "61.71, WIB, Kota Pontianak (Kalbar)",
            "62.71.01.1003, WIB, a village in Palangka Raya (Kalteng)",
            "51.71.01.1001, WITA, a village in Denpasar",
            "52, WITA, NTB",
            "53.71, WITA, Kupang",
            "63.71, WITA, Banjarmasin",
            "64, WITA, Kaltim",
            "65, WITA, Kaltara",
            "73.71, WITA, Makassar",
            "75, WITA, Gorontalo",
            "76, WITA, Sulawesi Barat",
            "81.71, WIT, Ambon",
            "82, WIT, Maluku Utara",
            "91.71, WIT, Jayapura",
            "96, WIT, Papua Barat Daya",
    })
    void aRegionKeepsItsProvincesZone(String code, IndonesiaZone zone, String where) {
        assertThat(IndonesiaZone.of(code)).isEqualTo(zone);
    }

    @Test
    void withoutAKnownRegionItIsThePlatformsTime() {
        assertThat(IndonesiaZone.of((String) null)).isEqualTo(IndonesiaZone.WIB);
        assertThat(IndonesiaZone.of("")).isEqualTo(IndonesiaZone.WIB);
        assertThat(IndonesiaZone.of("9")).isEqualTo(IndonesiaZone.WIB);
        assertThat(IndonesiaZone.of(ZoneId.of("Asia/Makassar"))).isEqualTo(IndonesiaZone.WITA);
        assertThat(IndonesiaZone.of(ZoneId.of("UTC"))).isEqualTo(IndonesiaZone.WIB);
    }

    /** Every province of the official list, by the zone Keppres 41/1987 gives it; a new province fails here. */
    @Test
    void everyProvinceOfTheOfficialListHasItsZone() throws Exception {
        Map<String, String> provinces = new TreeMap<>();
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/reference/wilayah.csv"), StandardCharsets.UTF_8))) {
            in.lines().skip(1).map(line -> line.split(",", 4)).filter(f -> f[2].equals("province"))
                    .forEach(f -> provinces.put(f[0], f[1]));
        }
        Map<String, IndonesiaZone> zones = new TreeMap<>();
        provinces.keySet().forEach(code -> zones.put(code, IndonesiaZone.of(code)));
        assertThat(zones).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("11", IndonesiaZone.WIB), Map.entry("12", IndonesiaZone.WIB), Map.entry("13", IndonesiaZone.WIB),
                Map.entry("14", IndonesiaZone.WIB), Map.entry("15", IndonesiaZone.WIB), Map.entry("16", IndonesiaZone.WIB),
                Map.entry("17", IndonesiaZone.WIB), Map.entry("18", IndonesiaZone.WIB), Map.entry("19", IndonesiaZone.WIB),
                Map.entry("21", IndonesiaZone.WIB), Map.entry("31", IndonesiaZone.WIB), Map.entry("32", IndonesiaZone.WIB),
                Map.entry("33", IndonesiaZone.WIB), Map.entry("34", IndonesiaZone.WIB), Map.entry("35", IndonesiaZone.WIB),
                Map.entry("36", IndonesiaZone.WIB), Map.entry("51", IndonesiaZone.WITA), Map.entry("52", IndonesiaZone.WITA),
                Map.entry("53", IndonesiaZone.WITA), Map.entry("61", IndonesiaZone.WIB), Map.entry("62", IndonesiaZone.WIB),
                Map.entry("63", IndonesiaZone.WITA), Map.entry("64", IndonesiaZone.WITA), Map.entry("65", IndonesiaZone.WITA),
                Map.entry("71", IndonesiaZone.WITA), Map.entry("72", IndonesiaZone.WITA), Map.entry("73", IndonesiaZone.WITA),
                Map.entry("74", IndonesiaZone.WITA), Map.entry("75", IndonesiaZone.WITA), Map.entry("76", IndonesiaZone.WITA),
                Map.entry("81", IndonesiaZone.WIT), Map.entry("82", IndonesiaZone.WIT), Map.entry("91", IndonesiaZone.WIT),
                Map.entry("92", IndonesiaZone.WIT), Map.entry("93", IndonesiaZone.WIT), Map.entry("94", IndonesiaZone.WIT),
                Map.entry("95", IndonesiaZone.WIT), Map.entry("96", IndonesiaZone.WIT)));
    }
}
