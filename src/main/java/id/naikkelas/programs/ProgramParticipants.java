package id.naikkelas.programs;

import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.registry.PermitValidity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program's participants a page at a time, narrowed by stage, facilitator, overdue visit, missing permit and name
 * (issue 18): the list the bulk actions select from. One query per page, however many rows.
 */
@Service
public class ProgramParticipants {

    /** The most rows a selection of "all matching" takes; a program is far smaller. */
    public static final int MAX_SELECTION = 5000;

    private final JdbcClient jdbc;
    private final Programs programs;
    private final Access access;
    private final Today today;

    ProgramParticipants(JdbcClient jdbc, Programs programs, Access access, Today today) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.access = access;
        this.today = today;
    }

    public record Page(List<Participant> rows, int total, int page, int size) {

        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    /** One page (from 1) of {@code size} rows; the caller must be allowed to see the program. */
    public Page page(long programId, ParticipantFilter filter, int page, int size) {
        int safePage = Math.max(1, page);
        var rows = query(programId, filter, null, size, (long) (safePage - 1) * size);
        int total = rows.isEmpty() ? count(programId, filter) : rows.get(0).getValue();
        return new Page(rows.stream().map(Map.Entry::getKey).toList(), total, safePage, size);
    }

    /** Every participant matching the filter (up to {@link #MAX_SELECTION}), for "select all N matching". */
    public List<Participant> matching(long programId, ParticipantFilter filter) {
        return query(programId, filter, null, MAX_SELECTION, 0).stream().map(Map.Entry::getKey).toList();
    }

    /** The participants with these enrolment ids (others' ids are left out), as they stand now. */
    public List<Participant> ofIds(long programId, java.util.Collection<Long> enrollmentIds) {
        return query(programId, ParticipantFilter.ALL, enrollmentIds.toArray(Long[]::new), MAX_SELECTION, 0).stream().map(Map.Entry::getKey).toList();
    }

    /** The facilitators who hold participants of the program now, for the filter's choices. */
    public Map<Long, String> facilitators(long programId) {
        programs.get(programId);
        var found = new java.util.LinkedHashMap<Long, String>();
        jdbc.sql("""
                        SELECT DISTINCT a.facilitator_id, u.full_name FROM assignment a JOIN enrollment e ON e.id = a.enrollment_id
                        JOIN identity_user u ON u.id = a.facilitator_id WHERE e.program_id = ? AND a.ended_at IS NULL ORDER BY u.full_name""")
                .param(programId).query(rs -> {
                    found.put(rs.getLong(1), rs.getString(2));
                });
        return found;
    }

    private int count(long programId, ParticipantFilter filter) {
        var where = where(programId, filter, null);
        return jdbc.sql("SELECT count(*) FROM enrollment e JOIN registry_business b ON b.id = e.business_id "
                        + "LEFT JOIN assignment a ON a.enrollment_id = e.id AND a.ended_at IS NULL WHERE " + where.getKey())
                .params(where.getValue()).query(Integer.class).single();
    }

    private List<Map.Entry<Participant, Integer>> query(long programId, ParticipantFilter filter, Long[] ids, int limit, long offset) {
        var where = where(programId, filter, ids);
        var params = new HashMap<>(where.getValue());
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                        SELECT e.id, e.business_id, b.name AS business_name, e.region_code, e.status, e.stage_position, s.name AS stage_name,
                               e.version, a.facilitator_id, u.full_name AS facilitator_name, concat_ws(', ', d.name, k.name) AS place,
                               (SELECT min(v.planned_on) FROM visit v WHERE v.enrollment_id = e.id AND v.status = 'PLANNED' AND v.planned_on >= :today) AS next_visit,
                               (SELECT count(*) FROM visit v WHERE v.enrollment_id = e.id AND v.status = 'PLANNED' AND v.planned_on < :today) AS missed,
                               count(*) OVER () AS total
                        FROM enrollment e JOIN registry_business b ON b.id = e.business_id
                        LEFT JOIN program_stage s ON s.program_id = e.program_id AND s.position = e.stage_position
                        LEFT JOIN assignment a ON a.enrollment_id = e.id AND a.ended_at IS NULL
                        LEFT JOIN identity_user u ON u.id = a.facilitator_id
                        LEFT JOIN region d ON d.code = left(b.region_code, 8)
                        LEFT JOIN region k ON k.code = left(b.region_code, 5)
                        WHERE\s""" + where.getKey() + " ORDER BY b.name, e.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> Map.entry(new Participant(rs.getLong("id"), rs.getLong("business_id"), rs.getString("business_name"),
                        rs.getString("place"), rs.getString("region_code"), rs.getString("status"), rs.getObject("stage_position", Integer.class),
                        rs.getString("stage_name"), rs.getObject("facilitator_id", Long.class), rs.getString("facilitator_name"),
                        rs.getObject("next_visit", LocalDate.class), rs.getInt("missed"), rs.getInt("version")), rs.getInt("total")))
                .list();
    }

    /** The filter as SQL over enrolment {@code e}, business {@code b} and open assignment {@code a}; checks who may see. */
    private Map.Entry<String, Map<String, Object>> where(long programId, ParticipantFilter filter, Long[] ids) {
        programs.get(programId);
        var me = access.require();
        var sql = new StringBuilder("e.program_id = :program");
        Map<String, Object> params = new HashMap<>();
        params.put("program", programId);
        params.put("today", today.date());
        if (!Enrollments.seesAllParticipants(me)) {
            // an owner sees their own place in the program only (issue 14)
            sql.append(" AND b.owner_user_id = :me");
            params.put("me", me.id());
        }
        if (filter.stage() != null) {
            sql.append(" AND e.status = 'ENROLLED' AND e.stage_position = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.facilitator() != null) {
            sql.append(filter.facilitator() == 0 ? " AND a.facilitator_id IS NULL AND e.status = 'ENROLLED'" : " AND a.facilitator_id = :facilitator");
            params.put("facilitator", filter.facilitator());
        }
        if (filter.overdue()) {
            sql.append(" AND EXISTS (SELECT 1 FROM visit v WHERE v.enrollment_id = e.id AND v.status = 'PLANNED' AND v.planned_on < :today)");
        }
        if (filter.missingPermit() != null) {
            // an expired permit is one still to get: only a permit valid today counts as held
            sql.append(" AND NOT EXISTS (SELECT 1 FROM registry_permit h WHERE h.business_id = e.business_id AND h.type = :permit AND ")
                    .append(PermitValidity.validOn("h", "today")).append(")");
            params.put("permit", filter.missingPermit().name());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            sql.append(" AND b.name ILIKE :q");
            params.put("q", "%" + filter.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.businessIds() != null) {
            sql.append(" AND e.business_id = ANY(:businesses)");
            params.put("businesses", filter.businessIds().toArray(Long[]::new));
        }
        if (ids != null) {
            sql.append(" AND e.id = ANY(:ids)");
            params.put("ids", ids);
        }
        return Map.entry(sql.toString(), params);
    }
}
