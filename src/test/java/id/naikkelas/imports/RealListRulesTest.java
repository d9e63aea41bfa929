package id.naikkelas.imports;

import id.naikkelas.common.Today;
import id.naikkelas.IntegrationTest;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.reference.Regions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, rule by rule on single lines: what agency lists really say, read the way an officer means it. */
@IntegrationTest
class RealListRulesTest {

    @Autowired
    private Today today;

    static final List<String> HEADERS = List.of("Nama Usaha", "Nama Pemilik", "NIK", "No. HP/WA", "Kecamatan", "Kelurahan/Desa",
            "Omzet per bulan", "Tahun Berdiri", "Jumlah Tenaga Kerja");

    @Autowired
    Regions regions;

    RowConverter converter() {
        var mapping = Headers.guess(HEADERS);
        assertThat(mapping).hasSize(HEADERS.size());
        return new RowConverter(mapping, HEADERS, new RegionResolver(regions, Jurisdiction.of(List.of("14.72"))), today.date());
    }

    static Incoming line(RowConverter converter, String... cells) {
        return converter.convert(new SourceRow(9, Arrays.stream(cells).map(SourceCell::text).toList()));
    }

    @Test
    void placeholdersInOptionalFieldsMeanNoValue() {
        var c = converter();
        for (String nothing : List.of("-", "\u2013", "\u2014", "--", "0", "tidak ada", "Belum Ada", "N/A", "kosong", "nihil", "NULL", "Tdk. ada")) {
            var in = line(c, "Bolu Kemojo Bu Ani", "Ani", "1472014503850001", nothing, "Dumai Barat", nothing, nothing, nothing, nothing);
            assertThat(in.problems()).as("placeholder %s", nothing).isEmpty();
            assertThat(in.data().owner().phone()).isNull();
            assertThat(in.data().annualSales()).isNull();
            assertThat(in.data().foundedYear()).isNull();
            assertThat(in.data().workers()).isNull();
            assertThat(in.data().regionCode()).as("no village: the district").isEqualTo("14.72.01");
        }
        // a real value still counts
        var sales = line(c, "Bolu Kemojo Bu Ani", "Ani", "1472014503850001", "", "Dumai Barat", "", "Rp 2.000.000", "", "");
        assertThat(sales.data().annualSales()).isEqualByComparingTo(new BigDecimal("24000000"));
    }

    @Test
    void placeholdersOrBlanksInMandatoryFieldsAreMissingNeverStored() {
        var c = converter();
        var in = line(c, "-", "tidak ada", "0", "", "Dumai Barat", "", "", "", "");
        assertThat(in.problems()).extracting(RowProblem::header, RowProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Nama Usaha", "imports.missing"),
                org.assertj.core.groups.Tuple.tuple("Nama Pemilik", "imports.missing"),
                org.assertj.core.groups.Tuple.tuple("NIK", "imports.missing"));
        assertThat(in.problems()).extracting(RowProblem::value).containsExactlyInAnyOrder("-", "tidak ada", "0");
        var noRegion = line(c, "Bolu", "Ani", "1472014503850001", "", "\u2014", "-", "", "", "");
        assertThat(noRegion.problems()).extracting(RowProblem::code).containsExactly("imports.region.missing");
    }

    @Test
    void mandatoryFieldsArePerImportAndAFieldWithoutColumnIsNotDemanded() {
        var mapping = Headers.guess(HEADERS);
        var optionalNik = new RowConverter(mapping, HEADERS, new RegionResolver(regions, Jurisdiction.of(List.of("14.72"))),
                RequiredFields.effective(ImportFixtures.NIK_OPTIONAL, mapping), today.date());
        assertThat(line(optionalNik, "Bolu", "Ani", "-", "", "Dumai Barat", "", "", "", "").problems()).isEmpty();
        var phoneRequired = new RowConverter(mapping, HEADERS, new RegionResolver(regions, Jurisdiction.of(List.of("14.72"))),
                RequiredFields.effective(List.of(Field.PHONE), mapping), today.date());
        assertThat(line(phoneRequired, "Bolu", "Ani", "", "belum ada", "Dumai Barat", "", "", "", "").problems())
                .extracting(RowProblem::code).containsExactly("imports.missing");
        // the default asks for the NIK only when the list has a NIK column
        assertThat(RequiredFields.effective(null, mapping)).contains(Field.NIK);
        mapping.remove(Field.NIK);
        assertThat(RequiredFields.effective(null, mapping)).doesNotContain(Field.NIK);
    }

    @Test
    void aNikIsCleanedOfExcelsMarksAndSeparatorsButScientificNotationIsCorrupted() {
        var c = converter();
        for (String written : List.of("'1472014503850001", "1472 0145 0385 0001", "1472.0145.0385.0001", "1472-0145-0385-0001",
                " '1472 0145.0385-0001 ", "=\"1472014503850001\"")) {
            var in = line(c, "Bolu", "Ani", written, "", "Dumai Barat", "", "", "", "");
            assertThat(in.problems()).as(written).isEmpty();
            assertThat(in.data().owner().nik()).isEqualTo("1472014503850001");
        }
        for (String corrupted : List.of("1.47202E+15", "1,47202E+15", "1.47202e15", "1,472014504E+15")) {
            var in = line(c, "Bolu", "Ani", corrupted, "", "Dumai Barat", "", "", "", "");
            assertThat(in.problems()).as(corrupted).extracting(RowProblem::code).containsExactly("imports.number.scientific");
            assertThat(in.data().owner().nik()).isNull();
        }
    }

    @Test
    void aNumberThatLostItsDigitsIsGivenBackAsExcelShowedItNeverPadded() {
        var c = converter();
        var cells = new java.util.ArrayList<>(List.of(SourceCell.text("Bolu"), SourceCell.text("Ani"),
                new SourceCell("1472014503850000", SourceCell.Kind.NUMBER), SourceCell.EMPTY, SourceCell.text("Dumai Barat")));
        var in = c.convert(new SourceRow(4, cells));
        assertThat(in.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("imports.number.digitsLost");
            assertThat(p.value()).isEqualTo("1.47201E+15");
        });
        assertThat(in.cells().get(2)).isEqualTo("1.47201E+15");
        assertThat(NikShapes.isNik(in.cells().get(2))).as("what goes back cannot pass as a NIK").isFalse();
        assertThat(CellValues.excelDisplay("1472000000000000")).isEqualTo("1.472E+15");
    }

    @Test
    void placeAbbreviationsAndShortNamesOfRegenciesResolve() {
        var dumai = new RegionResolver(regions, Jurisdiction.of(List.of("14.72")));
        assertThat(dumai.resolve(null, null, null, "Kec. Sei Sembilan", null).code()).isEqualTo("14.72.04");
        assertThat(dumai.resolve(null, null, null, "S. Sembilan", "Tj. Penyembal").code()).isEqualTo("14.72.04.1002");
        assertThat(dumai.resolve(null, null, null, "Dumai Bar.", "Kel. Purnama").code()).isEqualTo("14.72.01.1006");
        var lampung = new RegionResolver(regions, Jurisdiction.of(List.of("18")));
        assertThat(lampung.resolve(null, null, "Lamsel", "Tj. Bintang", null).code()).isEqualTo("18.01.05");
        assertThat(lampung.resolve(null, null, "Balam", "Kedaton", null).code()).isEqualTo("18.71.01");
        var national = new RegionResolver(regions, Jurisdiction.NATIONAL);
        assertThat(national.resolve(null, null, "Inhil", "Reteh", null).code()).isEqualTo("14.04.01");
        assertThat(national.resolve(null, "Riau", "Kab. Inhil", "Kec. Reteh", null).code()).isEqualTo("14.04.01");
        // Mura is Murung Raya (Kalimantan Tengah) and Musi Rawas (Sumatera Selatan): the province decides
        assertThat(national.resolve(null, "Kalimantan Tengah", "Mura", null, null).problem()).isEqualTo("imports.region.missing");
        assertThat(national.resolve(null, null, "Mura", "Tanah Siang", null).field()).isEqualTo(Field.REGENCY);
    }

    @Test
    void aPlaceOutsideTheJurisdictionIsSaidToBeThereWithItsNameAndCode() {
        var dumai = new RegionResolver(regions, Jurisdiction.of(List.of("14.72")));
        var inhil = dumai.resolve(null, null, "Inhil", "Reteh", null);
        assertThat(inhil.problem()).isEqualTo("imports.region.outsideFound");
        assertThat(inhil.field()).isEqualTo(Field.REGENCY);
        assertThat(inhil.args()).containsExactly("Inhil", "Kabupaten Indragiri Hilir, Riau", "14.04");
        var lampung = new RegionResolver(regions, Jurisdiction.of(List.of("18")));
        assertThat(lampung.resolve(null, null, "Jaksel", "Kebayoran Baru", null).args()).contains("31.74");
        assertThat(dumai.resolve(null, null, null, "Kecamatan Antah Berantah", null).problem()).isEqualTo("imports.region.notFound");
    }

    @Test
    void anUnknownVillageInAKnownDistrictOffersTheDistrictWhichTheOfficerMayAcceptForTheFile() {
        var strict = new RegionResolver(regions, Jurisdiction.of(List.of("14.72")));
        var unknown = strict.resolve(null, null, null, "Dumai Barat", "Kampung Antah");
        assertThat(unknown.problem()).isEqualTo("imports.region.villageNotFound");
        assertThat(unknown.field()).isEqualTo(Field.VILLAGE);
        assertThat(unknown.args()).containsExactly("Kampung Antah", "Dumai Barat", "14.72.01");
        var accepting = new RegionResolver(regions, Jurisdiction.of(List.of("14.72")), true);
        assertThat(accepting.resolve(null, null, null, "Dumai Barat", "Kampung Antah").code()).isEqualTo("14.72.01");
    }

    @Test
    void aKindOfBusinessColumnIsTheSectorNotTheProduct() {
        assertThat(Headers.guess(List.of("Nama Usaha", "Jenis Usaha", "Produk"))).containsEntry(Field.SECTOR, 1).containsEntry(Field.PRODUCT, 2);
        assertThat(Headers.guess(List.of("Nama UMKM", "Sektor/Jenis Usaha"))).containsEntry(Field.SECTOR, 1).doesNotContainKey(Field.PRODUCT);
        assertThat(Headers.guess(List.of("Bidang Usaha"))).containsEntry(Field.SECTOR, 0);
    }

    @org.junit.jupiter.api.Test
    void aNikWrittenInANoteIsKeptMasked() {
        org.assertj.core.api.Assertions.assertThat(RowConverter.withoutNik("KTP istri 1472075107880003, HP 081274000002"))
                .isEqualTo("KTP istri 1472\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220003, HP 081274000002");
        org.assertj.core.api.Assertions.assertThat(RowConverter.withoutNik("NIB 1234567890123; P-IRT 2063507010477-29"))
                .as("13 and 15 digits are not NIKs").isEqualTo("NIB 1234567890123; P-IRT 2063507010477-29");
    }
}
