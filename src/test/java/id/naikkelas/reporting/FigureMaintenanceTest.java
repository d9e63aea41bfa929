package id.naikkelas.reporting;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.market.BuyerChanged;
import id.naikkelas.programs.EnrollmentsChanged;
import id.naikkelas.programs.ParticipantChanges;
import id.naikkelas.registry.BusinessMoved;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The maintained figures stay equal to a count from scratch: random changes of the kinds the modules make (a business
 * deactivated or reactivated, a case completed or cancelled, a corrective action closed, a visit done, an enrolment
 * made or its status changed; in the market a product published or withdrawn, an inquiry sent or answered, a supply
 * order made, a delivery sent or received, a buyer verified or its verification withdrawn), refreshed incrementally
 * now and then, end where a full rebuild ends; and the funnel and the market outcomes agree with a direct count
 * written independently of the figures' own statements. Seeded, so a failure repeats. Everything is rolled back.
 * Changes that leave no timestamp are told by their module's event; inside the rolled-back transaction no event is
 * delivered, so the test hands it to the reporting listener itself (and {@link #anEnrolmentOutcomeReachesTheFiguresAtTheNextRefresh}
 * shows the real delivery).
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
    @Autowired
    ReportingEvents listener;
    @Autowired
    ParticipantChanges participants;

    record Figure(String district, long programId, String indicator, String dimension, long n, long total) {
    }

    @Test
    void incrementalRefreshEndsWhereAFullRebuildEnds() {
        for (long seed : new long[]{20, 2026}) {
            transactions.executeWithoutResult(status -> {
                refresh.rebuildNow();
                var random = new Random(seed);
                for (int round = 0; round < 60; round++) {
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

    @Test
    void anEnrolmentOutcomeReachesTheFiguresAtTheNextRefresh() {
        var enrolment = jdbc.sql("""
                        SELECT e.id, e.program_id, left(e.region_code, 8) AS district, e.version FROM enrollment e JOIN program p ON p.id = e.program_id
                        JOIN app_user u ON u.agency_id = p.agency_id AND u.username = 'manajer.dumai'
                        JOIN business b ON b.id = e.business_id AND b.merged_into IS NULL AND b.status <> 'INACTIVE'
                        WHERE e.status = 'ENROLLED' AND length(e.region_code) >= 8 ORDER BY e.id LIMIT 1""")
                .query((rs, i) -> new Object[]{rs.getLong("id"), rs.getLong("program_id"), rs.getString("district"), rs.getInt("version")}).single();
        long id = (Long) enrolment[0];
        long program = (Long) enrolment[1];
        String district = (String) enrolment[2];
        try {
            refresh.rebuildNow();
            long before = enrolled(district, program);
            var outcomes = AsUser.call("manajer.dumai", () -> participants.outcome(program,
                    List.of(new ParticipantChanges.Selected(id, (Integer) enrolment[3])), "WITHDRAWN", "pindah usaha", true));
            assertThat(outcomes).allMatch(ParticipantChanges.RowOutcome::ok);
            // no row timestamp changed: only the programs module's event can mark the district before the night
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                refresh.refresh(true);
                assertThat(enrolled(district, program)).isEqualTo(before - 1);
            });
        } finally {
            jdbc.sql("UPDATE enrollment SET status = 'ENROLLED', reason = NULL WHERE id = ?").param(id).update();
            jdbc.sql("UPDATE assignment SET ended_at = NULL, ended_reason = NULL WHERE enrollment_id = ? AND ended_reason = 'WITHDRAWN'").param(id).update();
            refresh.rebuildNow();
        }
    }

    private long enrolled(String district, long program) {
        return jdbc.sql("""
                        SELECT coalesce(sum(n), 0) FROM reporting_figure
                        WHERE district = ? AND program_id = ? AND indicator = 'FUNNEL' AND dimension = 'ENROLLED'""")
                .params(district, program).query(Long.class).single();
    }

    private long registered(String district) {
        return jdbc.sql("SELECT coalesce(sum(n), 0) FROM reporting_figure WHERE district = ? AND program_id = 0 AND indicator = 'FUNNEL' AND dimension = 'REGISTERED'")
                .param(district).query(Long.class).single();
    }

    /** One random change of the kind a module makes, written as the module writes it. */
    private void change(Random random) {
        switch (random.nextInt(15)) {
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
            case 6 -> pick(random, "SELECT id FROM enrollment WHERE status IN ('APPLIED', 'ENROLLED') ORDER BY id").ifPresent(id -> {
                String status = List.of("ENROLLED", "WITHDRAWN", "GRADUATED", "DECLINED").get(random.nextInt(4));
                jdbc.sql("UPDATE enrollment SET status = ?, version = version + 1 WHERE id = ?").params(status, id).update();
                long program = jdbc.sql("SELECT program_id FROM enrollment WHERE id = ?").param(id).query(Long.class).single();
                listener().on(new EnrollmentsChanged(program, List.of(id)));
            });
            case 7 -> pick(random, "SELECT p.id FROM product p ORDER BY p.id").ifPresent(id ->
                    jdbc.sql("""
                                    INSERT INTO catalogue_listing (product_id, business_id, region_code, published, published_at, price_min, updated_at)
                                    SELECT p.id, p.business_id, p.region_code, true, now(), 10000, now() FROM product p WHERE p.id = ?
                                    ON CONFLICT (product_id) DO UPDATE SET published = NOT catalogue_listing.published, updated_at = now()""")
                            .param(id).update());
            case 8 -> pick(random, "SELECT product_id FROM catalogue_listing WHERE published ORDER BY product_id").ifPresent(id ->
                    jdbc.sql("""
                                    INSERT INTO market_inquiry (buyer_user_id, product_id, business_id, quantity, deliver_on, place, sent_at)
                                    SELECT (SELECT min(user_id) FROM market_buyer), l.product_id, l.business_id, 10, current_date + 7, 'Dumai', now()
                                    FROM catalogue_listing l WHERE l.product_id = ? AND EXISTS (SELECT 1 FROM market_buyer)""")
                            .param(id).update());
            case 9 -> pick(random, "SELECT id FROM market_inquiry WHERE status = 'SENT' ORDER BY id").ifPresent(id ->
                    jdbc.sql("UPDATE market_inquiry SET status = ?, answered_at = now(), version = version + 1 WHERE id = ?")
                            .params(random.nextBoolean() ? "ACCEPTED" : "DECLINED", id).update());
            case 10 -> pick(random, """
                    SELECT i.id FROM market_inquiry i WHERE i.status = 'ACCEPTED'
                    AND NOT EXISTS (SELECT 1 FROM market_order o WHERE o.inquiry_id = i.id) ORDER BY i.id""").ifPresent(id -> {
                // a running order or one that already ended, so "running" has both sides
                int endsIn = random.nextBoolean() ? 21 : -1;
                long order = jdbc.sql("""
                                INSERT INTO market_order (inquiry_id, buyer_user_id, business_id, product_id, quantity, weekday, place, starts_on, ends_on,
                                                          created_at, changed_at)
                                SELECT i.id, i.buyer_user_id, i.business_id, i.product_id, i.quantity, extract(isodow FROM current_date - 14),
                                       i.place, current_date - 14, current_date + ?, now(), now()
                                FROM market_inquiry i WHERE i.id = ? RETURNING id""")
                        .params(endsIn, id).query(Long.class).single();
                jdbc.sql("INSERT INTO market_delivery (order_id, due_on, quantity, place) SELECT o.id, current_date - 14 + 7 * w, o.quantity, o.place"
                        + " FROM market_order o CROSS JOIN generate_series(0, 2) w WHERE o.id = ?")
                        .param(order).update();
            });
            case 11 -> pick(random, "SELECT id FROM market_delivery WHERE sent_at IS NULL ORDER BY id").ifPresent(id ->
                    jdbc.sql("UPDATE market_delivery SET sent_at = now(), version = version + 1 WHERE id = ?").param(id).update());
            case 12 -> pick(random, "SELECT id FROM market_delivery WHERE sent_at IS NOT NULL AND received_at IS NULL ORDER BY id").ifPresent(id ->
                    jdbc.sql("UPDATE market_delivery SET received_at = now(), version = version + 1 WHERE id = ?").param(id).update());
            // a running order cancelled: it stops counting as running from today
            case 14 -> pick(random, "SELECT id FROM market_order WHERE status = 'ACTIVE' AND ends_on >= current_date ORDER BY id").ifPresent(id ->
                    jdbc.sql("""
                            UPDATE market_order SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = 'BUYER', cancel_reason = 'uji',
                                   changed_at = now(), version = version + 1 WHERE id = ?""").param(id).update());
            case 13 -> pick(random, "SELECT user_id FROM market_buyer ORDER BY user_id").ifPresent(id -> {
                jdbc.sql("""
                                UPDATE market_buyer SET verified_at = CASE WHEN verified_at IS NULL THEN now() END,
                                       verified_by = CASE WHEN verified_at IS NULL THEN 'petugas.lampung' END, version = version + 1
                                WHERE user_id = ?""").param(id).update();
                String region = jdbc.sql("SELECT region_code FROM market_buyer WHERE user_id = ?").param(id).query(String.class).single();
                listener().on(new BuyerChanged(id, region, region));
            });
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

    /** The listener itself, called in the test's transaction (through its proxy it would run later, on another thread). */
    private ReportingEvents listener() {
        return AopTestUtils.getUltimateTargetObject(listener);
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

        var selling = jdbc.sql("""
                        SELECT left(b.region_code, 2) AS p, count(*) AS n FROM business b
                        WHERE b.merged_into IS NULL AND b.status <> 'INACTIVE'
                          AND b.id IN (SELECT business_id FROM catalogue_listing WHERE published)
                          AND b.id IN (SELECT business_id FROM market_inquiry WHERE status = 'ACCEPTED')
                        GROUP BY 1 ORDER BY 1""")
                .query((rs, i) -> rs.getString("p") + "=" + rs.getLong("n")).list();
        assertThat(funnel("SELLING")).isEqualTo(selling);
        assertThat(market("LISTED")).isEqualTo(perProvince("SELECT b.region_code FROM catalogue_listing l JOIN business b ON b.id = l.business_id WHERE l.published"));
        assertThat(market("INQUIRY_RECEIVED")).isEqualTo(perProvince("SELECT b.region_code FROM market_inquiry i JOIN business b ON b.id = i.business_id"));
        assertThat(market("INQUIRY_ANSWERED")).isEqualTo(perProvince(
                "SELECT b.region_code FROM market_inquiry i JOIN business b ON b.id = i.business_id WHERE i.answered_at IS NOT NULL"));
        assertThat(market("INQUIRY_ACCEPTED")).isEqualTo(perProvince(
                "SELECT b.region_code FROM market_inquiry i JOIN business b ON b.id = i.business_id WHERE i.status = 'ACCEPTED'"));
        String in3Weeks = jdbc.sql("SELECT to_char(current_date + 21, 'YYYY-MM-DD')").query(String.class).single();
        assertThat(market("INQUIRY_RECEIVED")).as("the random changes reached the market").isNotEmpty();
        assertThat(market("ORDER_END " + in3Weeks)).isEqualTo(perProvince(
                "SELECT b.region_code FROM market_order o JOIN business b ON b.id = o.business_id WHERE o.ends_on = current_date + 21"
                + " AND o.status = 'ACTIVE'"));
        // the test's cancellations happen today in WIB, so each ran until yesterday
        String yesterday = jdbc.sql("SELECT to_char((now() AT TIME ZONE 'Asia/Jakarta')::date - 1, 'YYYY-MM-DD')").query(String.class).single();
        assertThat(market("ORDER_END " + yesterday)).as("a cancelled order ran until the day before").isEqualTo(perProvince(
                "SELECT b.region_code FROM market_order o JOIN business b ON b.id = o.business_id"
                + " WHERE o.status = 'CANCELLED' OR to_char(o.ends_on, 'YYYY-MM-DD') = '" + yesterday + "'"));
        assertThat(market("DELIVERY_SENT")).isEqualTo(perProvince(
                "SELECT b.region_code FROM market_delivery d JOIN market_order o ON o.id = d.order_id JOIN business b ON b.id = o.business_id WHERE d.sent_at IS NOT NULL"));
        assertThat(market("DELIVERY_RECEIVED")).isEqualTo(perProvince(
                "SELECT b.region_code FROM market_delivery d JOIN market_order o ON o.id = d.order_id JOIN business b ON b.id = o.business_id WHERE d.received_at IS NOT NULL"));
        var buyers = perProvince("SELECT region_code FROM market_buyer WHERE verified_at IS NOT NULL");
        assertThat(jdbc.sql("""
                        SELECT left(district, 2) AS p, sum(n) AS n FROM reporting_figure
                        WHERE program_id = 0 AND indicator = 'BUYER' GROUP BY 1 ORDER BY 1""")
                .query((rs, i) -> rs.getString("p") + "=" + rs.getLong("n")).list()).isEqualTo(buyers);
    }

    /** How many rows a query of region codes gives per province. */
    private List<String> perProvince(String regionCodes) {
        return jdbc.sql("SELECT left(region_code, 2) AS p, count(*) AS n FROM (" + regionCodes + ") r (region_code) GROUP BY 1 ORDER BY 1")
                .query((rs, i) -> rs.getString("p") + "=" + rs.getLong("n")).list();
    }

    private List<String> market(String dimension) {
        return jdbc.sql("""
                        SELECT left(district, 2) AS p, sum(n) AS n FROM reporting_figure
                        WHERE program_id = 0 AND indicator = 'MARKET' AND dimension = ? GROUP BY 1 ORDER BY 1""")
                .param(dimension).query((rs, i) -> rs.getString("p") + "=" + rs.getLong("n")).list();
    }

    private List<String> funnel(String stage) {
        return jdbc.sql("""
                        SELECT left(district, 2) AS p, sum(n) AS n FROM reporting_figure
                        WHERE program_id = 0 AND indicator = 'FUNNEL' AND dimension = ? GROUP BY 1 ORDER BY 1""")
                .param(stage).query((rs, i) -> rs.getString("p") + "=" + rs.getLong("n")).list();
    }
}
