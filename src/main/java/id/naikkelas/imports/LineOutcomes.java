package id.naikkelas.imports;

import id.naikkelas.common.Labels;
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What became of every line of an import: created (the new business), linked (the business it was the same
 * as), queued for review (the review) or rejected (the reasons). As pages for the API and as an Excel
 * "result" file, so the agency can put each line of its list next to the record it became.
 */
@Service
class LineOutcomes {

    /** The outcome as told: a line matched to a known business is linked to it. */
    enum Outcome {
        CREATED, LINKED, QUEUED, REJECTED;

        static Outcome of(String stored) {
            return "MATCHED".equals(stored) ? LINKED : valueOf(stored);
        }

        String stored() {
            return this == LINKED ? "MATCHED" : name();
        }
    }

    /** One line: {@code businessId} for created and linked lines, {@code reviewId} for queued ones, reasons for rejected ones. */
    record Line(int line, Outcome outcome, Long businessId, Long reviewId, Double score, List<Rejections.Reason> reasons) {
    }

    /** Where a registry record came from: an import the reader may see, the line, and what that line did to the record. */
    record Provenance(long importId, String fileName, int line, Outcome outcome, java.time.OffsetDateTime importedAt) {
    }

    private static final int FLUSH_EVERY = 1000;

    private final JdbcClient jdbc;
    private final ImportJobs jobs;
    private final Rejections rejections;
    private final MessageSource messages;
    private final id.naikkelas.registry.Businesses businesses;

    LineOutcomes(JdbcClient jdbc, ImportJobs jobs, Rejections rejections, MessageSource messages,
                 id.naikkelas.registry.Businesses businesses) {
        this.businesses = businesses;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.rejections = rejections;
        this.messages = messages;
    }

    /** Lines after {@code afterLine} in file order, of one outcome or all (null), for a reader who may see the import. */
    List<Line> page(long jobId, Outcome outcome, int afterLine, int size, Locale locale) {
        jobs.get(jobId);
        return jdbc.sql(SELECT + " AND r.line > :after AND (CAST(:outcome AS varchar) IS NULL OR r.outcome = :outcome) ORDER BY r.line LIMIT :size")
                .param("job", jobId).param("after", afterLine).param("outcome", outcome == null ? null : outcome.stored())
                .param("size", Math.max(1, Math.min(size, 500)))
                .query((rs, i) -> line(rs, locale))
                .list();
    }

    /**
     * The import lines that created or were linked to a business (the record's provenance: import and line), of the
     * imports the reader may see; the business itself must be one the reader may see.
     */
    List<Provenance> provenance(long businessId) {
        var me = jobs.importer();
        businesses.requireVisible(businessId);
        return jdbc.sql("""
                        SELECT j.id, j.file_name, r.line, r.outcome, j.created_at
                        FROM import_row r JOIN import_job j ON j.id = r.job_id
                        LEFT JOIN import_review v ON v.job_id = r.job_id AND v.line = r.line
                        WHERE (r.business_id = :business AND r.outcome IN ('CREATED', 'MATCHED')
                               -- a queued line an officer merged into this business, or created it from
                               OR v.status = 'MERGED' AND v.business_id = :business
                               OR v.status = 'CREATED' AND v.created_business_id = :business)
                          AND (:admin OR coalesce(j.agency_id, 0) = :agency OR lower(j.created_by) = lower(:me))
                        ORDER BY j.id, r.line LIMIT 500""")
                .param("business", businessId).param("admin", me.isAdmin()).param("agency", me.agencyId() == null ? 0L : me.agencyId())
                .param("me", me.username())
                .query((rs, i) -> new Provenance(rs.getLong("id"), rs.getString("file_name"), rs.getInt("line"),
                        Outcome.of(rs.getString("outcome")), rs.getObject("created_at", java.time.OffsetDateTime.class)))
                .list();
    }

    /** Every line with its outcome, record and reasons, streamed (never all lines in memory). */
    void writeExcel(long jobId, OutputStream out, Locale locale) throws IOException {
        jobs.get(jobId);
        var workbook = new Workbook(out, "Naik Kelas", "1.0");
        var sheet = workbook.newWorksheet(message("imports.lines.sheet", locale));
        String[] headers = {"imports.lines.line", "imports.lines.outcome", "imports.lines.business", "imports.lines.review",
                "imports.lines.score", "imports.lines.reasons"};
        for (int c = 0; c < headers.length; c++) {
            sheet.inlineString(0, c, message(headers[c], locale));
        }
        sheet.range(0, 0, 0, headers.length - 1).style().bold().set();
        sheet.width(1, 24);
        sheet.width(5, 80);
        sheet.freezePane(0, 1);
        int[] row = {1};
        jdbc.sql(SELECT + " ORDER BY r.line").param("job", jobId).query(rs -> {
            var line = line(rs, locale);
            int r = row[0]++;
            sheet.value(r, 0, line.line());
            sheet.inlineString(r, 1, message(Labels.key(line.outcome()), locale));
            if (line.businessId() != null) {
                sheet.value(r, 2, line.businessId());
            }
            if (line.reviewId() != null) {
                sheet.value(r, 3, line.reviewId());
            }
            if (line.score() != null) {
                sheet.value(r, 4, Math.round(line.score() * 100) / 100.0);
            }
            sheet.inlineString(r, 5, line.reasons().stream()
                    .map(reason -> (reason.column().isEmpty() ? "" : reason.column() + ": ") + reason.message())
                    .collect(Collectors.joining("; ")));
            if (r % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        workbook.finish();
    }

    private static final String SELECT = """
            SELECT r.line, r.outcome, r.business_id, r.score, coalesce(r.review_id, v.id) AS review_id, j.problems::text AS problems
            FROM import_row r
            LEFT JOIN import_review v ON v.job_id = r.job_id AND v.line = r.line
            LEFT JOIN import_rejection j ON j.job_id = r.job_id AND j.line = r.line
            WHERE r.job_id = :job""";

    private Line line(ResultSet rs, Locale locale) throws SQLException {
        String problems = rs.getString("problems");
        Object score = rs.getObject("score");
        return new Line(rs.getInt("line"), Outcome.of(rs.getString("outcome")), rs.getObject("business_id", Long.class),
                rs.getObject("review_id", Long.class), score == null ? null : ((Number) score).doubleValue(),
                // the reasons of a rejected line stay until the retention period purges them; the outcome stays for good
                problems == null ? List.of() : rejections.reasons(problems, locale));
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
