package id.naikkelas.imports;

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
 * spreadsheet shows it (empty lines included, so line numbers match what the agency sees).
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
        parser = format.parse(new InputStreamReader(buffered, charset));
        records = parser.iterator();
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            var record = records.next();
            var cells = new ArrayList<SourceCell>(record.size());
            for (String value : record) {
                cells.add(SourceCell.text(value));
            }
            return new SourceRow(Math.toIntExact(record.getRecordNumber()), cells);
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
