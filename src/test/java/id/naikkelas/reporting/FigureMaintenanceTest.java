package id.naikkelas.reporting;

import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.BusinessMoved;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The maintained figures stay equal to a count from scratch: random changes of the kinds the modules make (a business
 * deactivated or reactivated, a case completed or cancelled, a corrective action closed, a visit done, an enrolment),
 * refreshed incrementally now and then, end where a full rebuild ends; and the funnel agrees with a direct count
 * written independently of the figures' own statements. Seeded, so a failure repeats. Everything is rolled back.
 */
@IntegrationTest
class FigureMaintenanceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportingRefresh refresh;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    record Figure(String district, long programId, String indicator, String dimension, long n, long total) {
    }

    @Test
    void incrementalRefreshEndsWhereAFullRebuildEnds() {
        for (long seed : new long[]{20, 2026}) {
            transactions.executeWithoutResult(status -> {
                refresh.rebuildNow();
                var random = new Random(seed);
                for (int round = 0; round < 25; round++) {
                    change(random);
                    if (random.nextInt(5) == 0) {
                        refresh.refresh(true);
                    }
                }
                refresh.refresh(true);
                var maintained = figures();
                assertDirectCounts();
                refresh.rebuildNow();
                assertThat(maintained).as("seed %d", seed).isEqualTo(figures());
                status.setRollbackOnly();
            });
        }
    }

    @Test
    void aBusinessThatMovesLeavesItsOldDistrict() {
        long id = jdbc.sql("SELECT id FROM business WHERE region_code LIKE '14.72.%' AND merged_into IS NULL AND status <> 'INACTIVE' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        String from = jdbc.sql("SELECT region_code FROM business WHERE id = ?").param(id).query(String.class).single();
        String to = "14.03.01";
        try {
            refresh.rebuildNow();
            long before = registered(from.substring(0, 8));
            transactions.executeWithoutResult(status -> {
                jdbc.sql("UPDATE business SET region_code = ?, updated_at = now() WHERE id = ?").params(to, id).update();
                events.publishEvent(new BusinessMoved(id, from, to));
            });
            // the listener runs after the commit, on its own thread
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                refresh.refresh(true);
                assertThat(registered(from.substring(0, 8))).isEqualTo(before - 1);
            });
        } finally {
            jdbc.sql("UPDATE business SET region_code = ?, updated_at = now() WHERE id = ?").params(from, id).update();
            refresh.rebuildNow();
        }
    }

    private long registered(String district) {
        return jdbc.sql("SELECT coalesce(sum(n), 0) FROM reporting_figure WHERE district = ? AND program_id = 0 AND indicator = 'FUNNEL' AND dimension = 'REGISTERED'")
                .param(district).query(Long.class).single();
    }

    /** One random change of the kind a module makes, written as the module writes it. */
    private void change(Random random) {
        switch (random.nextInt(6)) {
            case 0 -> pick(random, "SELECT id FROM business WHERE merged_into IS NULL ORDER BY id").ifPresent(id ->
                    jdbc.sql("UPDATE business SET status = CASE WHEN status = 'INACTIVE' THEN 'VERIFIED' ELSE 'INACTIVE' END, updated_at = now() WHERE id = ?")
                            .param(id).update());
            case 1, 2 -> pick(random, "SELECT id FROM certification_case WHERE status = 'OPEN' ORDER BY id").ifPresent(id -> {
                String status = random.nextBoolean() ? "COMPLETED" : "CANCELLED";
                jdbc.sql("UPDATE certification_case SET status = ?, closed_at = now() - make_interval(days => ?) WHERE id = ?")
                        .params(status, random.nextInt(3), id).update();
                jdbc.sql("""
                                INSERT INTO case_transition (case_id, from_step, to_step, actor, actor_role)
                                SELECT id, current_step, NULL, 'petugas.dumai', 'OFFICER' FROM certification_case WHERE id = ?""")
                        .param(id).update();
            });
            case 3 -> pick(random, "SELECT id FROM corrective_action WHERE status <> 'CLOSED' ORDER BY id").ifPresent(id ->
                    jdbc.sql("UPDATE corrective_action SET status = 'CLOSED', closed_reason = 'RESOLVED', closed_at = now(), updated_at = now() WHERE id = ?")
                            .param(id).update());
            case 4 -> pick(random, "SELECT id FROM enrollment ORDER BY id").ifPresent(id ->
                    jdbc.sql("""
                                    INSERT INTO visit (enrollment_id, business_id, region_code, planned_on, visited_on, status)
                                    SELECT e.id, e.business_id, e.region_code, current_date, current_date, 'DONE' FROM enrollment e WHERE e.id = ?""")
                            .param(id).update());
            default -> {
                var program = pick(random, "SELECT id FROM program ORDER BY id");
                var business = pick(random, "SELECT id FROM business WHERE merged_into IS NULL ORDER BY id");
                if (program.isPresent() && business.isPresent()) {
                    jdbc.sql("""
                                    INSERT INTO enrollment (program_id, business_id, region_code, status, applied_by)
                                    SELECT ?, b.id, b.region_code, 'ENROLLED', 'manajer.dumai' FROM business b WHERE b.id = ?
                                    ON CONFLICT (program_id, business_id) DO NOTHING""")
                            .params(program.get(), business.get()).update();
                }
            }
        }
    }

    private java.util.Optional<Long> pick(Random random, String sql) {
        List<Long> ids = jdbc.sql(sql).query(Long.class).list();
        return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ids.get(random.nextInt(ids.size())));
    }

    private List<Figure> figures() {
        return jdbc.sql("SELECT district, program_id, indicator, dimension, n, total FROM reporting_figure ORDER BY 1, 2, 3, 4")
                .query(Figure.class).list();
    }

    /** Registered and certified businesses per province, counted straight from the tables. */
    private void assertDirectCounts() {
        var registered = jdbc.sql("""
                        SELECT left(region_code, 2) AS p, count(*) AS n FROM business
                        WHERE merged_into IS NULL AND status <> 'INACTIVE' GROUP BY 1 ORDER BY 1""")
                .query((rs, i) -> rs.getString("p") + "=" + rs.getLong("n")).list();
        var certified = jdbc.sql("""
                        SELECT left(b.region_code, 2) AS p, count(DISTINCT b.id) AS n FROM business b
                        JOIN certification_case c ON c.business_id = b.id AND c.status = 'COMPLETED'
                        WHERE b.merged_into IS NULL AND b.status <> 'INACTIVE' GROUP BY 1 ORDER BY 1""")
                .query((rs, i) -> rs.getString("p") + "=" + rs.getLong("n")).list();
        assertThat(registered).isNotEmpty();
        assertThat(funnel("REGISTERED")).isEqualTo(registered);
        assertThat(funnel("CERTIFIED")).isEqualTo(certified);
    }

    private List<String> funnel(String stage) {
        return jdbc.sql("""
                        SELECT left(district, 2) AS p, sum(n) AS n FROM reporting_figure
                        WHERE program_id = 0 AND indicator = 'FUNNEL' AND dimension = ? GROUP BY 1 ORDER BY 1""")
                .param(stage).query((rs, i) -> rs.getString("p") + "=" + rs.getLong("n")).list();
    }
}
