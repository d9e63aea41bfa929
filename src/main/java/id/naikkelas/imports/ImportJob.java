package id.naikkelas.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An import as stored: the file's facts, the column mapping, progress and outcome counts. {@code error} is
 * why it stopped; when the file itself was refused, {@code errorCode} is the reason's message key and
 * {@code error} its text in the reader's language. {@code detailsPurgedAt} is when its rejected lines and column samples
 * were removed after the retention period (null while it keeps them). {@code requiredFields} are the mandatory fields the
 * officer chose (null: the default); {@code villageFallback}: a village not found in its district leaves the business
 * in the district instead of refusing the line.
 */
record ImportJob(long id, Long agencyId, String createdBy, String fileName, String sha256, long fileSize, SheetFormat format,
                 String encoding, String separator, int headerLine, Integer estimatedRows, List<FileFacts.Column> columns,
                 Map<Field, Integer> mapping, ImportStatus status, int lastLine, Counts counts, boolean cancelRequested,
                 String error, String errorCode, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                 OffsetDateTime detailsPurgedAt, List<Field> requiredFields, boolean villageFallback) {

    /** The fields a line is refused without (see {@link RequiredFields}). */
    public java.util.Set<Field> required() {
        return RequiredFields.effective(requiredFields, mapping);
    }

    /** Rows read so far and what became of them; every row read is exactly one of rejected, created, matched, queued. */
    record Counts(int read, int rejected, int created, int matched, int queued) {

        public int accepted() {
            return read - rejected;
        }
    }

    List<String> headers() {
        return columns.stream().map(FileFacts.Column::header).toList();
    }

    /** Percent done for the progress bar, or null while the total is unknown. */
    public Integer percent() {
        if (status == ImportStatus.COMPLETED) {
            return 100;
        }
        if (estimatedRows == null || estimatedRows == 0) {
            return null;
        }
        return Math.min(99, (int) (100L * counts.read() / estimatedRows));
    }

    /** The CSV separator as people can read it. */
    public String separatorName() {
        return "\t".equals(separator) ? "TAB" : separator;
    }

    /** How the registry names this list as a source of the businesses it links or creates. */
    String source() {
        String source = "impor #" + id + " " + fileName;
        return source.length() > 200 ? source.substring(0, 200) : source;
    }
}
