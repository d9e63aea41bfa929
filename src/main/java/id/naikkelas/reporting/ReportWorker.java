package id.naikkelas.reporting;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.storage.FileStore;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * Every node polls for queued reports and builds them one at a time, as the person who asked (their jurisdiction
 * and programs, in their language): the job's progress and heartbeat move on after each section, the file goes to
 * the file store and the job names it. A job is claimed with one conditional update, so it is built once however
 * many nodes poll; one whose node stopped is put back by {@link ReportHousekeeping}.
 */
@Component
class ReportWorker {

    private static final Logger log = LoggerFactory.getLogger(ReportWorker.class);

    /** What the worker needs of a claimed job. */
    record Claimed(long id, ReportKind kind, ReportFormat format, int year, String region, Long programId, String language,
                   String requestedBy) {
    }

    private final JdbcClient jdbc;
    private final Reports reports;
    private final EvaluationFiles files;
    private final FileStore store;
    private final Access access;
    private final Today today;
    private volatile boolean running = true;

    ReportWorker(JdbcClient jdbc, Reports reports, EvaluationFiles files, FileStore store, Access access, Today today) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.files = files;
        this.store = store;
        this.access = access;
        this.today = today;
    }

    @Scheduled(fixedDelayString = "${naikkelas.reporting.jobs.poll-interval:1s}", initialDelayString = "${naikkelas.reporting.jobs.poll-interval:1s}")
    void poll() {
        while (running) {
            var job = claim();
            if (job.isEmpty()) {
                return;
            }
            build(job.get());
        }
    }

    /** The oldest queued job, now running here; empty when none waits. */
    Optional<Claimed> claim() {
        return jdbc.sql("""
                        UPDATE report_job SET status = 'RUNNING', attempts = attempts + 1, progress = 0, section = NULL, heartbeat_at = :now
                        WHERE id = (SELECT id FROM report_job WHERE status = 'QUEUED' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id, kind, format, year, region_code, program_id, language, requested_by""")
                .param("now", today.now())
                .query((rs, i) -> new Claimed(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
                        ReportFormat.valueOf(rs.getString("format")), rs.getInt("year"), rs.getString("region_code"),
                        rs.getObject("program_id", Long.class), rs.getString("language"), rs.getString("requested_by")))
                .optional();
    }

    /** Builds, renders and keeps the file; a refusal or an error ends the job as failed with its reason. */
    void build(Claimed job) {
        Locale locale = Locale.forLanguageTag(job.language());
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            var file = access.runAs(job.requestedBy(), () -> {
                var report = reports.build(job.kind(), job.year(), job.region(), job.programId(),
                        (section, percent) -> progress(job.id(), section, percent));
                return files.render(report, job.format(), locale);
            });
            progress(job.id(), "store", 95);
            String key = store.put("reports", file.content(), job.format().extension);
            int done = jdbc.sql("""
                            UPDATE report_job SET status = 'DONE', progress = 100, section = NULL, file_key = :key, file_name = :name,
                                heartbeat_at = :now, finished_at = :now
                            WHERE id = :id AND status = 'RUNNING'""")
                    .param("key", key).param("name", file.name()).param("now", today.now()).param("id", job.id()).update();
            if (done == 0) {
                store.delete(key); // the job was given up meanwhile (its heartbeat went stale): keep no orphan file
            }
        } catch (InvalidInput | AccessDeniedException | NotFound e) {
            // what the person may ask for changed since (a role or region taken away, a program gone)
            log.info("report job {} refused: {}", job.id(), e.getMessage());
            fail(job.id(), "report.job.failed.refused");
        } catch (RuntimeException e) {
            log.warn("report job {} failed", job.id(), e);
            fail(job.id(), "report.job.failed.error");
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    /** Records how far the job got; also its heartbeat, which tells the sweep the node is alive. */
    void progress(long id, String section, int percent) {
        jdbc.sql("UPDATE report_job SET progress = :p, section = :s, heartbeat_at = :now WHERE id = :id AND status = 'RUNNING'")
                .param("p", percent).param("s", section).param("now", today.now()).param("id", id).update();
    }

    private void fail(long id, String reason) {
        jdbc.sql("""
                        UPDATE report_job SET status = 'FAILED', failure = :reason, section = NULL, finished_at = :now
                        WHERE id = :id AND status = 'RUNNING'""")
                .param("reason", reason).param("now", today.now()).param("id", id).update();
    }

    @PreDestroy
    void stop() {
        running = false;
    }
}
