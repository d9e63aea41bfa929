package id.naikkelas.feedback;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.certification.WorkingDays;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public complaints: filed without an account, assigned to an officer of the unit concerned, due within the
 * category's working days, answered once, and read back by the complainant with the tracking code.
 */
@Service
public class Complaints {

    private final JdbcClient jdbc;
    private final Access access;
    private final AuditTrail audit;
    private final Today today;
    private final WorkingDays workingDays = WorkingDays.fromReferenceCsv();

    Complaints(JdbcClient jdbc, Access access, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    public record Form(Long agencyId, ComplaintCategory category, @Size(max = 200) String subject, @Size(max = 4000) String body,
                       @Size(max = 200) String name, @Size(max = 200) String contact) {
    }

    /** What the complainant gets once: the code and when to expect the answer. */
    public record Filed(String trackingCode, LocalDate dueOn) implements java.io.Serializable {
    }

    /** What the code reads: the complaint and its answer, no names, contacts or officers. */
    public record PublicView(String unit, ComplaintCategory category, String subject, String body, ComplaintStatus status,
                             LocalDate receivedOn, LocalDate dueOn, String answer, LocalDate answeredOn) {
    }

    public record Row(long id, String unit, ComplaintCategory category, String subject, ComplaintStatus status,
                      LocalDate receivedOn, LocalDate dueOn, String assignee, boolean overdue) {
    }

    public record Detail(long id, long agencyId, String unit, String regionCode, ComplaintCategory category, String subject,
                         String body, String name, String contact, ComplaintStatus status, LocalDate receivedOn, LocalDate dueOn,
                         Long assignedTo, String assignee, String answer, String answeredBy, LocalDate answeredOn, int version,
                         boolean overdue) {
    }

    public record Unit(long id, String name) {
    }

    public record Officer(long id, String name) {
    }

    /** The public service units a complaint may be addressed to. */
    public List<Unit> units() {
        return jdbc.sql("SELECT id, name FROM identity_agency WHERE active AND kind = ANY(:kinds) ORDER BY name")
                .param("kinds", ComplaintRules.get().unitKinds().toArray(String[]::new))
                .query((rs, i) -> new Unit(rs.getLong("id"), rs.getString("name"))).list();
    }

    /**
     * Files a complaint from an address (only its hash is kept, for the rate limit). Refused when the address
     * filed too many in the window; assigned at once to the unit's officer with the fewest open complaints.
     */
    @Transactional
    public Filed file(Form form, String address) {
        var rules = ComplaintRules.get();
        var problems = new InvalidInput.Collector().check(form);
        Unit unit = null;
        if (form.agencyId() == null) {
            problems.add("agencyId", "field.required");
        } else {
            unit = units().stream().filter(u -> u.id() == form.agencyId()).findFirst().orElse(null);
            if (unit == null) {
                problems.add("agencyId", "feedback.complaint.unknownUnit");
            }
        }
        if (form.category() == null) {
            problems.add("category", "field.required");
        }
        if (blank(form.subject())) {
            problems.add("subject", "field.required");
        }
        if (blank(form.body())) {
            problems.add("body", "field.required");
        }
        problems.throwIfAny();
        String addressHash = id.naikkelas.common.PublicForms.addressHash("complaint", address);
        var now = today.now();
        long recent = jdbc.sql("SELECT count(*) FROM complaint WHERE address_hash = ? AND created_at > ?")
                .params(addressHash, now.minus(rules.window())).query(Long.class).single();
        if (recent >= rules.perAddress()) {
            throw InvalidInput.of("body", "feedback.complaint.tooMany", rules.window().toMinutes());
        }
        String region = jdbc.sql("SELECT region_codes[1] FROM identity_agency WHERE id = ?").param(unit.id())
                .query(String.class).optional().orElse("");
        LocalDate received = today.date();
        LocalDate due = workingDays.addWorkingDays(received, rules.slaOf(form.category()));
        String code = TrackingCodes.next();
        Long officer = leastBusyOfficer(unit.id()).orElse(null);
        long id = jdbc.sql("""
                        INSERT INTO complaint (tracking_hash, agency_id, region_code, category, subject, body, name, contact, status,
                                               assigned_to, received_on, due_on, address_hash, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(TrackingCodes.hash(code), unit.id(), region == null ? "" : region, form.category().name(), form.subject().trim(),
                        form.body().trim(), trimmed(form.name()), trimmed(form.contact()),
                        (officer == null ? ComplaintStatus.RECEIVED : ComplaintStatus.IN_PROGRESS).name(), officer, received, due,
                        addressHash, now)
                .query(Long.class).single();
        // no name or contact in the audit trail: it records that a complaint came, to whom, and who took it
        audit.created("complaint", id, region, Map.of("unit", unit.id(), "category", form.category(),
                "assignedTo", officer == null ? "" : officer));
        return new Filed(code, due);
    }

    /** The complaint behind a tracking code, or nothing (a wrong code says no more than that). */
    public Optional<PublicView> track(String code) {
        if (blank(code) || code.length() > 40) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT a.name AS unit, c.category, c.subject, c.body, c.status, c.received_on, c.due_on, c.answer, c.answered_on
                        FROM complaint c JOIN identity_agency a ON a.id = c.agency_id WHERE c.tracking_hash = ?""")
                .param(TrackingCodes.hash(code))
                .query((rs, i) -> new PublicView(rs.getString("unit"), ComplaintCategory.valueOf(rs.getString("category")),
                        rs.getString("subject"), rs.getString("body"), ComplaintStatus.valueOf(rs.getString("status")),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getString("answer"), rs.getObject("answered_on", LocalDate.class)))
                .optional();
    }

    /** Complaints in the officer's jurisdiction, unanswered first by due date; {@code overdueOnly}: past due and unanswered. */
    public List<Row> list(boolean overdueOnly, ComplaintStatus status, int limit) {
        var me = staff();
        var scope = me.jurisdiction().sql("c.region_code");
        var params = new HashMap<String, Object>(scope.params());
        var where = new ArrayList<String>(List.of(scope.sql()));
        params.put("today", today.date());
        params.put("limit", Math.max(1, Math.min(limit, 500)));
        if (overdueOnly) {
            where.add(OVERDUE);
        }
        if (status != null) {
            where.add("c.status = :status");
            params.put("status", status.name());
        }
        return jdbc.sql("""
                        SELECT c.id, a.name AS unit, c.category, c.subject, c.status, c.received_on, c.due_on, u.full_name AS assignee,
                               (""" + OVERDUE + """
                        ) AS overdue
                        FROM complaint c JOIN identity_agency a ON a.id = c.agency_id LEFT JOIN identity_user u ON u.id = c.assigned_to
                        WHERE\s""" + String.join(" AND ", where) + " ORDER BY c.status = 'ANSWERED', c.due_on, c.id LIMIT :limit")
                .params(params)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("unit"), ComplaintCategory.valueOf(rs.getString("category")),
                        rs.getString("subject"), ComplaintStatus.valueOf(rs.getString("status")),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getString("assignee"), rs.getBoolean("overdue")))
                .list();
    }

    /** How many unanswered complaints in the jurisdiction are past due: the list {@code list(true, null, ...)}. */
    public long countOverdue() {
        var me = staff();
        var scope = me.jurisdiction().sql("c.region_code");
        var params = new HashMap<String, Object>(scope.params());
        params.put("today", today.date());
        return jdbc.sql("SELECT count(*) FROM complaint c WHERE " + OVERDUE + " AND " + scope.sql())
                .params(params).query(Long.class).single();
    }

    private static final String OVERDUE = "c.status <> 'ANSWERED' AND c.due_on < :today";

    public Detail get(long id) {
        var me = staff();
        var scope = me.jurisdiction().sql("c.region_code");
        var params = new HashMap<String, Object>(scope.params());
        params.put("id", id);
        params.put("today", today.date());
        return jdbc.sql("""
                        SELECT c.*, a.name AS unit, u.full_name AS assignee, (""" + OVERDUE + """
                        ) AS overdue
                        FROM complaint c JOIN identity_agency a ON a.id = c.agency_id LEFT JOIN identity_user u ON u.id = c.assigned_to
                        WHERE c.id = :id AND\s""" + scope.sql())
                .params(params)
                .query((rs, i) -> new Detail(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("unit"), rs.getString("region_code"),
                        ComplaintCategory.valueOf(rs.getString("category")), rs.getString("subject"), rs.getString("body"),
                        rs.getString("name"), rs.getString("contact"), ComplaintStatus.valueOf(rs.getString("status")),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("assigned_to", Long.class), rs.getString("assignee"), rs.getString("answer"),
                        rs.getString("answered_by"), rs.getObject("answered_on", LocalDate.class), rs.getInt("version"),
                        rs.getBoolean("overdue")))
                .optional().orElseThrow(() -> new NotFound("complaint", id));
    }

    /** The officers of the complaint's unit, to whom it may be assigned. */
    public List<Officer> officers(long id) {
        var complaint = get(id);
        return jdbc.sql("""
                        SELECT id, full_name FROM identity_user WHERE agency_id = ? AND enabled
                        AND roles && CAST(ARRAY['OFFICER', 'PROGRAM_MANAGER'] AS varchar[]) ORDER BY full_name""")
                .param(complaint.agencyId()).query((rs, i) -> new Officer(rs.getLong("id"), rs.getString("full_name"))).list();
    }

    @Transactional
    public void assign(long id, int version, Long officerId) {
        var complaint = get(id);
        if (officerId == null || officers(id).stream().noneMatch(o -> o.id() == officerId)) {
            throw InvalidInput.of("officerId", "feedback.complaint.notAnOfficer");
        }
        var status = complaint.status() == ComplaintStatus.RECEIVED ? ComplaintStatus.IN_PROGRESS : complaint.status();
        update(jdbc.sql("UPDATE complaint SET assigned_to = ?, status = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(officerId, status.name(), id, version).update(), id);
        audit.changed("complaint", id, complaint.regionCode(), Map.of("assignedTo", complaint.assignedTo() == null ? "" : complaint.assignedTo()),
                Map.of("assignedTo", officerId));
    }

    /** Answers the complaint; the complainant reads it with the code. An answer is final. */
    @Transactional
    public void answer(long id, int version, String answer) {
        var complaint = get(id);
        if (blank(answer)) {
            throw InvalidInput.of("answer", "field.required");
        }
        if (answer.length() > 4000) {
            throw InvalidInput.of("answer", "registry.tooLong", 4000);
        }
        if (complaint.status() == ComplaintStatus.ANSWERED) {
            throw InvalidInput.of("answer", "feedback.complaint.alreadyAnswered");
        }
        var me = access.require();
        update(jdbc.sql("""
                        UPDATE complaint SET answer = ?, answered_by = ?, answered_on = ?, status = 'ANSWERED',
                            assigned_to = coalesce(assigned_to, ?), version = version + 1 WHERE id = ? AND version = ?""")
                .params(answer.trim(), me.username(), today.date(), me.id(), id, version).update(), id);
        audit.changed("complaint", id, complaint.regionCode(), Map.of("status", complaint.status()),
                Map.of("status", ComplaintStatus.ANSWERED, "answer", answer.trim()));
    }

    private static void update(int rows, long id) {
        if (rows == 0) {
            throw new EditConflict("complaint", id);
        }
    }

    private CurrentUser staff() {
        var me = access.require();
        if (!me.isProgramStaff()) {
            throw new AccessDeniedException("complaints are read by the units' staff");
        }
        return me;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }

    private Optional<Long> leastBusyOfficer(long agencyId) {
        return jdbc.sql("""
                        SELECT u.id FROM identity_user u WHERE u.agency_id = ? AND u.enabled
                        AND 'OFFICER' = ANY(u.roles)
                        ORDER BY (SELECT count(*) FROM complaint c WHERE c.assigned_to = u.id AND c.status <> 'ANSWERED'), u.id LIMIT 1""")
                .param(agencyId).query(Long.class).optional();
    }
}
