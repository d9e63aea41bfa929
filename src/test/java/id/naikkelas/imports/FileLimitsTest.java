package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upload bombs against the file checks alone (no application): each is refused with its own reason,
 * quickly and with little memory. Memory is what this thread allocates while checking, which is where
 * a missing limit would show first (the reader building a 100-million-character string).
 */
class FileLimitsTest {

    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void theFixturesAreWorkbooksTheReaderAccepts() throws IOException {
        try (var file = spooled(Bombs.smallList())) {
            var facts = FileInspector.inspect(file);
            assertThat(facts.format()).isEqualTo(SheetFormat.XLSX);
            assertThat(facts.columns()).extracting(FileFacts.Column::header).containsExactly("Nama Usaha", "Nama Pemilik");
            assertThat(facts.columns().get(0).samples()).containsExactly("Keripik Nanas", "Bolu Kemojo");
        }
    }

    @Test
    void oneCellOfAHundredMillionCharactersIsRefusedByItsDeclaredRatio() throws IOException {
        byte[] bomb = Bombs.hugeSharedString(100_000_000);
        assertThat(bomb.length).isLessThan(400_000);
        refused(bomb, "imports.limit.ratio");
    }

    @Test
    void aBombThatLiesAboutItsSizeIsRefusedWhileInflating() throws IOException {
        // the long cell gives itself away first (at 196 KB, before the ratio is judged after 1 MB)
        refused(Bombs.lyingAboutSizes(Bombs.hugeSharedString(100_000_000)), "imports.limit.cellInFile");
        refused(Bombs.lyingAboutSizes(Bombs.tinyRows(3_000_000)), "imports.limit.ratio");
    }

    @Test
    void millionsOfTinyRowsAreRefusedBeforeOneIsRead() throws IOException {
        refused(Bombs.tinyRows(3_000_000), "imports.limit.ratio");
    }

    @Test
    void aLongCellThatCompressesLikeTextIsRefusedByItsLength() throws IOException {
        refused(Bombs.randomSharedString(1_000_000), "imports.limit.cellInFile");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedWhileCounting() throws IOException {
        refused(Bombs.numberedRows(FileLimits.MAX_ROWS + 10), "imports.limit.rows");
    }

    @Test
    void declaredSizesPastTheLimitAreRefusedBeforeInflating() throws IOException {
        refused(Bombs.declaring(Bombs.smallList(), 1 << 30), "imports.limit.inflated");
    }

    @Test
    void zipsWithManyEntriesAreRefusedWithoutReadingTheirDirectory() throws IOException {
        refused(Bombs.manyEntries(5_000), "imports.limit.entries");
    }

    @Test
    void cellsFarToTheRightAreRefused() throws IOException {
        refused(Bombs.farColumn("XFD2"), "imports.limit.columnsInFile");
        refused(Bombs.farColumn("ZZZZZZ2"), "imports.limit.columnsInFile");
    }

    @Test
    void sharedFormulasTheReaderWouldRebuildForHoursAreRefused() throws IOException {
        // an 8 KB formula (Excel's longest) over 100,000 cells: about 10^12 characters of string concatenation
        refused(Bombs.sharedFormula(8_000, 100_000), "imports.limit.formulas");
        refused(Bombs.sharedFormula(9_000, 2), "imports.limit.formulas");
        // an ordinary computed column is read
        try (var file = spooled(Bombs.sharedFormula(30, 20_000))) {
            assertThat(FileInspector.inspect(file).columns()).hasSize(2);
        }
    }

    @Test
    void aNumberWithAHugeExponentStaysAsWrittenInsteadOfBeingSpelledOut() throws IOException {
        // spelled out, the first is a hundred million zeros: enough to fail the allocation check, too few to exhaust the heap
        byte[] workbook = Bombs.workbook(out -> Bombs.write(out, Bombs.HEADER_ROW
                + "<row r=\"2\"><c r=\"A2\"><v>1E99999999</v></c><c r=\"B2\"><v>-2.5E-99999999</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>1.5E300</v></c><c r=\"B3\"><v>150000000</v></c></row>"), out -> { });
        try (var file = spooled(workbook)) {
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            var facts = FileInspector.inspect(file);
            assertThat(THREADS.getCurrentThreadAllocatedBytes() - allocated).as("bytes allocated").isLessThan(64L << 20);
            assertThat(facts.columns().get(0).samples()).containsExactly("1E+99999999", "15" + "0".repeat(299));
            assertThat(facts.columns().get(1).samples()).containsExactly("-2.5E-99999999", "150000000");
        }
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsResolved() throws IOException {
        refused(Bombs.withDoctype(), "imports.file.doctype");
    }

    @Test
    void binaryContentAndDamagedWorkbooksAreRefusedAsSuch() throws IOException {
        var random = new java.util.Random(14);
        byte[] garbage = new byte[100_000];
        random.nextBytes(garbage);
        garbage[0] = 'x';
        refused(garbage, "imports.file.binary");
        byte[] truncated = java.util.Arrays.copyOf(Bombs.smallList(), 300);
        refused(truncated, "imports.file.unreadable");
        refused(Bombs.utf16Sheet(), "imports.file.unreadable");
    }

    @Test
    void aCsvQuoteThatNeverClosesStopsAtTheRecordLimit() throws IOException {
        String csv = "Nama Usaha,Nama Pemilik\n\"Keripik" + "x".repeat(1_000_000) + "\n";
        assertThatThrownBy(() -> readAll(csv)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.violations().get(0).code()).isEqualTo("imports.limit.rowChars");
            assertThat(e.violations().get(0).args()).containsExactly(2, FileLimits.MAX_ROW_CHARS);
        });
    }

    @Test
    void aCsvCellLongerThanExcelAllowsIsRefusedWithItsLine() {
        String csv = "Nama Usaha,Nama Pemilik\nKeripik,Siti\n\"" + "y".repeat(FileLimits.MAX_CELL_CHARS + 1) + "\",Nur\n";
        assertThatThrownBy(() -> readAll(csv)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.violations().get(0).code()).isEqualTo("imports.limit.cell");
            assertThat(e.violations().get(0).args()).containsExactly(3, FileLimits.MAX_CELL_CHARS);
        });
    }

    @Test
    void csvQuotingRulesDoNotTripTheRecordLimit() throws IOException {
        // inch marks inside unquoted fields, doubled quotes, line breaks inside quotes, CR-only line ends
        String line = "Pipa 5\" plastik,\"Kata \"\"manis\"\"\",\"Jl. Merdeka\nNo. 5\"";
        String csv = "Nama Usaha,Catatan,Alamat\r" + (line + "\r\n").repeat(2_000);
        var rows = readAll(csv);
        assertThat(rows).hasSize(2_001);
        assertThat(rows.get(1).texts()).containsExactly("Pipa 5\" plastik", "Kata \"manis\"", "Jl. Merdeka\nNo. 5");
    }

    private static List<SourceRow> readAll(String csv) throws IOException {
        var rows = new ArrayList<SourceRow>();
        try (var in = new CsvRows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, ',')) {
            for (SourceRow row; (row = in.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Spooled spooled(byte[] content) throws IOException {
        return Spooled.copy(new ByteArrayInputStream(content));
    }

    /** Refused with this reason on the file field, within seconds and 64 MB of allocation. */
    private static void refused(byte[] upload, String code) throws IOException {
        try (var file = spooled(upload)) {
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            assertThatThrownBy(() -> FileInspector.inspect(file)).isInstanceOfSatisfying(InvalidInput.class, e -> {
                assertThat(e.violations().get(0).field()).isEqualTo("file");
                assertThat(e.violations().get(0).code()).isEqualTo(code);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(THREADS.getCurrentThreadAllocatedBytes() - allocated).as("bytes allocated").isLessThan(64L << 20);
        }
    }
}
