package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rows of the first sheet of an .xlsx file, streamed from a file on disk (FastExcel reads the zip
 * with random access; given a stream it would buffer the whole workbook). Numbers keep the exact
 * value Excel stored, and date-formatted numbers become ISO dates. FastExcel has no limits of its own:
 * open only a file {@link XlsxGuard} has passed; each row is then checked against {@link FileLimits}.
 */
final class XlsxRows implements RowStream {

    /** Excel's built-in number formats that display dates or times (ECMA-376 §18.8.30). */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);
    /** Quoted literals, [colours] and [$currency] sections, and escaped characters carry no date letters. */
    private static final Pattern NOT_A_DATE_PART = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");
    private static final Pattern DATE_LETTERS = Pattern.compile("[dmyhsDMYHS]");

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private long count;
    private int lastLine;

    XlsxRows(File file) throws IOException {
        workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
        stream = workbook.getFirstSheet().openStream();
        rows = stream.iterator();
    }

    /**
     * The next row, or the file's refusal at the line where a cell is one Excel would not write (a number that is
     * none, a boolean 2, an unknown cell type, a shared string that is not there): a job meets such a line below the
     * rows the upload inspected, and reading the same bytes again would meet it again.
     */
    @Override
    public SourceRow next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            if (row.getCellCount() > FileLimits.MAX_COLUMNS) {
                // sized by the last cell's address: refused before a cell object is made for each column
                throw InvalidInput.of("file", "imports.limit.columns", row.getRowNum(), FileLimits.MAX_COLUMNS);
            }
            var cells = new ArrayList<SourceCell>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(cell(row.getCell(i)));
            }
            lastLine = row.getRowNum();
            return FileLimits.checked(new SourceRow(row.getRowNum(), cells), ++count);
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException e) {
            throw InvalidInput.of("file", "imports.file.unreadableRow", lastLine + 1);
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }

    static SourceCell cell(Cell cell) {
        if (cell == null) {
            return SourceCell.EMPTY;
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell)
                    ? new SourceCell(cell.asDate().toLocalDate().toString(), SourceCell.Kind.DATE)
                    : number(cell.asNumber());
            case STRING -> SourceCell.text(cell.asString());
            case EMPTY -> SourceCell.EMPTY;
            default -> SourceCell.text(cell.getRawValue());
        };
    }

    /**
     * Excel stores doubles, at most about 10^308 and no finer than 10^-324, which spell out in a few hundred
     * digits. A file may still write "1E999999999" in a cell: spelled out that is a billion zeros, so such a
     * value stays as written, as text (no field takes it).
     */
    static SourceCell number(BigDecimal number) {
        var stripped = number.stripTrailingZeros();
        if (Math.abs((long) stripped.precision() - stripped.scale()) > MAX_PLAIN_DIGITS || Math.abs(stripped.scale()) > MAX_PLAIN_DIGITS) {
            return SourceCell.text(stripped.toString());
        }
        return new SourceCell(stripped.toPlainString(), SourceCell.Kind.NUMBER);
    }

    private static final int MAX_PLAIN_DIGITS = 400;

    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATES.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        return format != null && !format.equalsIgnoreCase("General")
                && DATE_LETTERS.matcher(NOT_A_DATE_PART.matcher(format).replaceAll("")).find();
    }
}
