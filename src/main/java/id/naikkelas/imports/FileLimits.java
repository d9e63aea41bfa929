package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;

/**
 * How large a list may be, whatever its compression: a 300 KB workbook can hold a 300 MB cell, and the
 * spreadsheet reader would build it in memory. Each number is well above what an agency list needs and
 * low enough that one upload cannot take the heap or a core for long. Refusals name the limit, so an
 * officer knows what to change.
 */
final class FileLimits {

    /** Excel's own sheet height: "up to a million rows" plus title rows above the header. */
    static final int MAX_ROWS = 1_048_576;
    /** An agency list maps to about twenty fields; a thousand columns is far past any real one. */
    static final int MAX_COLUMNS = 1_024;
    /** Excel's own cell limit; nothing typed into Excel is longer. */
    static final int MAX_CELL_CHARS = 32_767;
    /** One row, all cells together (a real row is one or two thousand characters); also a CSV record as written. */
    static final int MAX_ROW_CHARS = 65_536;

    /** An .xlsx has a dozen parts, a few dozen with pictures and many sheets. */
    static final int MAX_ZIP_ENTRIES = 1_000;
    /** A million rows of twenty columns inflate to about 1.1 GB of sheet XML and shared strings (1.5 GB with inline strings). */
    static final long MAX_INFLATED_BYTES = 2L << 30;
    /**
     * Sheet XML compresses 5-20 times; more than 100 times is repetition only a generated file has (the
     * ratio POI's ZipSecureFile refuses by default). Checked once a part has inflated past the grace size.
     */
    static final int MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 1L << 20;
    /**
     * The reader keeps every shared string in memory for the whole job: their text is bounded (a million
     * rows of mostly unique names and addresses need about 200 MB).
     */
    static final long MAX_SHARED_TEXT_BYTES = 256L << 20;
    /**
     * Bytes of XML text one cell or shared string may take before it is decoded: 32,767 characters written
     * as entities ("&amp;quot;" is 6 bytes) fit; the exact character count is checked once the cell is read.
     */
    static final int MAX_CELL_XML_BYTES = 6 * MAX_CELL_CHARS;
    /** A start tag with its attributes; real ones are under a kilobyte (the root with its namespaces). */
    static final int MAX_TAG_BYTES = 64 << 10;
    /** Workbook XML nests about ten deep; each open element costs the parser memory. */
    static final int MAX_DEPTH = 64;
    /** Distinct element and attribute names in one part (the parser keeps a table of them). */
    static final int MAX_NAMES = 1_000;
    /** Excel's own formula length limit. */
    static final int MAX_FORMULA_XML_BYTES = 8_192;
    /** The reader checks every cell against every array formula of the sheet, and keeps each shared formula. */
    static final int MAX_ARRAY_FORMULAS = 100;
    static final int MAX_SHARED_FORMULAS = 10_000;
    /**
     * For each cell that uses a shared formula the reader rebuilds it by string concatenation, about
     * length²/6 characters copied: a million cells of a 200-character formula cost 7 G, a million of an
     * 8 KB one would cost 11 T (hours of one core). Refused past 32 G, a few seconds of copying.
     */
    static final long MAX_SHARED_FORMULA_WORK = 32L << 30;

    private FileLimits() {
    }

    /**
     * A row as read, checked against the limits the readers enforce while streaming (the XML and CSV
     * checks before them only bound memory): the {@code count}-th row read from the file.
     */
    static SourceRow checked(SourceRow row, long count) {
        if (count > MAX_ROWS || row.line() > MAX_ROWS) {
            throw InvalidInput.of("file", "imports.limit.rows", MAX_ROWS);
        }
        if (row.cells().size() > MAX_COLUMNS) {
            throw InvalidInput.of("file", "imports.limit.columns", row.line(), MAX_COLUMNS);
        }
        long chars = 0;
        for (SourceCell cell : row.cells()) {
            if (cell.text().length() > MAX_CELL_CHARS) {
                throw InvalidInput.of("file", "imports.limit.cell", row.line(), MAX_CELL_CHARS);
            }
            chars += cell.text().length();
        }
        if (chars > MAX_ROW_CHARS) {
            throw InvalidInput.of("file", "imports.limit.rowChars", row.line(), MAX_ROW_CHARS);
        }
        return row;
    }
}
