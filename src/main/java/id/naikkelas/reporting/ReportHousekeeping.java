package id.naikkelas.reporting;

import id.naikkelas.common.Today;
import id.naikkelas.storage.FileStore;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Keeps report jobs from being stuck or kept forever (ADR 0025). A running job whose heartbeat is older than
 * {@code stale-after} lost its node (stopped, killed): it is queued again to be built elsewhere, or failed with
 * its reason after {@code max-attempts}. Finished jobs and their files are deleted after {@code retention}.
 * Both run on one node at a time (ShedLock), and once at start-up.
 */
@Component
class ReportHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(ReportHousekeeping.class);

    private final JdbcClient jdbc;
    private final FileStore store;
    private final Today today;
    private final Duration staleAfter;
    private final int maxAttempts;
    private final Duration retention;

    ReportHousekeeping(JdbcClient jdbc, FileStore store, Today today,
                       @Value("${naikkelas.reporting.jobs.stale-after:5m}") Duration staleAfter,
                       @Value("${naikkelas.reporting.jobs.max-attempts:2}") int maxAttempts,
                       @Value("${naikkelas.reporting.jobs.retention:7d}") Duration retention) {
        this.jdbc = jdbc;
        this.store = store;
        this.today = today;
        this.staleAfter = staleAfter;
        this.maxAttempts = maxAttempts;
        this.retention = retention;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        sweep(staleAfter);
        purge(retention);
    }

    @Scheduled(fixedDelayString = "${naikkelas.reporting.jobs.sweep-interval:1m}", initialDelayString = "${naikkelas.reporting.jobs.sweep-interval:1m}")
    @SchedulerLock(name = "report-jobs-sweep", lockAtMostFor = "PT5M")
    void scheduledSweep() {
        sweep(staleAfter);
    }

    @Scheduled(cron = "${naikkelas.reporting.jobs.purge-cron:0 15 2 * * *}", zone = "Asia/Jakarta")
    @SchedulerLock(name = "report-files-purge", lockAtMostFor = "PT30M")
    void scheduledPurge() {
        purge(retention);
    }

    /** Running jobs without a heartbeat for {@code stale}: queued again, or failed once tried {@code max-attempts} times. */
    int sweep(Duration stale) {
        int swept = jdbc.sql("""
                        UPDATE report_job SET
                            status = CASE WHEN attempts >= :max THEN 'FAILED' ELSE 'QUEUED' END,
                            failure = CASE WHEN attempts >= :max THEN 'report.job.failed.interrupted' END,
                            finished_at = CASE WHEN attempts >= :max THEN :now END,
                            section = NULL
                        WHERE status = 'RUNNING' AND heartbeat_at < :cutoff""")
                .param("max", maxAttempts).param("now", today.now()).param("cutoff", today.now().minus(stale)).update();
        if (swept > 0) {
            log.info("{} report job(s) whose node stopped were queued again or failed", swept);
        }
        return swept;
    }

    /** Finished jobs older than {@code keep}: their files, then their rows. */
    int purge(Duration keep) {
        var old = jdbc.sql("""
                        DELETE FROM report_job WHERE status IN ('DONE', 'FAILED') AND finished_at < :cutoff
                        RETURNING file_key""")
                .param("cutoff", today.now().minus(keep)).query((rs, i) -> java.util.Optional.ofNullable(rs.getString("file_key"))).list();
        old.forEach(key -> key.ifPresent(store::delete));
        if (!old.isEmpty()) {
            log.info("deleted {} report job(s) finished more than {} ago, with their files", old.size(), keep);
        }
        return old.size();
    }
}
