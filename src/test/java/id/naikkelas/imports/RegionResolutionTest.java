package id.naikkelas.imports;

import id.naikkelas.IntegrationTest;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.reference.Regions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Region names as agencies write them, resolved only inside the importer's jurisdiction and the parent already found. */
@IntegrationTest
class RegionResolutionTest {

    @Autowired
    Regions regions;

    RegionResolver resolver(String... jurisdiction) {
        return new RegionResolver(regions, Jurisdiction.of(List.of(jurisdiction)));
    }

    @Test
    void prefixesCaseAndPunctuationAreIgnored() {
        var dumai = resolver("14.72");
        assertThat(dumai.resolve(null, null, null, "Kec. Dumai Barat", "Kel. Purnama").code()).isEqualTo("14.72.01.1006");
        assertThat(dumai.resolve(null, null, "KOTA DUMAI", "KECAMATAN DUMAI BARAT", null).code()).isEqualTo("14.72.01");
        assertThat(resolver("14.03").resolve(null, "Prov. Riau", "KAB. BENGKALIS", "Kec. Bantan", null).code()).isEqualTo("14.03.02");
        // Kemendagri writes "Kota Palangkaraya", most lists "Palangka Raya"
        assertThat(resolver("62").resolve(null, null, "Kota Palangka Raya", "Kec. Pahandut", "Kel. Langkai").code())
                .isEqualTo("62.71.01.1003");
    }

    @Test
    void smallTyposAreToleratedWhenOnlyOneRegionIsThatClose() {
        var dumai = resolver("14.72");
        assertThat(dumai.resolve(null, null, null, "Dumai Barta", "Purnma").code()).isEqualTo("14.72.01.1006");
        assertThat(dumai.resolve(null, null, null, "Sungai Sembilang", null).code()).isEqualTo("14.72.04");
        var wrong = dumai.resolve(null, null, null, "Dumai Utara", null);
        assertThat(wrong.ok()).isFalse();
        assertThat(wrong.field()).isEqualTo(Field.DISTRICT);
        assertThat(wrong.problem()).isIn("imports.region.notFound", "imports.region.ambiguous");
    }

    @Test
    void onlyTheJurisdictionIsSearchedAndOtherRegionsAreReportedNotGuessed() {
        var dumai = resolver("14.72");
        // Bantan is a district of Kabupaten Bengkalis: outside Dumai, reported as such with where it is (issue 16)
        var bantan = dumai.resolve(null, null, null, "Kec. Bantan", null);
        assertThat(bantan.problem()).isEqualTo("imports.region.outsideFound");
        assertThat(bantan.args()).containsExactly("Kec. Bantan", "Bantan, Kabupaten Bengkalis, Riau", "14.03.02");
        assertThat(dumai.resolve(null, null, "Kab. Bengkalis", "Bantan", null).field()).isEqualTo(Field.REGENCY);
        var code = dumai.resolve("14.03.02", null, null, null, null);
        assertThat(code.problem()).isEqualTo("imports.region.outsideFound");
        assertThat(code.field()).isEqualTo(Field.REGION_CODE);
        assertThat(dumai.resolve("1472011006", null, null, null, null).code()).isEqualTo("14.72.01.1006");
        assertThat(dumai.resolve("14.72.99", null, null, null, null).problem()).isEqualTo("imports.region.codeUnknown");
    }

    @Test
    void aNameInTwoRegenciesIsAmbiguousUntilTheRegencyIsGiven() {
        var lampung = resolver("18");
        var ambiguous = lampung.resolve(null, null, null, "Bumi Agung", null);
        assertThat(ambiguous.problem()).isEqualTo("imports.region.ambiguous");
        var regency = regions.find(resolver("18").resolve(null, null, "Kabupaten Way Kanan", "Bumi Agung", null).code())
                .orElseThrow();
        assertThat(regency.code()).startsWith("18.08.");
        // a whole country: the Kota/Kabupaten prefix tells Bandung from Bandung
        var national = new RegionResolver(regions, Jurisdiction.NATIONAL);
        assertThat(national.resolve(null, null, "Kota Bandung", "Sukajadi", null).code()).startsWith("32.73.");
        assertThat(national.resolve(null, null, "Bandung", "Sukajadi", null).problem()).isEqualTo("imports.region.ambiguous");
    }

    @Test
    void withoutDistrictOrCodeTheRowSaysWhatIsMissing() {
        var missing = resolver("14.72").resolve(null, null, "Kota Dumai", null, null);
        assertThat(missing.problem()).isEqualTo("imports.region.missing");
        assertThat(resolver("14.72").resolve(null, null, null, null, "Laksamana").code()).isEqualTo("14.72.06.1001");
    }
}
