package id.naikkelas.reporting;

import id.naikkelas.common.IndonesiaZone;
import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the participants of some programs did in one year, and what each partner organisation of those programs gave:
 * read from the owners' published views (ADR 0013) when a report is built. Unlike the dashboards (ADR 0018) these are
 * counted live: the maintained figures hold no partner nor program-level permits, and a report is built in the
 * background (ADR 0025), bounded by the programs' participants rather than the registry.
 */
@Repository
class ProgramActivity {

    /** Enrolments that count as taking part (applied, declined and withdrawn ones do not). */
    private static final String TAKING_PART = "e.status NOT IN ('APPLIED', 'DECLINED', 'WITHDRAWN')";

    /**
     * One year's work in the programs.
     *
     * @param trainingsHeld     the programs' trainings whose last session ended in the year (and has ended)
     * @param trainingAttended  participants of those trainings who attended
     * @param inspections       finished inspections of the participants' businesses, the latest of each (no correction replaced it)
     * @param permits           permits issued to the participants' businesses, per type
     */
    record Year(int year, long enrolled, long visitsDone, long trainingsHeld, long trainingAttended, long inspections,
                Map<String, Long> permits) {

        long permitsTotal() {
            return permits.values().stream().mapToLong(Long::longValue).sum();
        }

        static Year none(int year) {
            return new Year(year, 0, 0, 0, 0, 0, Map.of());
        }
    }

    /**
     * One partner organisation of the programs (an MoU with at least one of them) and what it gave in the year.
     *
     * @param members       its enabled accounts (students, lecturers, staff)
     * @param participants  businesses its members facilitate now in these programs
     * @param visitsDone    visits its members made in the year
     * @param trainingsHeld the programs' trainings it co-organised that ended in the year
     * @param permits       permits issued in the year to the businesses its members facilitate
     */
    record Partner(long agencyId, String name, long members, long participants, long visitsDone, long trainingsHeld, long permits) {
    }

    private final JdbcClient jdbc;
    private final Today today;

    ProgramActivity(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    Year year(Collection<Long> programIds, int year) {
        if (programIds.isEmpty()) {
            return Year.none(year);
        }
        var params = params(programIds, year);
        var counts = jdbc.sql("""
                        WITH b AS (SELECT DISTINCT e.business_id FROM programs_enrollment_status e
                                   WHERE e.program_id = ANY(:programs) AND %1$s),
                             t AS (SELECT t.id FROM training_program_event t
                                   WHERE t.program_id = ANY(:programs) AND t.status <> 'CANCELLED'
                                     AND t.ends_at >= :from AND t.ends_at < least(:to, :now))
                        SELECT (SELECT count(*) FROM programs_enrollment_status e WHERE e.program_id = ANY(:programs) AND %1$s
                                  AND e.created_at >= :from AND e.created_at < :to) AS enrolled,
                               (SELECT count(*) FROM programs_visit_status v WHERE v.program_id = ANY(:programs) AND v.status = 'DONE'
                                  AND v.visited_on >= :firstDay AND v.visited_on < :nextFirstDay) AS visits,
                               (SELECT count(*) FROM t) AS trainings,
                               (SELECT count(*) FROM training_participation r WHERE r.event_id IN (SELECT id FROM t) AND r.attended) AS attended,
                               (SELECT count(*) FROM assessment_inspection_result i WHERE i.business_id IN (SELECT business_id FROM b)
                                  AND i.status = 'FINISHED' AND NOT i.superseded AND i.updated_at >= :from AND i.updated_at < :to) AS inspections
                        """.formatted(TAKING_PART))
                .params(params)
                .query((rs, i) -> new long[] {rs.getLong("enrolled"), rs.getLong("visits"), rs.getLong("trainings"),
                        rs.getLong("attended"), rs.getLong("inspections")})
                .single();
        var permits = new TreeMap<String, Long>();
        jdbc.sql("""
                        SELECT c.permit_type, count(*) AS n FROM certification_case_outcome c
                        WHERE c.status = 'COMPLETED' AND c.closed_at >= :from AND c.closed_at < :to
                          AND c.business_id IN (SELECT e.business_id FROM programs_enrollment_status e
                                                WHERE e.program_id = ANY(:programs) AND %s)
                        GROUP BY 1""".formatted(TAKING_PART))
                .params(params)
                .query((rs, i) -> permits.put(rs.getString("permit_type"), rs.getLong("n"))).list();
        return new Year(year, counts[0], counts[1], counts[2], counts[3], counts[4], permits);
    }

    /** Every partner organisation of the programs, by name: one statement. */
    List<Partner> partners(Collection<Long> programIds, int year) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        WITH pp AS (SELECT DISTINCT agency_id FROM programs_partner WHERE program_id = ANY(:programs)),
                             member AS (SELECT u.id, lower(u.username) AS username, u.agency_id, u.enabled FROM identity_user u
                                        WHERE u.agency_id IN (SELECT agency_id FROM pp)),
                             facilitated AS (SELECT DISTINCT oa.business_id, m.agency_id FROM programs_open_assignment oa
                                             JOIN member m ON m.id = oa.facilitator_id WHERE oa.program_id = ANY(:programs))
                        SELECT a.id, a.name,
                               (SELECT count(*) FROM member m WHERE m.agency_id = a.id AND m.enabled) AS members,
                               (SELECT count(*) FROM facilitated f WHERE f.agency_id = a.id) AS participants,
                               (SELECT count(*) FROM programs_visit_by v JOIN member m ON m.username = lower(v.facilitator_username)
                                WHERE m.agency_id = a.id AND v.program_id = ANY(:programs) AND v.status = 'DONE'
                                  AND v.visited_on >= :firstDay AND v.visited_on < :nextFirstDay) AS visits,
                               (SELECT count(*) FROM training_program_event t
                                WHERE a.id = ANY(t.partner_agency_ids) AND t.program_id = ANY(:programs) AND t.status <> 'CANCELLED'
                                  AND t.ends_at >= :from AND t.ends_at < least(:to, :now)) AS trainings,
                               (SELECT count(*) FROM certification_case_outcome c
                                WHERE c.business_id IN (SELECT f.business_id FROM facilitated f WHERE f.agency_id = a.id)
                                  AND c.status = 'COMPLETED' AND c.closed_at >= :from AND c.closed_at < :to) AS permits
                        FROM identity_agency a WHERE a.id IN (SELECT agency_id FROM pp)
                        ORDER BY a.name, a.id""")
                .params(params(programIds, year))
                .query((rs, i) -> new Partner(rs.getLong("id"), rs.getString("name"), rs.getLong("members"), rs.getLong("participants"),
                        rs.getLong("visits"), rs.getLong("trainings"), rs.getLong("permits")))
                .list();
    }

    /** The programs and the year's bounds: dates for visit days, moments (Jakarta's midnight) for the rest. */
    private Map<String, Object> params(Collection<Long> programIds, int year) {
        var params = new HashMap<String, Object>();
        params.put("programs", programIds.toArray(Long[]::new));
        LocalDate first = LocalDate.of(year, 1, 1);
        params.put("firstDay", first);
        params.put("nextFirstDay", first.plusYears(1));
        params.put("from", OffsetDateTime.of(first.atStartOfDay(), IndonesiaZone.WIB.zone().getRules().getOffset(first.atStartOfDay())));
        params.put("to", OffsetDateTime.of(first.plusYears(1).atStartOfDay(),
                IndonesiaZone.WIB.zone().getRules().getOffset(first.plusYears(1).atStartOfDay())));
        params.put("now", today.now());
        return params;
    }
}
