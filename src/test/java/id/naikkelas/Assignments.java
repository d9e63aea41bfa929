package id.naikkelas;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes a facilitator work on a business, as a program manager's assignment does: facilitators reach only the
 * businesses they are assigned to (issue 14), so tests that have one inspect or act for an owner assign them first.
 * Straight into the tables, in the demo program of Palangka Raya, without the program's caps and eligibility.
 */
public final class Assignments {

    private Assignments() {
    }

    public static void assign(JdbcClient jdbc, String facilitator, long businessId) {
        jdbc.sql("""
                        WITH p AS (SELECT id FROM program WHERE name = 'UMKM Berdikari' ORDER BY id LIMIT 1),
                        e AS (INSERT INTO enrollment (program_id, business_id, region_code, status, applied_by)
                              SELECT p.id, b.id, b.region_code, 'ENROLLED', 'uji' FROM p, business b WHERE b.id = :business
                              ON CONFLICT (program_id, business_id) DO UPDATE SET status = 'ENROLLED' RETURNING id)
                        INSERT INTO assignment (enrollment_id, facilitator_id, assigned_by)
                        SELECT e.id, u.id, 'uji' FROM e, app_user u WHERE u.username = :facilitator""")
                .param("business", businessId).param("facilitator", facilitator).update();
    }

    /** Ends the facilitator's assignments on the business. */
    public static void unassign(JdbcClient jdbc, String facilitator, long businessId) {
        jdbc.sql("""
                        UPDATE assignment SET ended_at = now(), ended_reason = 'uji'
                        WHERE ended_at IS NULL AND facilitator_id = (SELECT id FROM app_user WHERE username = :facilitator)
                          AND enrollment_id IN (SELECT id FROM enrollment WHERE business_id = :business)""")
                .param("business", businessId).param("facilitator", facilitator).update();
    }
}
