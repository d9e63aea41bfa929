package id.naikkelas.reporting;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.programs.Programs;
import id.naikkelas.storage.FileStore;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reports asked for and built in the background (ADR 0025): a request is checked as the person may make it and queued
 * once (the same report asked again while it is pending is that job); {@link ReportWorker} builds it. A job, its
 * progress and its file are for whoever may see what it covers: staff whose jurisdiction covers its scope and, for a
 * program report, who may see the program. Anyone else is told it does not exist.
 */
@Service
public class ReportJobs {

    /** Reports a person's list shows. */
    static final int RECENT = 20;

    /**
     * A job as people and programs see it.
     *
     * @param scope    the regions it covers, as resolved when asked (codes joined by commas, empty for the whole country)
     * @param section  the section being built, while it runs (a message key suffix)
     * @param failure  why it failed (a message key)
     * @param fileName the download's name, once done
     */
    public record JobView(long id, ReportKind kind, ReportFormat format, int year, String region, String regionName, String scope, Long programId, String programName,
                          String status, int progress, String section, String failure, String fileName, String requestedBy,
                          OffsetDateTime createdAt, OffsetDateTime finishedAt) {

        public boolean running() {
            return "QUEUED".equals(status) || "RUNNING".equals(status);
        }

        public boolean done() {
            return "DONE".equals(status);
        }
    }

    private final JdbcClient jdbc;
    private final Reports reports;
    private final Dashboards dashboards;
    private final Programs programs;
    private final FileStore files;
    private final MessageSource messages;
    private final Today today;

    ReportJobs(JdbcClient jdbc, Reports reports, Dashboards dashboards, Programs programs, FileStore files, MessageSource messages,
               Today today) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.dashboards = dashboards;
        this.programs = programs;
        this.files = files;
        this.messages = messages;
        this.today = today;
    }

    /**
     * Queues a report in the language of the request, or answers the same report already queued or running for this
     * person. Refuses what the person may not ask for as the report itself would (a region outside their jurisdiction,
     * a program they do not see, a year out of range).
     */
    public JobView request(ReportKind kind, ReportFormat format, Integer year, String region, Long programId) {
        if (format == null) {
            throw InvalidInput.of("format", "report.error.format");
        }
        if (year == null) {
            throw InvalidInput.of("year", "report.error.year", dashboards.currentYear());
        }
        List<String> scope = reports.check(kind, year, region, programId);
        String regionCode = region == null || region.isBlank() ? null : region;
        String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id";
        CurrentUser me = dashboards.requireViewer();
        var params = new java.util.HashMap<String, Object>();
        params.put("kind", kind.name());
        params.put("format", format.name());
        params.put("year", year);
        params.put("region", regionCode);
        params.put("scope", scope == null ? "" : String.join(",", scope));
        params.put("program", programId);
        params.put("language", language);
        params.put("by", me.username());
        params.put("now", today.now());
        var id = jdbc.sql("""
                        INSERT INTO report_job (kind, format, year, region_code, scope, program_id, language, requested_by, created_at)
                        VALUES (:kind, :format, :year, :region, :scope, :program, :language, :by, :now)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .params(params).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                                SELECT id FROM report_job WHERE lower(requested_by) = lower(:by) AND kind = :kind AND format = :format
                                  AND year = :year AND scope = :scope AND coalesce(program_id, 0) = coalesce(CAST(:program AS bigint), 0)
                                  AND language = :language AND status IN ('QUEUED', 'RUNNING')""")
                        .params(params).query(Long.class).single());
        return get(id);
    }

    /** A job its reader may see; any other is not found, whoever asked for it. */
    public JobView get(long id) {
        var job = jdbc.sql(SELECT + " WHERE j.id = ?").param(id).query(ReportJobs::view).optional()
                .orElseThrow(() -> new NotFound("report_job", id));
        if (!visible(job)) {
            throw new NotFound("report_job", id);
        }
        return job;
    }

    /** The signed-in person's latest reports, newest first. */
    public List<JobView> mine() {
        CurrentUser me = dashboards.requireViewer();
        return jdbc.sql(SELECT + " WHERE lower(j.requested_by) = lower(?) ORDER BY j.id DESC LIMIT " + RECENT)
                .param(me.username()).query(ReportJobs::view).list().stream().filter(this::visible).toList();
    }

    /** The finished file: 409 while the job is not done, 410 when its file is no longer kept. */
    EvaluationFiles.File file(long id) {
        var job = get(id);
        Locale locale = LocaleContextHolder.getLocale();
        if (!job.done()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, messages.getMessage("report.job.notReady", null, locale));
        }
        String key = jdbc.sql("SELECT file_key FROM report_job WHERE id = ?").param(id).query(String.class).single();
        byte[] content = files.get(key).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.GONE, messages.getMessage("report.job.gone", null, locale)));
        return new EvaluationFiles.File(content, job.fileName(), job.format());
    }

    /**
     * Staff whose jurisdiction covers every region of the job's scope (the whole country: national staff only) and,
     * for a program report, who may see the program.
     */
    private boolean visible(JobView job) {
        CurrentUser me = dashboards.requireViewer();
        String scope = job.scope();
        if (scope.isEmpty() ? !me.jurisdiction().national()
                : !Arrays.stream(scope.split(",")).allMatch(code -> me.jurisdiction().covers(code))) {
            return false;
        }
        if (job.programId() != null) {
            try {
                programs.get(job.programId());
            } catch (NotFound e) {
                return false;
            }
        }
        return true;
    }

    private static final String SELECT = """
            SELECT j.*, p.name AS program_name, r.name AS region_name FROM report_job j
            LEFT JOIN programs_program p ON p.id = j.program_id LEFT JOIN region r ON r.code = j.region_code""";

    private static JobView view(ResultSet rs, int row) throws SQLException {
        return new JobView(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")), ReportFormat.valueOf(rs.getString("format")),
                rs.getInt("year"), rs.getString("region_code"), rs.getString("region_name"), rs.getString("scope"), rs.getObject("program_id", Long.class), rs.getString("program_name"),
                rs.getString("status"), rs.getInt("progress"), rs.getString("section"), rs.getString("failure"),
                rs.getString("file_name"), rs.getString("requested_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
