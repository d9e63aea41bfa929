package id.naikkelas.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Keeps the figures current (ADR 0018): districts marked by events, plus every district where a published view shows
 * a row changed since the last scan (a watermark on the rows' own timestamps, read five minutes back so a transaction
 * that committed late is still seen), are recomputed in one transaction; the nightly rebuild catches what neither
 * marks (ADR 0024 lists it). An advisory lock lets one node work at a time.
 */
@Service
public class ReportingRefresh {

    private static final Logger log = LoggerFactory.getLogger(ReportingRefresh.class);
    private static final long LOCK = 20_018L;

    /**
     * Districts (left 8 characters of a region code) with a row changed since :since, per published view. Each source
     * is a range scan of an index on its timestamp (V78, V79; ADR 0024): :since is bound as a value, not read in the
     * statement, so the planner sees how recent it is and reads the few rows after it instead of the tables.
     * Public for QueryPlanTest, which explains it at two registry sizes.
     */
    public static final String CHANGED = """
            SELECT DISTINCT left(region_code, 8) FROM (
                SELECT region_code FROM registry_business_activity WHERE updated_at > :since
                UNION ALL SELECT region_code FROM programs_enrollment_status WHERE created_at > :since
                UNION ALL SELECT region_code FROM programs_visit_status WHERE created_at > :since OR visited_on >= CAST(:since AS date)
                UNION ALL SELECT region_code FROM training_participation_change WHERE at > :since
                UNION ALL SELECT region_code FROM assessment_inspection_result WHERE updated_at > :since
                UNION ALL SELECT region_code FROM assessment_action_status WHERE updated_at > :since
                UNION ALL SELECT region_code FROM certification_case_outcome WHERE opened_at > :since
                UNION ALL SELECT region_code FROM certification_case_outcome WHERE closed_at > :since
                UNION ALL SELECT region_code FROM certification_case_step WHERE at > :since
                UNION ALL SELECT b.region_code FROM market_listing_status l JOIN registry_business_activity b ON b.id = l.business_id
                          WHERE l.updated_at > :since
                UNION ALL SELECT b.region_code FROM market_inquiry_status q JOIN registry_business_activity b ON b.id = q.business_id
                          WHERE q.changed_at > :since
                UNION ALL SELECT b.region_code FROM market_order_status o JOIN registry_business_activity b ON b.id = o.business_id
                          WHERE o.changed_at > :since
                UNION ALL SELECT b.region_code FROM market_delivery_status d JOIN registry_business_activity b ON b.id = d.business_id
                          WHERE d.changed_at > :since
            ) changed""";

    private final JdbcClient jdbc;
    private final FigureRefresh figures;
    private final TransactionTemplate transactions;

    ReportingRefresh(JdbcClient jdbc, FigureRefresh figures, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.transactions = transactions;
    }

    /** Marks a district (or any deeper region code) for the next refresh. */
    void mark(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return;
        }
        String district = regionCode.length() > 8 ? regionCode.substring(0, 8) : regionCode;
        jdbc.sql("""
                        INSERT INTO reporting_dirty_district (district, marked_at) VALUES (:d, statement_timestamp())
                        ON CONFLICT (district) DO NOTHING""")
                .param("d", district).update();
    }

    /** Brings the figures up to date; returns how many districts were recomputed (0 when another node is at it). */
    @Scheduled(fixedDelayString = "${naikkelas.reporting.refresh-interval:PT1M}",
            initialDelayString = "${naikkelas.reporting.first-refresh-after:PT20S}")
    public int refresh() {
        return refresh(false);
    }

    /** @param wait wait for another node's refresh to finish instead of leaving the work to it (tests, benchmarks) */
    int refresh(boolean wait) {
        Integer done = transactions.execute(status -> {
            if (wait) {
                jdbc.sql("SELECT pg_advisory_xact_lock(:k)").param("k", LOCK).query().singleRow();
            } else if (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:k)").param("k", LOCK).query(Boolean.class).single())) {
                return 0;
            }
            boolean neverBuilt = jdbc.sql("SELECT rebuilt_at IS NULL FROM reporting_state WHERE id = 1").query(Boolean.class).single();
            if (neverBuilt) {
                rebuildLocked();
                return -1;
            }
            OffsetDateTime since = jdbc.sql("SELECT scanned_to - interval '5 minutes' FROM reporting_state WHERE id = 1")
                    .query(OffsetDateTime.class).single();
            jdbc.sql("""
                            INSERT INTO reporting_dirty_district (district, marked_at)
                            SELECT d, statement_timestamp() FROM (%s) c (d) WHERE d IS NOT NULL
                            ON CONFLICT (district) DO NOTHING""".formatted(CHANGED))
                    .param("since", since).update();
            List<String> dirty = jdbc.sql("SELECT district FROM reporting_dirty_district ORDER BY district").query(String.class).list();
            for (String district : dirty) {
                figures.refresh(district);
            }
            figures.rollUp(dirty);
            jdbc.sql("DELETE FROM reporting_dirty_district WHERE district IN (:ds)").param("ds", dirty.isEmpty() ? List.of("") : dirty).update();
            jdbc.sql("UPDATE reporting_state SET scanned_to = statement_timestamp(), refreshed_at = statement_timestamp() WHERE id = 1").update();
            return dirty.size();
        });
        if (done != null && done > 0) {
            log.debug("reporting figures refreshed for {} districts", done);
        }
        return done == null ? 0 : Math.max(done, 0);
    }

    /** Recomputes every figure; at night, and on the first start. */
    @Scheduled(cron = "${naikkelas.reporting.rebuild-cron:0 30 1 * * *}", zone = "Asia/Jakarta")
    public void rebuild() {
        transactions.executeWithoutResult(status -> {
            if (Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:k)").param("k", LOCK).query(Boolean.class).single())) {
                rebuildLocked();
            }
        });
    }

    /** Rebuilds, waiting for a refresh another node or thread is running (tests, benchmarks). */
    void rebuildNow() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:k)").param("k", LOCK).query().singleRow();
            rebuildLocked();
        });
    }

    private void rebuildLocked() {
        long started = System.nanoTime();
        figures.rebuildAll();
        jdbc.sql("DELETE FROM reporting_dirty_district").update();
        jdbc.sql("""
                UPDATE reporting_state SET scanned_to = statement_timestamp(), rebuilt_at = statement_timestamp(),
                       refreshed_at = statement_timestamp() WHERE id = 1""").update();
        log.info("reporting figures rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
