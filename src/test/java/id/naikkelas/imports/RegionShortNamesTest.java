package id.naikkelas.imports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The table of short place names is data: every code and official name in it is checked against the Kemendagri list. */
class RegionShortNamesTest {

    @Test
    void everyShortNameStandsForAnOfficialRegencyWithItsNameAndASource() throws IOException {
        var official = new HashMap<String, String[]>();
        try (var in = getClass().getResourceAsStream("/reference/wilayah.csv")) {
            var format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (var r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                official.put(r.get("code"), new String[] {r.get("name"), r.get("level")});
            }
        }
        assertThat(ShortPlaceNames.entries()).hasSizeGreaterThan(80);
        for (var e : ShortPlaceNames.entries()) {
            assertThat(official).as(e.shortName()).containsKey(e.code());
            assertThat(official.get(e.code())[0]).as(e.shortName()).isEqualTo(e.officialName());
            assertThat(official.get(e.code())[1]).as(e.shortName()).isEqualTo("regency");
            assertThat(e.source()).as(e.shortName()).isNotBlank();
        }
        assertThat(ShortPlaceNames.codes(RegionName.of("INHIL"))).containsExactly("14.04");
        assertThat(ShortPlaceNames.codes(RegionName.of("Kab. Kukar"))).containsExactly("64.02");
    }
}
