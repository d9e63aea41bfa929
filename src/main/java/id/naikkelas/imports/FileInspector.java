package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/** The first look at an upload: format, encoding, separator, header row, columns and samples. */
final class FileInspector {

    private static final Logger log = LoggerFactory.getLogger(FileInspector.class);
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_ROWS = 3;
    private static final int SNIFF_BYTES = 1 << 16;
    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");

    private FileInspector() {
    }

    /**
     * Refuses, with a reason naming the file field, what cannot be a list: binary content, a workbook that
     * breaks {@link FileLimits} (checked over the whole file before any row is read) or that the reader
     * cannot read at all.
     */
    static FileFacts inspect(Spooled file) throws IOException {
        SheetFormat format = formatOf(file.path());
        if (format == SheetFormat.XLSX) {
            XlsxGuard.check(file.path());
        } else if (file.hasNul()) {
            throw InvalidInput.of("file", "imports.file.binary");
        }
        try {
            return read(file, format);
        } catch (InvalidInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a workbook that passed the guard but that the reader still cannot make sense of
            log.debug("unreadable upload", e);
            throw InvalidInput.of("file", "imports.file.unreadable");
        }
    }

    private static FileFacts read(Spooled file, SheetFormat format) throws IOException {
        String encoding = null;
        String separator = null;
        if (format == SheetFormat.CSV) {
            encoding = file.utf8() ? StandardCharsets.UTF_8.name() : WINDOWS_1252.name();
            separator = String.valueOf(sniffSeparator(file.path(), Charset.forName(encoding)));
        }
        var first = new ArrayList<SourceRow>();
        var samples = new ArrayList<SourceRow>();
        int headerLine;
        try (RowStream rows = open(format, encoding, separator, file.path())) {
            for (SourceRow row; first.size() < Headers.SEARCH_ROWS && (row = rows.next()) != null; ) {
                first.add(row);
            }
            SourceRow header = headerRow(first);
            if (header == null) {
                throw InvalidInput.of("file", "imports.file.empty");
            }
            headerLine = header.line();
            for (SourceRow row : first) {
                if (row.line() > headerLine && !row.blank() && samples.size() < SAMPLE_ROWS) {
                    samples.add(row);
                }
            }
            for (SourceRow row; samples.size() < SAMPLE_ROWS && (row = rows.next()) != null; ) {
                if (!row.blank()) {
                    samples.add(row);
                }
            }
            return new FileFacts(format, encoding, separator, headerLine, columns(header, samples),
                    estimatedRows(format, file, headerLine));
        }
    }

    static RowStream open(SheetFormat format, String encoding, String separator, Path path) throws IOException {
        if (format == SheetFormat.XLSX) {
            return new XlsxRows(path.toFile());
        }
        return new CsvRows(Files.newInputStream(path), Charset.forName(encoding), separator.charAt(0));
    }

    /** By content, not by name: an .xlsx is a zip; an old binary .xls is refused with advice. */
    static SheetFormat formatOf(Path path) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return SheetFormat.XLSX;
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw InvalidInput.of("file", "imports.file.xls");
        }
        return SheetFormat.CSV;
    }

    /** The row with the most cells that read like known headers (at least two), else the first non-empty row. */
    static SourceRow headerRow(List<SourceRow> first) {
        SourceRow best = null;
        int bestCount = 1;
        for (SourceRow row : first) {
            int count = Headers.recognised(row);
            if (count > bestCount) {
                best = row;
                bestCount = count;
            }
        }
        if (best != null) {
            return best;
        }
        return first.stream().filter(r -> !r.blank()).findFirst().orElse(null);
    }

    private static List<FileFacts.Column> columns(SourceRow header, List<SourceRow> samples) {
        int width = header.cells().size();
        for (SourceRow row : samples) {
            width = Math.max(width, row.cells().size());
        }
        var columns = new ArrayList<FileFacts.Column>(width);
        for (int i = 0; i < width; i++) {
            int column = i;
            columns.add(new FileFacts.Column(i, Headers.letter(i), header.cell(i).text().trim(),
                    // samples are kept with the job and shown to its readers: NIKs masked, never stored in clear
                    samples.stream().map(r -> NikShapes.mask(r.cell(column).text())).toList()));
        }
        return columns;
    }

    /**
     * The separator that splits the first lines into the same number of fields most consistently:
     * Indonesian Excel writes ";" (the comma is the decimal mark), others ",".
     */
    static char sniffSeparator(Path path, Charset charset) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        String[] lines = new String(head, charset).split("\r?\n", Headers.SEARCH_ROWS + 1);
        char best = ',';
        long bestScore = -1;
        for (char separator : SEPARATORS) {
            var counts = new HashMap<Integer, Integer>();
            for (int i = 0; i < Math.min(lines.length, Headers.SEARCH_ROWS); i++) {
                int count = countOutsideQuotes(lines[i], separator);
                if (count > 0) {
                    counts.merge(count, 1, Integer::sum);
                }
            }
            var mode = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElse(null);
            long score = mode == null ? 0 : mode.getValue() * 1000L + mode.getKey();
            if (score > bestScore) {
                best = separator;
                bestScore = score;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char separator) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** CSV: line breaks after the header; xlsx: the sheet's declared dimension, when it has one. */
    private static Integer estimatedRows(SheetFormat format, Spooled file, int headerLine) throws IOException {
        if (format == SheetFormat.CSV) {
            return (int) Math.max(0, file.lineBreaks() - headerLine);
        }
        try (var zip = new ZipFile(file.path().toFile())) {
            var entry = zip.getEntry("xl/worksheets/sheet1.xml");
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                var matcher = DIMENSION.matcher(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
                return matcher.find() ? Math.max(0, Integer.parseInt(matcher.group(1)) - headerLine) : null;
            }
        }
    }
}
