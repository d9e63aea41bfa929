package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading agency files: encodings, separators, where the header is, and what Excel does to numbers and dates. */
class ParsingTest {

    @Test
    void semicolonUtf8WithByteOrderMarkAndTitleRowsAboveTheHeader() throws IOException {
        String csv = "\uFEFFDAFTAR UMKM BINAAN DINAS KOPERASI KOTA DUMAI;;;\nTahun 2025;;;\n\n"
                + "No;Nama Usaha;Nama Pemilik;NIK;No. HP/WA;Kecamatan;Kelurahan/Desa;Omzet (Rp/tahun)\n"
                + "1;Keripik Nanas Bu Siti;Siti Aminah;1472014503850001;0812-7000-1111;Dumai Barat;Purnama;150.000.000,00\n"
                + "2;\"Kue Bolu; Pandan\";Nurhayati;;081270002222;Dumai Kota;Laksamana;12 juta\n";
        try (var file = Spooled.copy(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            var facts = FileInspector.inspect(file);
            assertThat(facts.format()).isEqualTo(SheetFormat.CSV);
            assertThat(facts.encoding()).isEqualTo("UTF-8");
            assertThat(facts.separator()).isEqualTo(";");
            assertThat(facts.headerLine()).isEqualTo(4);
            assertThat(facts.estimatedRows()).isEqualTo(2);
            assertThat(facts.columns()).extracting(FileFacts.Column::header)
                    .containsExactly("No", "Nama Usaha", "Nama Pemilik", "NIK", "No. HP/WA", "Kecamatan", "Kelurahan/Desa", "Omzet (Rp/tahun)");
            assertThat(facts.columns().get(1).samples()).containsExactly("Keripik Nanas Bu Siti", "Kue Bolu; Pandan");
            assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(
                    Spooled.newDigest().digest(csv.getBytes(StandardCharsets.UTF_8))));

            var rows = read(file, facts);
            assertThat(rows.get(0).texts()).first().asString().startsWith("DAFTAR UMKM"); // no BOM glued to it
            assertThat(rows.get(4).line()).isEqualTo(5);
            assertThat(rows.get(5).cell(1).text()).isEqualTo("Kue Bolu; Pandan");
        }
    }

    @Test
    void windows1252IsReadAsSuchWhenTheBytesAreNotUtf8() throws IOException {
        byte[] bytes = "Nama Usaha,Nama Pemilik,Alamat\n\"Kedai Kopi Café, Dumai\",José Ramos,\"Jl. Merdeka\nNo. 5\"\n"
                .getBytes(FileInspector.WINDOWS_1252);
        try (var file = Spooled.copy(new ByteArrayInputStream(bytes))) {
            var facts = FileInspector.inspect(file);
            assertThat(facts.encoding()).isEqualTo("windows-1252");
            assertThat(facts.separator()).isEqualTo(",");
            assertThat(facts.headerLine()).isEqualTo(1);
            var row = read(file, facts).get(1);
            assertThat(row.texts()).containsExactly("Kedai Kopi Café, Dumai", "José Ramos", "Jl. Merdeka\nNo. 5");
        }
    }

    @Test
    void validUtf8StaysUtf8() throws IOException {
        byte[] bytes = "Nama Usaha\tNama Pemilik\nKopi Aceh Gayo\tAbdul Ghani\n".getBytes(StandardCharsets.UTF_8);
        try (var file = Spooled.copy(new ByteArrayInputStream(bytes))) {
            var facts = FileInspector.inspect(file);
            assertThat(facts.encoding()).isEqualTo("UTF-8");
            assertThat(facts.separator()).isEqualTo("\t");
        }
    }

    @Test
    void excelNumbersDatesAndNumbersTurnedIntoText() throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet("Data");
        sheet.value(0, 0, "Data UMKM binaan 2025");
        String[] headers = {"Nama Usaha", "Nama Pemilik", "NIK", "Tanggal Berdiri", "No HP", "Omzet"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(2, c, headers[c]);
        }
        sheet.value(3, 0, "Bolu Kemojo");
        sheet.value(3, 2, "1472014503850001");
        sheet.value(3, 3, LocalDate.of(2019, 8, 17));
        sheet.style(3, 3).format("dd/mm/yyyy").set();
        sheet.value(3, 4, 81270001111L);
        sheet.value(3, 5, 150000000L);
        sheet.value(4, 0, "Lempok Durian");
        sheet.value(4, 2, 1472014503850000L); // what Excel keeps of 1472014503850001 typed as a number
        sheet.value(5, 0, "Kue Bangkit");
        sheet.value(5, 2, "1.47201E+15"); // a CSV saved from Excel shows the number like this
        workbook.finish();

        try (var file = Spooled.copy(new ByteArrayInputStream(out.toByteArray()))) {
            var facts = FileInspector.inspect(file);
            assertThat(facts.format()).isEqualTo(SheetFormat.XLSX);
            assertThat(facts.headerLine()).isEqualTo(3);
            assertThat(Headers.guess(facts.columns().stream().map(FileFacts.Column::header).toList()))
                    .containsEntry(Field.BUSINESS_NAME, 0).containsEntry(Field.NIK, 2).containsEntry(Field.FOUNDED, 3)
                    .containsEntry(Field.PHONE, 4).containsEntry(Field.ANNUAL_SALES, 5);
            var rows = read(file, facts);
            var first = rows.stream().filter(r -> r.line() == 4).findFirst().orElseThrow();
            assertThat(first.cell(2)).isEqualTo(new SourceCell("1472014503850001", SourceCell.Kind.TEXT));
            assertThat(first.cell(3)).isEqualTo(new SourceCell("2019-08-17", SourceCell.Kind.DATE));
            assertThat(first.cell(4)).isEqualTo(new SourceCell("81270001111", SourceCell.Kind.NUMBER));
            assertThat(CellValues.year(first.cell(3))).contains(2019);
            assertThat(CellValues.amount(first.cell(5))).contains(new BigDecimal("150000000"));
            assertThat(CellValues.digitsLost(first.cell(2), 16)).isFalse();

            var truncated = rows.stream().filter(r -> r.line() == 5).findFirst().orElseThrow().cell(2);
            assertThat(truncated.kind()).isEqualTo(SourceCell.Kind.NUMBER);
            assertThat(CellValues.digitsLost(truncated, 16)).as("16 digits stored as a number, ending in 0").isTrue();
            var scientific = rows.stream().filter(r -> r.line() == 6).findFirst().orElseThrow().cell(2);
            assertThat(CellValues.scientific(scientific.text())).isTrue();
        }
    }

    @Test
    void anOldBinaryXlsIsRefusedWithAdvice() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        try (var file = Spooled.copy(new ByteArrayInputStream(ole2))) {
            assertThatThrownBy(() -> FileInspector.inspect(file)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.violations().get(0).code()).isEqualTo("imports.file.xls"));
        }
    }

    @Test
    void amountsCountsYearsAndCategoriesAsAgenciesWriteThem() {
        assertThat(CellValues.amount(SourceCell.text("Rp 150.000.000"))).contains(new BigDecimal("150000000"));
        assertThat(CellValues.amount(SourceCell.text("150,000,000"))).contains(new BigDecimal("150000000"));
        assertThat(CellValues.amount(SourceCell.text("1.500.000,00"))).contains(new BigDecimal("1500000"));
        assertThat(CellValues.amount(SourceCell.text("1,5 juta"))).contains(new BigDecimal("1500000"));
        assertThat(CellValues.amount(SourceCell.text("2 M"))).contains(new BigDecimal("2000000000"));
        assertThat(CellValues.amount(SourceCell.text("Rp. 25.000,-"))).contains(new BigDecimal("25000"));
        assertThat(CellValues.amount(SourceCell.text("sekitar seratus ribu"))).isEmpty();
        assertThat(CellValues.count(SourceCell.text("5 orang"))).contains(5);
        assertThat(CellValues.year(SourceCell.text("17/08/2019"))).contains(2019);
        assertThat(CellValues.year(SourceCell.text("Agustus 2015"))).contains(2015);
        assertThat(CellValues.year(new SourceCell("43694", SourceCell.Kind.NUMBER))).as("a date cell that lost its format").contains(2019);
        assertThat(CellValues.year(SourceCell.text("lama sekali"))).isEmpty();
        assertThat(CellValues.gender("Perempuan")).isEqualTo("P");
        assertThat(CellValues.gender("LK")).isEqualTo("L");
        assertThat(CellValues.sector("Keripik pisang")).contains(id.naikkelas.registry.Sector.PROCESSED_FOOD);
        assertThat(CellValues.sector("Kopi bubuk robusta")).contains(id.naikkelas.registry.Sector.BEVERAGE);
        assertThat(CellValues.sector("Jamu gendong")).contains(id.naikkelas.registry.Sector.TRADITIONAL_MEDICINE);
        assertThat(CellValues.sector("Batik tulis")).contains(id.naikkelas.registry.Sector.BATIK);
        assertThat(CellValues.legalForm("CV. Maju Jaya")).contains(id.naikkelas.registry.LegalForm.CV);
        assertThat(CellValues.legalForm("Keripik Maju")).isEmpty();
    }

    @Test
    void headersAreGuessedFromIndonesianAndEnglish() {
        var mapping = Headers.guess(List.of("No.", "NAMA USAHA", "Nama Pemilik", "No. KTP/NIK", "Alamat Pemilik", "Kec.", "Kel/Desa",
                "Kab/Kota", "Jenis Produk", "Omzet per Bulan", "NIB", "Sektor", "Kode Wilayah"));
        assertThat(mapping).containsEntry(Field.BUSINESS_NAME, 1).containsEntry(Field.OWNER_NAME, 2).containsEntry(Field.NIK, 3)
                .containsEntry(Field.ADDRESS, 4).containsEntry(Field.DISTRICT, 5).containsEntry(Field.VILLAGE, 6)
                .containsEntry(Field.REGENCY, 7).containsEntry(Field.PRODUCT, 8).containsEntry(Field.MONTHLY_SALES, 9)
                .containsEntry(Field.NIB, 10).containsEntry(Field.SECTOR, 11).containsEntry(Field.REGION_CODE, 12)
                .doesNotContainKey(Field.ANNUAL_SALES);
        assertThat(Headers.guess(List.of("Business name", "Owner", "Phone number", "Village", "District")))
                .containsEntry(Field.BUSINESS_NAME, 0).containsEntry(Field.OWNER_NAME, 1).containsEntry(Field.PHONE, 2)
                .containsEntry(Field.VILLAGE, 3).containsEntry(Field.DISTRICT, 4);
        assertThat(Headers.letter(0)).isEqualTo("A");
        assertThat(Headers.letter(27)).isEqualTo("AB");
    }

    private static List<SourceRow> read(Spooled file, FileFacts facts) throws IOException {
        var rows = new ArrayList<SourceRow>();
        try (var stream = FileInspector.open(facts.format(), facts.encoding(), facts.separator(), file.path())) {
            for (SourceRow row; (row = stream.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }
}
