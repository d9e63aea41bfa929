package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;

/**
 * Rows of a CSV file in the encoding and separator found at upload. Each record is one line as a
 * spreadsheet shows it (empty lines included, so line numbers match what the agency sees). Records are
 * bounded before they are parsed ({@link CsvRecordLimit}) and checked against {@link FileLimits} after.
 */
final class CsvRows implements RowStream {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvRows(InputStream in, Charset charset, char separator) throws IOException {
        var buffered = new BufferedInputStream(in, 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8)) {
            skipByteOrderMark(buffered);
        }
        var format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setLenientEof(true).setTrailingData(true).get();
        parser = format.parse(new CsvRecordLimit(new InputStreamReader(buffered, charset), separator));
        records = parser.iterator();
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            var record = records.next();
            if (record.size() > FileLimits.MAX_COLUMNS) {
                throw InvalidInput.of("file", "imports.limit.columns", record.getRecordNumber(), FileLimits.MAX_COLUMNS);
            }
            var cells = new ArrayList<SourceCell>(record.size());
            for (String value : record) {
                cells.add(SourceCell.text(value));
            }
            long number = record.getRecordNumber();
            if (number > FileLimits.MAX_ROWS) {
                throw InvalidInput.of("file", "imports.limit.rows", FileLimits.MAX_ROWS);
            }
            return FileLimits.checked(new SourceRow((int) number, cells), number);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Excel writes "UTF-8 with BOM"; the mark would otherwise stick to the first header. */
    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
            in.reset();
        }
    }
}
