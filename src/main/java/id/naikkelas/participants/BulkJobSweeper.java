package id.naikkelas.participants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A job runs on the server that queued it; when that server stops (a deploy, a crash), the job would show its
 * progress bar for ever. A queued or running job that has not moved for {@link #SILENT} (a chunk takes seconds)
 * is marked failed with a reason; what its finished chunks did stays done and audited. Previews never applied and
 * finished jobs are deleted after {@code naikkelas.participants.jobs-kept} (the audit trail keeps what was done).
 * Every node may run it: each statement only touches rows still due, so two nodes at once do the work once.
 */
@Component
class BulkJobSweeper {

    static final Duration SILENT = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(BulkJobSweeper.class);

    private final JdbcClient jdbc;
    private final BulkJobs jobs;
    private final Duration kept;

    BulkJobSweeper(JdbcClient jdbc, BulkJobs jobs, @Value("${naikkelas.participants.jobs-kept:90d}") Duration kept) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.kept = kept;
    }

    @Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void scheduled() {
        failAbandoned();
        deleteOld();
    }

    /**
     * Jobs left queued or running by a server that stopped, now failed; returns how many. The database's clock, not
     * the business day's: this is about whether a server is still alive.
     */
    @Transactional
    int failAbandoned() {
        int failed = jdbc.sql("""
                        UPDATE participant_bulk_job SET status = 'FAILED', finished_at = now(), touched_at = now(),
                            failures = failures || CAST(:reason AS jsonb)
                        WHERE status IN ('QUEUED', 'RUNNING') AND touched_at < now() - make_interval(secs => :silent)""")
                .param("silent", SILENT.toSeconds())
                .param("reason", jobs.json(List.of(new BulkJobs.RowView(0, "", false, null, null, "participants.bulk.interrupted", List.of()))))
                .update();
        if (failed > 0) {
            log.warn("{} bulk job(s) stopped with their server, marked failed", failed);
        }
        return failed;
    }

    /** Previews and finished jobs older than the retention, deleted; returns how many. */
    @Transactional
    int deleteOld() {
        return jdbc.sql("""
                        DELETE FROM participant_bulk_job
                        WHERE status IN ('PREVIEWED', 'DONE', 'FAILED') AND created_at < now() - make_interval(secs => ?)""")
                .param(kept.toSeconds()).update();
    }
}
