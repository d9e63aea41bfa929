package id.naikkelas.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Recomputes the rows of {@code reporting_figure} for one district, or for all of them, from the published views
 * (ADR 0018). Each indicator is one statement over the same scope, so a district's figures are replaced as a whole
 * and never half-updated. Market outcomes (ADR 0024) are counted at the selling business's district, verified buyers
 * at their own region. Figures are counted where the business (or case, visit, registration) is recorded:
 * {@code left(region_code, 8)} is its district.
 */
@Component
class FigureRefresh {

    /** Statements of the figures; {@code %1$s} is the scope condition on the column named {@code %2$s}. */
    private static final List<String> FIGURES = List.of(
            // the funnel: how many businesses reached each stage, for all and per program they joined
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n)
            WITH f AS (
                SELECT b.id, left(b.region_code, 8) AS district,
                       EXISTS (SELECT 1 FROM programs_enrollment_status e WHERE e.business_id = b.id
                               AND e.status IN ('ENROLLED', 'GRADUATED', 'CERTIFIED')) AS enrolled,
                       EXISTS (SELECT 1 FROM training_participation t WHERE t.business_id = b.id AND t.attended) AS trained,
                       EXISTS (SELECT 1 FROM assessment_inspection_result i WHERE i.business_id = b.id AND i.status = 'FINISHED') AS inspected,
                       EXISTS (SELECT 1 FROM certification_case_outcome c WHERE c.business_id = b.id AND c.status <> 'CANCELLED') AS filed,
                       EXISTS (SELECT 1 FROM certification_case_outcome c WHERE c.business_id = b.id AND c.status = 'COMPLETED') AS certified,
                       -- selling (ADR 0024): a product in the catalogue and a sale agreed through it (every order starts from one)
                       EXISTS (SELECT 1 FROM market_listing_status l WHERE l.business_id = b.id AND l.published)
                           AND EXISTS (SELECT 1 FROM market_inquiry_status q WHERE q.business_id = b.id AND q.status = 'ACCEPTED') AS selling
                FROM registry_business_activity b
                WHERE b.merged_into IS NULL AND b.status <> 'INACTIVE' AND %1$s
            ), p AS (
                SELECT f.district, 0::bigint AS program_id, f.enrolled, f.trained, f.inspected, f.filed, f.certified, f.selling FROM f
                UNION ALL
                SELECT f.district, e.program_id, e.status IN ('ENROLLED', 'GRADUATED', 'CERTIFIED'), f.trained, f.inspected, f.filed, f.certified,
                       f.selling
                FROM f JOIN programs_enrollment_status e ON e.business_id = f.id AND e.status NOT IN ('DECLINED', 'WITHDRAWN')
            )
            SELECT p.district, p.program_id, 'FUNNEL', s.stage, count(*)
            FROM p CROSS JOIN LATERAL (VALUES ('REGISTERED', true), ('ENROLLED', p.enrolled), ('TRAINED', p.trained),
                                              ('INSPECTED', p.inspected), ('FILED', p.filed), ('CERTIFIED', p.certified),
                                              ('SELLING', p.selling)) s (stage, reached)
            WHERE s.reached
            GROUP BY p.district, p.program_id, s.stage""",
            // permits issued through the platform, per type and month (Jakarta time, the one clock's zone)
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n)
            SELECT left(c.region_code, 8), 0, 'PERMIT_MONTH',
                   c.permit_type || ' ' || to_char(c.closed_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM'), count(*)
            FROM certification_case_outcome c
            WHERE c.status = 'COMPLETED' AND c.closed_at IS NOT NULL AND %1$s
            GROUP BY 1, 4""",
            // working days from opening to permit, per pathway: exact to 60 days, then in steps of 5 (a histogram,
            // so a median over any set of districts is one sum). The day-0 rule of WorkingDays: the start day never
            // counts, so the days between are the difference of the two dates' working-day ordinals
            // (a calendar of 2010-2040: a case opened or closed outside it is left out of this one figure).
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n)
            WITH calendar AS (
                SELECT g.day::date AS day,
                       count(*) FILTER (WHERE extract(isodow FROM g.day) < 6 AND h.date IS NULL) OVER (ORDER BY g.day) AS ordinal
                FROM generate_series(date '2010-01-01', date '2040-12-31', interval '1 day') g (day)
                LEFT JOIN holiday h ON h.date = g.day::date
            ), d AS (
                SELECT left(c.region_code, 8) AS district, c.template_code, closed.ordinal - opened.ordinal AS days
                FROM certification_case_outcome c
                JOIN calendar opened ON opened.day = (c.opened_at AT TIME ZONE 'Asia/Jakarta')::date
                JOIN calendar closed ON closed.day = (c.closed_at AT TIME ZONE 'Asia/Jakarta')::date
                WHERE c.status = 'COMPLETED' AND c.closed_at IS NOT NULL AND %1$s
            )
            SELECT district, 0, 'PERMIT_DAYS', template_code || ' ' || (CASE WHEN days <= 60 THEN days ELSE days - days %% 5 END), count(*)
            FROM d GROUP BY 1, 4""",
            // how long cases waited in each step they left (calendar days), per pathway and step
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n, total)
            WITH s AS (
                SELECT left(t.region_code, 8) AS district, t.template_code, t.from_step,
                       t.at - lag(t.at) OVER (PARTITION BY t.case_id ORDER BY t.id) AS waited
                FROM certification_case_step t WHERE %1$s
            )
            SELECT district, 0, 'STEP_WAIT', template_code || ' ' || from_step, count(*),
                   round(sum(extract(epoch FROM waited)) / 86400)::bigint
            FROM s WHERE from_step IS NOT NULL AND waited IS NOT NULL
            GROUP BY 1, 4""",
            // the latest level of each inspection that no correction replaced
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n)
            SELECT left(i.region_code, 8), 0, 'INSPECTION_LEVEL', coalesce(i.level_code, '-'), count(*)
            FROM assessment_inspection_result i
            WHERE i.status = 'FINISHED' AND NOT i.superseded AND %1$s
            GROUP BY 1, 4""",
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n)
            SELECT left(a.region_code, 8), 0, 'ACTION', CASE WHEN a.status = 'CLOSED' THEN 'CLOSED' ELSE 'OPEN' END, count(*)
            FROM assessment_action_status a WHERE %1$s
            GROUP BY 1, 4""",
            // visits done, and planned ones by the month they are due in (what is due "by now" is summed when read)
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n)
            WITH v AS (
                SELECT left(v.region_code, 8) AS district, v.program_id,
                       CASE WHEN v.status = 'DONE' THEN 'DONE'
                            ELSE 'DUE ' || coalesce(to_char(v.planned_on, 'YYYY-MM'), '-') END AS dimension
                FROM programs_visit_status v WHERE %1$s
            )
            SELECT district, p.program_id, 'VISIT', dimension, count(*)
            FROM v CROSS JOIN LATERAL (VALUES (0::bigint), (v.program_id)) p (program_id)
            GROUP BY 1, 2, 4""",
            // training: confirmed participants, those who attended, and the pre-to-post gain of those with both tests
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n, total)
            WITH t AS (SELECT left(t.region_code, 8) AS district, t.attended, t.pre_score, t.post_score
                       FROM training_participation t WHERE %1$s)
            SELECT district, 0, 'TRAINING', 'REGISTERED', count(*), 0 FROM t GROUP BY 1
            UNION ALL
            SELECT district, 0, 'TRAINING', 'ATTENDED', count(*), 0 FROM t WHERE attended GROUP BY 1
            UNION ALL
            SELECT district, 0, 'TRAINING', 'SCORED', count(*), sum(post_score - pre_score)
            FROM t WHERE pre_score IS NOT NULL AND post_score IS NOT NULL GROUP BY 1""",
            // each facilitator's open assignments (their caseload)
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n)
            WITH a AS (
                SELECT left(b.region_code, 8) AS district, a.program_id, a.facilitator_id
                FROM programs_open_assignment a JOIN registry_business_activity b ON b.id = a.business_id
                WHERE %1$s
            )
            SELECT district, p.program_id, 'FACILITATOR', facilitator_id::text, count(*)
            FROM a CROSS JOIN LATERAL (VALUES (0::bigint), (a.program_id)) p (program_id)
            GROUP BY 1, 2, 4""",
            // market outcomes (ADR 0024), counted at the selling business's district, for all and per program it takes
            // part in: published products, inquiries received / answered / accepted, supply orders by the day their
            // last delivery is due (those still running are summed when read), deliveries sent and received
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n)
            WITH m AS (
                SELECT b.id, left(b.region_code, 8) AS district, 'LISTED' AS dimension
                FROM registry_business_activity b JOIN market_listing_status l ON l.business_id = b.id
                WHERE l.published AND %1$s
                UNION ALL
                SELECT b.id, left(b.region_code, 8), s.dimension
                FROM registry_business_activity b JOIN market_inquiry_status q ON q.business_id = b.id
                CROSS JOIN LATERAL (VALUES ('INQUIRY_RECEIVED', true), ('INQUIRY_ANSWERED', q.status <> 'SENT'),
                                           ('INQUIRY_ACCEPTED', q.status = 'ACCEPTED')) s (dimension, counted)
                WHERE s.counted AND %1$s
                UNION ALL
                SELECT b.id, left(b.region_code, 8), 'ORDER_END ' || to_char(o.ends_on, 'YYYY-MM-DD')
                FROM registry_business_activity b JOIN market_order_status o ON o.business_id = b.id
                WHERE %1$s
                UNION ALL
                SELECT b.id, left(b.region_code, 8), s.dimension
                FROM registry_business_activity b JOIN market_delivery_status d ON d.business_id = b.id
                CROSS JOIN LATERAL (VALUES ('DELIVERY_SENT', d.sent_at IS NOT NULL), ('DELIVERY_RECEIVED', d.received_at IS NOT NULL)) s (dimension, counted)
                WHERE s.counted AND %1$s
            ), p AS (
                SELECT m.district, 0::bigint AS program_id, m.dimension FROM m
                UNION ALL
                SELECT m.district, e.program_id, m.dimension
                FROM m JOIN programs_enrollment_status e ON e.business_id = m.id AND e.status NOT IN ('DECLINED', 'WITHDRAWN')
            )
            SELECT district, program_id, 'MARKET', dimension, count(*) FROM p GROUP BY 1, 2, 4""",
            // verified buyer organisations per type, where they are (a regency: buyers are not tied to a program)
            """
            INSERT INTO reporting_figure (district, program_id, indicator, dimension, n)
            SELECT left(u.region_code, 8), 0, 'BUYER', u.type, count(*)
            FROM market_buyer_status u WHERE u.verified AND %1$s
            GROUP BY 1, 4""");

    /** The region column each statement's scope applies to (its alias). */
    private static final List<String> SCOPED_COLUMN = List.of(
            "b.region_code", "c.region_code", "c.region_code", "t.region_code", "i.region_code", "a.region_code",
            "v.region_code", "t.region_code", "b.region_code", "b.region_code", "u.region_code");

    private final JdbcClient jdbc;

    FigureRefresh(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces every figure (a first start, the nightly check, a benchmark). Call in a transaction. */
    void rebuildAll() {
        jdbc.sql("DELETE FROM reporting_figure").update();
        for (String statement : FIGURES) {
            jdbc.sql(statement.formatted("TRUE")).update();
        }
        jdbc.sql("DELETE FROM reporting_rollup").update();
        jdbc.sql("""
                INSERT INTO reporting_rollup (region, program_id, indicator, dimension, n, total)
                SELECT left(district, 5), program_id, indicator, dimension, sum(n), sum(total) FROM reporting_figure
                WHERE length(district) >= 5 GROUP BY 1, 2, 3, 4""").update();
        jdbc.sql("""
                INSERT INTO reporting_rollup (region, program_id, indicator, dimension, n, total)
                SELECT left(region, 2), program_id, indicator, dimension, sum(n), sum(total) FROM (
                    SELECT region, program_id, indicator, dimension, n, total FROM reporting_rollup
                    UNION ALL
                    SELECT district, program_id, indicator, dimension, n, total FROM reporting_figure WHERE length(district) = 2
                ) r GROUP BY 1, 2, 3, 4""").update();
        rollUpCountry();
    }

    /**
     * Sums the figures of the regencies and provinces above the given districts again, from the level below each:
     * a regency from its districts, a province from its regencies, the country from its provinces. Call in a transaction.
     */
    void rollUp(java.util.Collection<String> districts) {
        var regencies = new java.util.TreeSet<String>();
        var provinces = new java.util.TreeSet<String>();
        for (String district : districts) {
            if (district.length() >= 5) {
                regencies.add(district.substring(0, 5));
            }
            provinces.add(district.substring(0, 2));
        }
        for (String regency : regencies) {
            jdbc.sql("DELETE FROM reporting_rollup WHERE region = :r").param("r", regency).update();
            jdbc.sql("""
                            INSERT INTO reporting_rollup (region, program_id, indicator, dimension, n, total)
                            SELECT :r, program_id, indicator, dimension, sum(n), sum(total) FROM reporting_figure
                            WHERE district = :r OR district LIKE :rp GROUP BY 2, 3, 4""")
                    .params(Map.of("r", regency, "rp", regency + ".%")).update();
        }
        for (String province : provinces) {
            jdbc.sql("DELETE FROM reporting_rollup WHERE region = :r").param("r", province).update();
            jdbc.sql("""
                            INSERT INTO reporting_rollup (region, program_id, indicator, dimension, n, total)
                            SELECT :r, program_id, indicator, dimension, sum(n), sum(total) FROM (
                                SELECT program_id, indicator, dimension, n, total FROM reporting_rollup WHERE region LIKE :rp
                                UNION ALL
                                SELECT program_id, indicator, dimension, n, total FROM reporting_figure WHERE district = :r
                            ) r GROUP BY 2, 3, 4""")
                    .params(Map.of("r", province, "rp", province + ".%")).update();
        }
        if (!provinces.isEmpty()) {
            rollUpCountry();
        }
    }

    private void rollUpCountry() {
        jdbc.sql("DELETE FROM reporting_rollup WHERE region = ''").update();
        jdbc.sql("""
                INSERT INTO reporting_rollup (region, program_id, indicator, dimension, n, total)
                SELECT '', program_id, indicator, dimension, sum(n), sum(total) FROM reporting_rollup
                WHERE length(region) = 2 GROUP BY 2, 3, 4""").update();
    }

    /**
     * Replaces the figures of one district key: a district's code, or a regency's or province's for what is
     * recorded no deeper. Call in a transaction.
     */
    void refresh(String district) {
        jdbc.sql("DELETE FROM reporting_figure WHERE district = :d").param("d", district).update();
        boolean deepest = district.length() >= 8;
        for (int i = 0; i < FIGURES.size(); i++) {
            String column = SCOPED_COLUMN.get(i);
            // a district's records: its own code and every village below it (a C-collation range scan);
            // a shorter key holds only what was recorded at exactly that code
            String scope = deepest ? "(" + column + " = :d OR " + column + " LIKE :dp)" : column + " = :d";
            jdbc.sql(FIGURES.get(i).formatted(scope)).params(Map.of("d", district, "dp", district + ".%")).update();
        }
    }
}
