package id.naikkelas.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;

/**
 * Removes what an import kept of its lines (rejected lines with their cells and reasons, column samples)
 * once the job has been over for {@code naikkelas.imports.retention}; its counts and outcome per line stay.
 * Every node runs it: each statement touches only jobs not purged yet, so two nodes at once do the work once
 * (the second waits on the row locks and then finds nothing left), without a scheduler lock.
 */
@Component
class ImportRetention {

    private static final Logger log = LoggerFactory.getLogger(ImportRetention.class);

    private final JdbcClient jdbc;
    private final ImportSettings settings;

    ImportRetention(JdbcClient jdbc, ImportSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${naikkelas.imports.purge-interval}", initialDelayString = "${naikkelas.imports.purge-interval}")
    void scheduled() {
        purgeOlderThan(settings.retention());
    }

    /** Jobs purged now. Queued and running jobs are never touched, however old: they still need their details. */
    @Transactional
    int purgeOlderThan(Duration retention) {
        var due = jdbc.sql("""
                        UPDATE import_job SET details_purged_at = now(),
                            columns = (SELECT coalesce(jsonb_agg(c || '{"samples": []}'::jsonb ORDER BY n), '[]'::jsonb)
                                       FROM jsonb_array_elements(columns) WITH ORDINALITY AS e(c, n))
                        WHERE details_purged_at IS NULL AND status NOT IN ('QUEUED', 'RUNNING')
                          AND coalesce(finished_at, created_at) < now() - make_interval(secs => ?)
                        RETURNING id""")
                .param(retention.toSeconds())
                .query(Long.class).list();
        if (due.isEmpty()) {
            return 0;
        }
        int lines = jdbc.sql("DELETE FROM import_rejection WHERE job_id = ANY(?)").param(due.toArray(Long[]::new)).update();
        log.info("purged the details of {} import(s) older than {} ({} rejected lines)", due.size(), retention, lines);
        return due.size();
    }
}
