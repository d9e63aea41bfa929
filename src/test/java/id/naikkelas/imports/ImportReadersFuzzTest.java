package id.naikkelas.imports;

import id.naikkelas.common.Today;
import id.naikkelas.Fuzz;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.reference.Regions;
import id.naikkelas.registry.Businesses;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A bounded fuzz pass over what reads an agency's list: seeded, reproducible files (valid CSVs and workbooks with a few
 * bytes flipped, cut or repeated, random bytes, hand-made hostile shapes) through the whole reading path an upload and
 * a job take (spooling, format and header detection, the zip and XML guard, the row readers), and rows of hostile
 * cells through the row conversion and the registry's checks. Each may end in rows, in problems on a row, or in the
 * domain's refusal ({@link InvalidInput}); anything else thrown is a failure, printed with the seed and the input.
 * Plain parsing, no web layer: it runs in the shared context only for the region names the conversion resolves.
 */
@IntegrationTest
class ImportReadersFuzzTest {

    @Autowired
    private Today today;

    static final int FILES = Integer.getInteger("fuzz.files", 400);
    static final int ROWS = Integer.getInteger("fuzz.rows", 1500);
    /** Rows read of a file at most: enough for header detection and the first lines of each mutated region. */
    static final int READ_AT_MOST = 500;

    @Autowired
    Regions regions;
    @Autowired
    Businesses businesses;

    @Test
    void readingAnyFileEndsInRowsOrARefusal() throws IOException {
        List<byte[]> seeds = List.of(
                "Nama Usaha;Nama Pemilik;NIK;No HP;Kecamatan;Kelurahan;Omzet\nKeripik Nanas;Siti;1472014503850001;0812-7000-1111;Dumai Barat;Purnama;Rp 12.500.000\n"
                        .getBytes(StandardCharsets.UTF_8),
                ("\uFEFFData UMKM 2025\n\n\"Nama Usaha\",\"Nama Pemilik\",\"Alamat\"\n\"Bolu \"\"Kemojo\"\"\",Nur,\"Jl. Sudirman,\nNo. 5\"\n")
                        .getBytes(StandardCharsets.UTF_8),
                "Nama Usaha;Pemilik;Omzet\nKopi Luwak;Bambang;1,5 juta\nTempe;Ani;\u20ac 3\n".getBytes(FileInspector.WINDOWS_1252),
                workbook(), Bombs.smallList(), Bombs.withDoctype());
        var failures = new ArrayList<String>();
        var outcomes = new java.util.TreeMap<String, Integer>();
        for (int i = 0; i < FILES; i++) {
            var fuzz = Fuzz.forCase(Fuzz.SEED, "import-file", i);
            byte[] input = switch (fuzz.nextInt(7)) {
                case 0 -> fuzz.bytes(fuzz.nextInt(2048));
                case 1 -> shape(fuzz);
                case 2 -> cells(fuzz);
                default -> fuzz.mutate(fuzz.pick(seeds));
            };
            try (var file = Spooled.copy(new ByteArrayInputStream(input))) {
                var facts = FileInspector.inspect(file);
                try (var rows = FileInspector.open(facts.format(), facts.encoding(), facts.separator(), file.path())) {
                    for (int n = 0; n < READ_AT_MOST && rows.next() != null; n++) {
                        // every row read, or the reader's refusal
                    }
                }
                outcomes.merge("read " + facts.format(), 1, Integer::sum);
            } catch (InvalidInput refused) {
                // the domain's answer to a file it cannot take
                outcomes.merge(refused.violations().get(0).code(), 1, Integer::sum);
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                failures.add("file " + i + " (" + e + "): " + Base64.getEncoder().encodeToString(input.length > 300 ? java.util.Arrays.copyOf(input, 300) : input));
            }
        }
        System.out.println("import file fuzz outcomes: " + outcomes);
        report("import file", FILES, failures);
    }

    @Test
    void aCellExcelWouldNotWriteBelowTheInspectedRowsIsTheFilesRefusalAtItsLine() throws IOException {
        var rows = new StringBuilder(Bombs.HEADER_ROW);
        for (int r = 2; r < 40; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(Bombs.inline("A" + r, "Usaha " + r)).append("</row>");
        }
        rows.append("<row r=\"40\"><c r=\"A40\"><v>abc</v></c></row>");
        byte[] workbook = Bombs.workbook(out -> out.write(rows.toString().getBytes(StandardCharsets.UTF_8)), out -> { });
        try (var file = Spooled.copy(new ByteArrayInputStream(workbook)); var read = new XlsxRows(file.path().toFile())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                while (read.next() != null) {
                    // up to line 40
                }
            }).isInstanceOfSatisfying(InvalidInput.class, e -> org.assertj.core.api.Assertions.assertThat(e.violations().get(0))
                    .isEqualTo(new InvalidInput.Violation("file", "imports.file.unreadableRow", List.of(40))));
        }
    }

    @Test
    void convertingAnyRowEndsInDataOrProblemsOnTheRow() {
        var headers = List.of("Nama Usaha", "Nama Pemilik", "NIK", "NIB", "No HP", "Email", "Jenis Kelamin", "Alamat", "Provinsi",
                "Kabupaten/Kota", "Kecamatan", "Kelurahan", "Kode Wilayah", "Jenis Produk", "Sektor", "Bentuk Usaha", "Omzet",
                "Omzet per bulan", "Modal", "Tenaga Kerja", "Tahun Berdiri");
        var mapping = Headers.guess(headers);
        var converter = new RowConverter(mapping, headers, new RegionResolver(regions, Jurisdiction.of(List.of("14.72"))), today.date());
        List<String> good = List.of("CV Kripik Nenas Bu Siti", "Hj. Siti Aminah", "1472 0145 0385 0001", "9120001234567", "0812-7000-1111",
                "siti@example.org", "P", "Jl. Merdeka No. 1", "Riau", "Kota Dumai", "Kec. Dumai Barat", "Kel. Purnama", "14.72.01.1006",
                "keripik nanas", "makanan olahan", "CV", "Rp 150.000.000", "Rp 12.500.000", "2 M", "5 orang", "2016");
        var failures = new ArrayList<String>();
        for (int i = 0; i < ROWS; i++) {
            var fuzz = Fuzz.forCase(Fuzz.SEED, "import-row", i);
            var cells = new ArrayList<SourceCell>();
            for (int c = 0; c < headers.size(); c++) {
                cells.add(fuzz.chance(0.08) ? readerCell(fuzz) : SourceCell.text(fuzz.chance(0.25) ? hostileCell(fuzz, good.get(c)) : good.get(c)));
            }
            if (fuzz.chance(0.05)) {
                cells.subList(fuzz.nextInt(cells.size()), cells.size()).clear();
            }
            var row = new SourceRow(2 + i, cells);
            try {
                var incoming = converter.convert(row);
                if (incoming.problems().isEmpty() && incoming.data() != null) {
                    id.naikkelas.AsUser.run("petugas.dumai", () -> businesses.check(List.of(incoming.data())));
                }
            } catch (InvalidInput refused) {
                // a refusal is an answer
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("row " + i + " (" + e + "): " + escape(cells.toString()));
            }
        }
        report("import row", ROWS, failures);
    }

    /** A number or date cell as the workbook reader makes them (plain decimals, ISO dates), over their whole range. */
    static SourceCell readerCell(Fuzz fuzz) {
        if (fuzz.chance(0.5)) {
            return new SourceCell(java.time.LocalDate.ofEpochDay(fuzz.random().nextLong(-800_000, 3_000_000)).toString(), SourceCell.Kind.DATE);
        }
        var number = new java.math.BigDecimal(new java.math.BigInteger(fuzz.nextInt(1200) + 1, fuzz.random()), fuzz.nextInt(800) - 400);
        return XlsxRows.number(fuzz.chance(0.3) ? number.negate() : number);
    }

    static String hostileCell(Fuzz fuzz, String good) {
        return switch (fuzz.nextInt(6)) {
            case 0 -> fuzz.string();
            case 1 -> fuzz.mutate(good);
            case 2 -> fuzz.pick(Fuzz.NUMBERS);
            case 3 -> fuzz.pick(Fuzz.DATES);
            case 4 -> fuzz.pick(List.of("", " ", "-", "0", "1e400", "9".repeat(40), "=1+1", "#N/A", "Rp -5", "sekitar 1 juta",
                    "1,5,6 juta", "..", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦", "14.72.99.9999", "Kec.", "KAB. ", "99999", "-1 orang", "3000", "0000"));
            default -> null;
        };
    }

    /** Files with a shape a reader might trip on: quotes never closed, very long lines, many columns, zips with odd parts. */
    static byte[] shape(Fuzz fuzz) {
        return switch (fuzz.nextInt(7)) {
            case 0 -> ("Nama Usaha;Pemilik\n\"" + "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
            case 1 -> ("Nama Usaha" + ";x".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8);
            case 2 -> "Nama Usaha,Pemilik\n\"a\"b\",c\n\"\"\"\n".getBytes(StandardCharsets.UTF_8);
            case 3 -> ("\r\r\r\n\n\u2028" + "Nama Usaha\tPemilik\r").getBytes(StandardCharsets.UTF_8);
            case 4 -> InputZips.zip("xl/worksheets/sheet1.xml", fuzz.mutate("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nama Usaha</t></is></c></row></sheetData></worksheet>"));
            case 5 -> InputZips.zip("[Content_Types].xml", fuzz.randomText(200));
            default -> fuzz.randomText(500).getBytes(StandardCharsets.UTF_16);
        };
    }

    /**
     * A well-formed workbook with a row of cells a file may carry but Excel would not write, below the rows the upload
     * inspects (so only a job's reading meets it), or among them.
     */
    static byte[] cells(Fuzz fuzz) {
        int at = fuzz.chance(0.7) ? 40 : 2;
        var normal = new StringBuilder();
        for (int r = 2; r < at; r++) {
            normal.append("<row r=\"").append(r).append("\">").append(Bombs.inline("A" + r, "Usaha " + r)).append(Bombs.inline("B" + r, "Pemilik"))
                    .append("</row>");
        }
        var odd = new StringBuilder(normal).append("<row r=\"").append(at).append("\">");
        for (int i = 0, n = 1 + fuzz.nextInt(3); i < n; i++) {
            odd.append(fuzz.pick(List.<String>of(
                    "<c r=\"A2\"><v>abc</v></c>", "<c r=\"A2\"><v></v></c>", "<c r=\"A2\"><v>1e999999999</v></c>", "<c r=\"A2\"><v>NaN</v></c>",
                    "<c r=\"B2\" s=\"1\"><v>1e300</v></c>", "<c r=\"B2\" s=\"1\"><v>-1</v></c>", "<c r=\"B2\" s=\"1\"><v>2958466</v></c>",
                    "<c r=\"B2\" s=\"1\"><v>abc</v></c>", "<c r=\"B2\" s=\"7\"><v>43694</v></c>", "<c r=\"A2\" t=\"s\"><v>99</v></c>",
                    "<c r=\"A2\" t=\"s\"><v>abc</v></c>", "<c r=\"A2\" t=\"s\"><v>-1</v></c>", "<c r=\"A2\" t=\"b\"><v>2</v></c>",
                    "<c r=\"A2\" t=\"e\"><v>#N/A</v></c>", "<c r=\"A2\" t=\"d\"><v>besok</v></c>", "<c r=\"A2\" t=\"str\"/>",
                    "<c r=\"A2\" t=\"inlineStr\"><is></is></c>", "<c r=\"A2\" t=\"inlineStr\"><is><t>" + "x".repeat(32_767) + "</t></is></c>",
                    "<c r=\"1A\"><v>1</v></c>", "<c r=\"A0\"><v>1</v></c>", "<c r=\"\"><v>1</v></c>", "<c><v>1</v></c>",
                    "<c r=\"B2\" s=\"abc\"><v>1</v></c>", "<c r=\"A2\" t=\"x\"><v>1</v></c>")));
        }
        String rows = Bombs.HEADER_ROW + odd.toString().replace("A2\"", "A" + at + "\"").replace("B2\"", "B" + at + "\"") + "</row>" + fuzz.pick(List.of("", "<row r=\"0\"/>", "<row r=\"-5\"/>", "<row r=\"abc\"/>",
                "<row/>", "<row r=\"2\"/>"));
        return Bombs.workbook(out -> out.write(rows.getBytes(StandardCharsets.UTF_8)),
                out -> out.write("<si><t>Bolu</t></si>".getBytes(StandardCharsets.UTF_8)), "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>");
    }

    static byte[] workbook() throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "fuzz", "1.0");
        var sheet = workbook.newWorksheet("Data");
        sheet.value(0, 0, "Nama Usaha");
        sheet.value(0, 1, "Nama Pemilik");
        sheet.value(0, 2, "Tanggal Berdiri");
        sheet.value(0, 3, "Omzet");
        sheet.value(1, 0, "Bolu Kemojo");
        sheet.value(1, 1, "Nur");
        sheet.value(1, 2, LocalDate.of(2019, 8, 17));
        sheet.style(1, 2).format("dd/mm/yyyy").set();
        sheet.value(1, 3, 150000000L);
        workbook.finish();
        return out.toByteArray();
    }

    static void report(String what, int cases, List<String> failures) {
        System.out.printf("%s fuzz: seed %d, %d cases, %d failed%n", what, Fuzz.SEED, cases, failures.size());
        if (!failures.isEmpty()) {
            fail("%s: anything but the domain's refusal thrown (seed %d, replay with -Dfuzz.seed=%d):%n%s".formatted(what, Fuzz.SEED, Fuzz.SEED,
                    String.join("\n", failures.subList(0, Math.min(10, failures.size())))));
        }
    }

    static String escape(String text) {
        var out = new StringBuilder();
        text.codePoints().limit(600).forEach(c -> out.append(c < 0x20 || Character.getType(c) == Character.SURROGATE
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }

    /** A zip of one entry, for the hostile workbook shapes. */
    static final class InputZips {
        static byte[] zip(String entry, String text) {
            try {
                var bytes = new ByteArrayOutputStream();
                try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry));
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
