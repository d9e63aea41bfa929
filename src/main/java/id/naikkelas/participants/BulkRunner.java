package id.naikkelas.participants;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.programs.ParticipantChanges.Selected;
import id.naikkelas.programs.Programs;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs queued bulk jobs on two background threads, as the person who applied them. A job is claimed with one
 * conditional update, so it runs once however many nodes or clicks ask. Per-row actions go in chunks, each chunk one
 * transaction that also moves the progress on; all-or-nothing actions go in one transaction that writes nothing when
 * any row is refused (ADR 0014).
 */
@Component
public class BulkRunner {

    static final int CHUNK = 25;

    private static final Logger log = LoggerFactory.getLogger(BulkRunner.class);

    private final ExecutorService threads = Executors.newFixedThreadPool(2, work -> {
        var thread = new Thread(work, "bulk-job");
        thread.setDaemon(true);
        return thread;
    });
    private final JdbcClient jdbc;
    private final BulkJobs jobs;
    private final Programs programs;
    private final Access access;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Today today;

    BulkRunner(JdbcClient jdbc, BulkJobs jobs, Programs programs, Access access, AuditTrail audit, PlatformTransactionManager transactions,
               Today today) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.programs = programs;
        this.access = access;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.today = today;
    }

    void start(long jobId, String username) {
        threads.submit(() -> {
            try {
                access.runAs(username, () -> {
                    run(jobId);
                    return null;
                });
            } catch (RuntimeException e) {
                log.error("bulk job {} failed", jobId, e);
                finish(jobId, "FAILED", List.of(new BulkJobs.RowView(0, "", false, null, null, "participants.bulk.error", List.of())));
            }
        });
    }

    private void run(long jobId) {
        if (jdbc.sql("UPDATE participant_bulk_job SET status = 'RUNNING', touched_at = now() WHERE id = ? AND status = 'QUEUED'").param(jobId).update() == 0) {
            return;
        }
        var job = jobs.queued(jobId);
        var program = programs.get(job.programId());
        try {
            if (job.action().allOrNothing(job.request())) {
                runWhole(jobId, job, program);
            } else {
                runInChunks(jobId, job, program);
            }
        } catch (InvalidInput e) {
            // the inputs no longer hold (e.g. a visit date that has passed while the job waited)
            var v = e.violations().get(0);
            finish(jobId, "FAILED", List.of(new BulkJobs.RowView(0, "", false, null, null, v.code(), v.args())));
        }
    }

    /** Refused rows are kept to show; nothing of the selection is written unless every row goes ahead. */
    private static final class Refused extends RuntimeException {
        final List<BulkJobs.RowView> rows;

        Refused(List<BulkJobs.RowView> rows) {
            super(null, null, false, false);
            this.rows = rows;
        }
    }

    private void runWhole(long jobId, BulkJobs.Queued job, id.naikkelas.programs.ProgramView program) {
        try {
            tx.executeWithoutResult(status -> {
                var rows = jobs.run(program, job.request(), job.selected(), true);
                var refused = rows.stream().filter(r -> !r.ok()).toList();
                if (!refused.isEmpty()) {
                    throw new Refused(refused);
                }
                progress(jobId, rows, true);
                auditJob(jobId, job, rows.stream().map(BulkJobs.RowView::enrollmentId).toList(), List.of());
            });
        } catch (Refused e) {
            finish(jobId, "FAILED", e.rows);
        }
    }

    private void runInChunks(long jobId, BulkJobs.Queued job, id.naikkelas.programs.ProgramView program) {
        var selected = job.selected();
        var ok = new ArrayList<Long>();
        var failed = new ArrayList<Long>();
        for (int from = 0; from < selected.size(); from += CHUNK) {
            List<Selected> chunk = selected.subList(from, Math.min(selected.size(), from + CHUNK));
            boolean last = from + CHUNK >= selected.size();
            tx.executeWithoutResult(status -> {
                var rows = jobs.run(program, job.request(), chunk, true);
                rows.forEach(r -> (r.ok() ? ok : failed).add(r.enrollmentId()));
                progress(jobId, rows, last);
                if (last) {
                    auditJob(jobId, job, ok, failed);
                }
            });
        }
    }

    /** Moves the job on by the rows just done, in the transaction that did them. */
    private void progress(long jobId, List<BulkJobs.RowView> rows, boolean last) {
        var refused = rows.stream().filter(r -> !r.ok()).toList();
        jdbc.sql("""
                        UPDATE participant_bulk_job SET done = done + :done, succeeded = succeeded + :ok, touched_at = now(),
                            failures = failures || CAST(:failures AS jsonb),
                            status = CASE WHEN :last THEN 'DONE' ELSE status END, finished_at = CASE WHEN :last THEN :now END
                        WHERE id = :id""")
                .param("done", rows.size()).param("ok", rows.size() - refused.size()).param("failures", jobs.json(refused))
                .param("last", last).param("now", today.now()).param("id", jobId).update();
    }

    private void finish(long jobId, String status, List<BulkJobs.RowView> failures) {
        jdbc.sql("""
                        UPDATE participant_bulk_job SET status = :status, failures = CAST(:failures AS jsonb), finished_at = :now
                        WHERE id = :id""")
                .param("status", status).param("failures", jobs.json(failures)).param("now", today.now()).param("id", jobId).update();
    }

    /** The bulk action as one record of the audit trail, listing the rows it changed and those it could not. */
    private void auditJob(long jobId, BulkJobs.Queued job, List<Long> ok, List<Long> failed) {
        audit.action("participant_bulk_job", jobId, job.action().name(), job.regionCode(), Map.of(),
                Map.of("program", job.programId(), "rows", ok, "refused", failed));
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }
}
