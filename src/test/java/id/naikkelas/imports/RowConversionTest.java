package id.naikkelas.imports;

import id.naikkelas.common.Today;
import id.naikkelas.IntegrationTest;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.reference.Regions;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A line through the mapping into registry data, and each reason a line is refused, on its column. */
@IntegrationTest
class RowConversionTest {

    @Autowired
    private Today today;

    static final List<String> HEADERS = List.of("Nama Usaha", "Nama Pemilik", "NIK", "No. HP/WA", "Kecamatan", "Kelurahan/Desa",
            "Jenis Produk", "Omzet per bulan", "Tahun Berdiri", "Bentuk Usaha");

    @Autowired
    Regions regions;
    @Autowired
    Businesses businesses;

    RowConverter converter() {
        var mapping = Headers.guess(HEADERS);
        assertThat(mapping).hasSize(HEADERS.size());
        return new RowConverter(mapping, HEADERS, new RegionResolver(regions, Jurisdiction.of(List.of("14.72"))), today.date());
    }

    static SourceRow row(SourceCell... cells) {
        return new SourceRow(7, Arrays.asList(cells));
    }

    static SourceCell t(String text) {
        return SourceCell.text(text);
    }

    @Test
    void aGoodLineBecomesRegistryData() {
        var in = converter().convert(row(t("CV Kripik Nenas Bu Siti"), t("Hj. Siti Aminah"), t("1472 0145 0385 0001"), t("0812-7000-1111"),
                t("Kec. Dumai Barat"), t("Kel. Purnama"), t("keripik nanas"), t("Rp 12.500.000"), new SourceCell("2016-05-02", SourceCell.Kind.DATE),
                t("")));
        assertThat(in.problems()).isEmpty();
        var d = in.data();
        assertThat(d.owner().nik()).isEqualTo("1472014503850001");
        assertThat(d.owner().phone()).isEqualTo("+6281270001111");
        assertThat(d.regionCode()).isEqualTo("14.72.01.1006");
        assertThat(d.sector()).isEqualTo(Sector.PROCESSED_FOOD);
        assertThat(d.legalForm()).isEqualTo(LegalForm.CV);
        assertThat(d.annualSales()).isEqualByComparingTo(new BigDecimal("150000000"));
        assertThat(d.foundedYear()).isEqualTo(2016);
        assertThat(businesses.check(List.of(d)).get(0)).isEmpty();
    }

    @Test
    void excelNumbersAsTextAreRefusedWithAClearReasonOnTheirColumn() {
        var scientific = converter().convert(row(t("Lempok Durian"), t("Zainal"), t("1.47201E+15"), t(""), t("Dumai Kota"), t(""),
                t(""), t(""), t(""), t("")));
        assertThat(scientific.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("imports.number.scientific");
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.header()).isEqualTo("NIK");
            assertThat(p.value()).isEqualTo("1.47201E+15");
        });
        var truncated = converter().convert(row(t("Lempok Durian"), t("Zainal"), new SourceCell("1472014503850000", SourceCell.Kind.NUMBER),
                t(""), t("Dumai Kota"), t(""), t(""), t(""), t(""), t("")));
        assertThat(truncated.problems()).extracting(RowProblem::code).containsExactly("imports.number.digitsLost");
        var phone = converter().convert(row(t("Lempok Durian"), t("Zainal"), t("1472014503850001"), t("8.12345E+10"), t("Dumai Kota"), t(""),
                t(""), t(""), t(""), t("")));
        assertThat(phone.problems()).extracting(RowProblem::code).containsExactly("imports.number.scientific");
    }

    @Test
    void everyProblemOfALineIsReportedAtOnceWithTheRegistrysOwnRules() {
        var c = converter();
        var in = c.convert(row(t("Bolu"), t(""), t("1472013"), t("12345"), t("Kecamatan Tidak Ada"), t(""), t(""), t("banyak"),
                t("dulu"), t("")));
        in = c.withRegistryProblems(in, businesses.check(List.of(in.data())).get(0));
        Map<String, String> byColumn = new java.util.TreeMap<>();
        in.problems().forEach(p -> byColumn.put(p.header(), p.code()));
        assertThat(byColumn).containsEntry("NIK", "validation.nik.length").containsEntry("No. HP/WA", "validation.phone.format")
                .containsEntry("Kecamatan", "imports.region.notFound").containsEntry("Omzet per bulan", "imports.amount.format")
                .containsEntry("Tahun Berdiri", "imports.year.format").containsEntry("Nama Pemilik", "imports.missing");
        assertThat(in.problems()).as("the unresolved region is not reported twice").hasSize(6);
    }
}
