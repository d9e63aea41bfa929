package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a CSV record from growing without end before the parser builds it: the parser keeps a whole
 * quoted field in memory, and one opening quote with no closing one turns a 200 MB file into a single
 * field. Follows the quoting rules the parser uses (a quote opens a field only at its start, a doubled
 * quote inside is a quote) to know where a record ends, and counts the characters of each record.
 */
final class CsvRecordLimit extends FilterReader {

    private final char separator;
    private boolean quoted;
    private boolean quoteInQuoted;
    private boolean fieldStart = true;
    private boolean afterCarriageReturn;
    private int recordChars;
    private int record = 1;

    CsvRecordLimit(Reader in, char separator) {
        super(in);
        this.separator = separator;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            see(buffer[i]);
        }
        return n;
    }

    private void see(char c) {
        if (++recordChars > FileLimits.MAX_ROW_CHARS) {
            throw InvalidInput.of("file", "imports.limit.rowChars", record, FileLimits.MAX_ROW_CHARS);
        }
        if (quoted) {
            if (!quoteInQuoted) {
                quoteInQuoted = c == '"';
                return;
            }
            quoteInQuoted = false;
            if (c == '"') {
                return; // "" inside a quoted field
            }
            quoted = false; // the quote before closed the field; c is read as unquoted
        }
        boolean lineEnd = c == '\n' || c == '\r';
        if (lineEnd) {
            // CR LF, LF and CR alone (Excel for Mac's CSV) each end a record
            if (!(c == '\n' && afterCarriageReturn)) {
                record++;
            }
            recordChars = 0;
            fieldStart = true;
        } else if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else {
            fieldStart = c == separator;
        }
        afterCarriageReturn = c == '\r';
    }
}
