package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

/**
 * Checks an .xlsx before the spreadsheet reader opens it, the way POI's ZipSecureFile does but over the
 * whole file and before any row is read. FastExcel reads the zip itself with no limits, so this reads it
 * first with the same zip library (commons-compress: same entries, same bytes) and refuses, at upload
 * and again when a job starts:
 * <ol>
 * <li>a zip with more entries than a workbook has (counted on the raw bytes, so no directory is loaded);</li>
 * <li>entries compressed with anything but stored/deflate, or whose declared sizes add up past the
 * limit or declare a bomb's ratio: refused at once, nothing inflated;</li>
 * <li>while inflating every entry, since declared sizes can lie: actual bytes past the limit, or an entry
 * inflating more than {@link FileLimits#MAX_RATIO} times;</li>
 * <li>in every XML part, what {@link XmlShape} refuses (long cells, too many rows or columns, DOCTYPE...).</li>
 * </ol>
 * Reading a legitimate million-row workbook this way costs a few seconds; a bomb stops within its first
 * megabytes (ratio) or at the inflated-bytes limit.
 */
final class XlsxGuard {

    /** "PK\1\2": the start of a central directory record. */
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private XlsxGuard() {
    }

    static void check(Path file) throws IOException {
        if (centralHeaders(file) > FileLimits.MAX_ZIP_ENTRIES) {
            throw InvalidInput.of("file", "imports.limit.entries", FileLimits.MAX_ZIP_ENTRIES);
        }
        try (var zip = ZipFile.builder().setPath(file).get()) {
            var entries = Collections.list(zip.getEntries());
            if (entries.size() > FileLimits.MAX_ZIP_ENTRIES) {
                throw InvalidInput.of("file", "imports.limit.entries", FileLimits.MAX_ZIP_ENTRIES);
            }
            long declared = 0;
            for (var entry : entries) {
                if (entry.getMethod() != STORED && entry.getMethod() != DEFLATED) {
                    throw InvalidInput.of("file", "imports.file.unreadable");
                }
                declared += Math.max(0, entry.getSize());
            }
            if (declared > FileLimits.MAX_INFLATED_BYTES) {
                throw tooBig();
            }
            for (var entry : entries) {
                checkDeclaredRatio(entry);
            }
            long inflated = 0;
            for (var entry : entries) {
                inflated = inflate(zip, entry, inflated);
            }
        } catch (InvalidInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a damaged zip, or one the zip library refuses: the same file would fail in the reader
            throw InvalidInput.of("file", "imports.file.unreadable");
        }
    }

    /**
     * Every "PK\1\2" in the file: the zip library reads directory records for as long as they follow each
     * other, whatever the end record says, so the raw count is the bound that cannot be talked around.
     * (A signature can occur by chance inside compressed data, about once per 4 GB.)
     */
    static int centralHeaders(Path file) throws IOException {
        int count = 0;
        int window = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    window = (window >>> 8) | ((buffer[i] & 0xFF) << 24);
                    if (window == CENTRAL_HEADER && ++count > FileLimits.MAX_ZIP_ENTRIES) {
                        return count;
                    }
                }
            }
        }
        return count;
    }

    /** An honest bomb says what it is: refused before a byte is inflated. Unknown sizes are counted while inflating. */
    private static void checkDeclaredRatio(ZipArchiveEntry entry) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > FileLimits.RATIO_GRACE_BYTES && compressed >= 0 && size > compressed * FileLimits.MAX_RATIO) {
            throw ratio(entry);
        }
    }

    /** Inflates one entry through the checks; returns the bytes inflated so far in the whole file. */
    private static long inflate(ZipFile zip, ZipArchiveEntry entry, long before) throws IOException {
        XmlShape shape = null;
        long inflated = before;
        long entryBytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            boolean first = true;
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (first) {
                    shape = xmlOrNull(buffer, n);
                    first = false;
                }
                entryBytes += n;
                inflated += n;
                if (inflated > FileLimits.MAX_INFLATED_BYTES) {
                    throw tooBig();
                }
                if (entryBytes > FileLimits.RATIO_GRACE_BYTES && in instanceof InputStreamStatistics stats
                        && entryBytes > Math.max(1, stats.getCompressedCount()) * FileLimits.MAX_RATIO) {
                    throw ratio(entry);
                }
                if (shape != null) {
                    shape.feed(buffer, 0, n);
                }
            }
        }
        if (shape != null) {
            shape.finish();
        }
        return inflated;
    }

    /**
     * Parts that start like XML are checked as XML whatever their name (the workbook's relationships decide
     * which part is a sheet, not its name). A part the parser would read in another encoding than UTF-8
     * (the byte patterns by which XML announces UTF-16, UCS-4 or EBCDIC) is refused: a byte check cannot
     * follow it, and Excel writes UTF-8. Anything else (pictures, printer settings) cannot be parsed as XML
     * and is only counted.
     */
    private static XmlShape xmlOrNull(byte[] head, int length) {
        if (otherEncoding(head, length)) {
            throw InvalidInput.of("file", "imports.file.unreadable");
        }
        int i = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < length && head[i] == '<' ? new XmlShape() : null;
    }

    private static boolean otherEncoding(byte[] head, int length) {
        int b0 = length > 0 ? head[0] & 0xFF : -1;
        int b1 = length > 1 ? head[1] & 0xFF : -1;
        int b2 = length > 2 ? head[2] & 0xFF : -1;
        int b3 = length > 3 ? head[3] & 0xFF : -1;
        return b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE             // UTF-16 byte order marks
                || b0 == 0x00 && b1 == '<' || b0 == '<' && b1 == 0x00           // UTF-16 without one
                || b0 == 0x00 && b1 == 0x00 && (b2 == 0x00 && b3 == '<' || b2 == 0xFE && b3 == 0xFF) // UCS-4
                || b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94;        // EBCDIC "<?xm"
    }

    private static InvalidInput tooBig() {
        return InvalidInput.of("file", "imports.limit.inflated", FileLimits.MAX_INFLATED_BYTES >> 20);
    }

    private static InvalidInput ratio(ZipArchiveEntry entry) {
        String name = entry.getName();
        return InvalidInput.of("file", "imports.limit.ratio", name.length() > 80 ? name.substring(0, 80) : name, FileLimits.MAX_RATIO);
    }
}
