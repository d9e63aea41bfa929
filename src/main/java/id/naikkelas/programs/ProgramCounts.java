package id.naikkelas.programs;

import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Live counts for the home pages, each one grouped query over indexed columns, limited to the
 * programs the user may see: participants per stage, planned visits past their date, each
 * facilitator's open assignments, and the facilitator's own day.
 */
@Service
public class ProgramCounts {

    private final JdbcClient jdbc;
    private final Access access;
    private final Today today;

    ProgramCounts(JdbcClient jdbc, Access access, Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.today = today;
    }

    public record Stage(int position, String name, long participants) {
    }

    public record ProgramSummary(long programId, String programName, List<Stage> stages, long overdueVisits) {
    }

    public record FacilitatorLoad(long facilitatorId, String name, long open, int capacity) {
        public boolean full() {
            return open >= capacity;
        }
    }

    public record FacilitatorDay(long visitsToday, long followUpsOverdue) {
    }

    /** Running programs with enrolled participants per stage and overdue visits: two queries for any number. */
    public List<ProgramSummary> programs() {
        var scope = ProgramAccess.visible(access.require());
        var params = new HashMap<String, Object>(scope.params());
        params.put("today", today.date());
        var stages = new LinkedHashMap<Long, List<Stage>>();
        var names = new HashMap<Long, String>();
        jdbc.sql("""
                        SELECT p.id, p.name, s.position, s.name AS stage_name, count(e.id) AS n
                        FROM program p JOIN program_stage s ON s.program_id = p.id
                        LEFT JOIN enrollment e ON e.program_id = p.id AND e.stage_position = s.position AND e.status = 'ENROLLED'
                        WHERE p.status <> 'CLOSED' AND\s""" + scope.sql() + """
                         GROUP BY p.id, p.name, s.position, s.name ORDER BY p.name, p.id, s.position LIMIT 500""")
                .params(params)
                .query((rs, i) -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                    return stages.computeIfAbsent(rs.getLong("id"), k -> new ArrayList<>())
                            .add(new Stage(rs.getInt("position"), rs.getString("stage_name"), rs.getLong("n")));
                })
                .list();
        if (stages.isEmpty()) {
            return List.of();
        }
        params.put("ids", stages.keySet().toArray(Long[]::new));
        Map<Long, Long> overdue = new HashMap<>();
        jdbc.sql("""
                        SELECT e.program_id, count(*) AS n FROM enrollment e
                        JOIN visit v ON v.enrollment_id = e.id AND v.status = 'PLANNED' AND v.planned_on < :today
                        WHERE e.status = 'ENROLLED' AND e.program_id = ANY(:ids) GROUP BY e.program_id""")
                .param("today", today.date()).param("ids", params.get("ids"))
                .query((rs, i) -> overdue.put(rs.getLong("program_id"), rs.getLong("n")))
                .list();
        return stages.entrySet().stream()
                .map(s -> new ProgramSummary(s.getKey(), names.get(s.getKey()), s.getValue(), overdue.getOrDefault(s.getKey(), 0L)))
                .toList();
    }

    /** Facilitators with open assignments in the programs the user may see, the busiest first. */
    public List<FacilitatorLoad> facilitatorLoad() {
        var scope = ProgramAccess.visible(access.require());
        return jdbc.sql("""
                        SELECT u.id, u.full_name, count(a.id) AS open, coalesce(fp.capacity, 10) AS capacity
                        FROM assignment a JOIN enrollment e ON e.id = a.enrollment_id JOIN program p ON p.id = e.program_id
                        JOIN identity_user u ON u.id = a.facilitator_id LEFT JOIN facilitator_profile fp ON fp.user_id = u.id
                        WHERE a.ended_at IS NULL AND\s""" + scope.sql() + """
                         GROUP BY u.id, u.full_name, fp.capacity ORDER BY count(a.id) DESC, u.full_name LIMIT 50""")
                .params(scope.params())
                .query((rs, i) -> new FacilitatorLoad(rs.getLong("id"), rs.getString("full_name"), rs.getLong("open"), rs.getInt("capacity")))
                .list();
    }

    /** The signed-in facilitator's participants with a visit planned today, and with a follow-up past due. */
    public FacilitatorDay facilitatorDay() {
        var me = access.require();
        return jdbc.sql("SELECT count(*) FILTER (WHERE " + Worklist.VISIT_TODAY.condition + ") AS today, "
                        + "count(*) FILTER (WHERE " + Worklist.FOLLOW_UP_OVERDUE.condition + ") AS overdue "
                        + "FROM enrollment e JOIN registry_business b ON b.id = e.business_id "
                        + "JOIN assignment a ON a.enrollment_id = e.id AND a.ended_at IS NULL "
                        + "WHERE e.status = 'ENROLLED' AND a.facilitator_id = :me")
                .param("today", today.date()).param("me", me.id())
                .query((rs, i) -> new FacilitatorDay(rs.getLong("today"), rs.getLong("overdue")))
                .single();
    }
}
