package id.naikkelas.programs;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.TextLimits;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.BusinessStanding;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Enrolment of businesses in programs, their stages and outcomes. */
@Service
public class Enrollments {


    private final JdbcClient jdbc;
    private final Access access;
    private final Programs programs;
    private final Businesses businesses;
    private final AuditTrail audit;
    private final Today today;
    private final Visits visits;
    private final ApplicationEventPublisher events;

    Enrollments(JdbcClient jdbc, Access access, Programs programs, Businesses businesses, AuditTrail audit, Visits visits, Today today,
                ApplicationEventPublisher events) {
        this.events = events;
        this.today = today;
        this.jdbc = jdbc;
        this.access = access;
        this.programs = programs;
        this.businesses = businesses;
        this.audit = audit;
        this.visits = visits;
    }

    public record Result(long businessId, String businessName, boolean enrolled, List<InvalidInput.Violation> reasons) {
    }

    /** An officer enrols several businesses at once; each is checked on its own and the reasons are reported per business. */
    @Transactional
    public List<Result> enroll(long programId, List<Long> businessIds) {
        var program = manageable(programId);
        if (businessIds.stream().anyMatch(java.util.Objects::isNull)) {
            // a form field left empty ("business=")
            throw InvalidInput.of("businessIds", "input.nullItem", InvalidInput.label("businessIds"));
        }
        // the whole list is read, checked and written in a fixed number of statements, however long it is (issue 17)
        var found = businesses.standings(businessIds);
        businessIds.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFound("business", id);
        });
        var already = new java.util.HashSet<>(jdbc.sql("SELECT business_id FROM enrollment WHERE program_id = :program AND business_id = ANY(:ids)")
                .param("program", programId).param("ids", businessIds.toArray(Long[]::new)).query(Long.class).list());
        int enrolledBefore = enrolledCount(programId);
        var results = new ArrayList<Result>();
        var admitted = new ArrayList<BusinessStanding>();
        for (long businessId : businessIds) {
            var business = found.get(businessId);
            if (!already.add(businessId)) {
                results.add(new Result(businessId, business.name(), false,
                        List.of(new InvalidInput.Violation("business", "programs.eligibility.already", List.of(business.name())))));
                continue;
            }
            var reasons = Eligibility.check(program, business, enrolledBefore + admitted.size());
            if (!reasons.isEmpty()) {
                results.add(new Result(businessId, business.name(), false, reasons));
                continue;
            }
            admitted.add(business);
            results.add(new Result(businessId, business.name(), true, List.of()));
        }
        var ids = insertEnrolled(program, admitted);
        visits.planAll(ids, program, today());
        return results;
    }

    /** Enrols the businesses in one statement, audited in one more; the new enrolments' ids, in the same order. */
    private List<Long> insertEnrolled(ProgramView program, List<BusinessStanding> admitted) {
        if (admitted.isEmpty()) {
            return List.of();
        }
        String by = access.require().username();
        var ids = jdbc.sql("""
                        INSERT INTO enrollment (program_id, business_id, region_code, status, stage_position, stage_started_on, applied_by, decided_by)
                        SELECT :program, u.business, u.region, 'ENROLLED', 1, :today, :by, :by
                        FROM unnest(CAST(:businesses AS bigint[]), CAST(:regions AS text[])) WITH ORDINALITY AS u(business, region, n)
                        ORDER BY u.n RETURNING id, business_id""")
                .param("program", program.id()).param("today", today()).param("by", by)
                .param("businesses", admitted.stream().map(BusinessStanding::id).toArray(Long[]::new))
                .param("regions", admitted.stream().map(BusinessStanding::regionCode).toArray(String[]::new))
                .query((rs, i) -> Map.entry(rs.getLong("business_id"), rs.getLong("id"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var created = new ArrayList<AuditTrail.EntityChange>();
        for (var business : admitted) {
            created.add(new AuditTrail.EntityChange(ids.get(business.id()), business.regionCode(), Map.of(),
                    Map.of("program", program.id(), "business", business.id(), "status", EnrollmentStatus.ENROLLED)));
        }
        audit.createdEach("enrollment", created);
        return admitted.stream().map(business -> ids.get(business.id())).toList();
    }

    /** An owner applies; the program manager accepts or declines with a reason. */
    @Transactional
    public long apply(long programId, long businessId) {
        CurrentUser me = access.require();
        var business = businesses.get(businessId);
        if (!me.has(Role.OWNER) || !business.permissions().edit()) {
            throw new AccessDeniedException("only the owner applies");
        }
        var program = programs.get(programId);
        if (exists(programId, businessId)) {
            throw InvalidInput.of("business", "programs.eligibility.already", business.name());
        }
        var reasons = Eligibility.check(program, business.standing(), enrolledCount(programId));
        if (!reasons.isEmpty()) {
            throw new InvalidInput(reasons);
        }
        return insert(program, businessId, business.regionCode(), EnrollmentStatus.APPLIED);
    }

    @Transactional
    public void decide(long enrollmentId, boolean accept, String reason) {
        var e = load(enrollmentId);
        var program = manageable(e.programId());
        if (e.status() != EnrollmentStatus.APPLIED) {
            throw InvalidInput.of("status", "programs.enrollment.notApplied");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw InvalidInput.of("reason", "programs.reason.required");
        }
        InvalidInput.limit("reason", reason, TextLimits.REASON);
        if (accept) {
            var reasons = Eligibility.check(program, businesses.standing(e.businessId()), enrolledCount(e.programId()));
            if (!reasons.isEmpty()) {
                throw new InvalidInput(reasons);
            }
        }
        var status = accept ? EnrollmentStatus.ENROLLED : EnrollmentStatus.DECLINED;
        jdbc.sql("""
                        UPDATE enrollment SET status = ?, reason = ?, decided_by = ?, stage_position = CASE WHEN ? THEN 1 END,
                            stage_started_on = CASE WHEN ? THEN ?::date END, version = version + 1 WHERE id = ?""")
                .params(status.name(), blank(reason), access.require().username(), accept, accept, today(), enrollmentId).update();
        if (accept) {
            visits.plan(enrollmentId, program, today());
        }
        audit.action("enrollment", enrollmentId, accept ? "ACCEPT" : "DECLINE", e.regionCode(), Map.of("status", e.status()),
                Map.of("status", status, "reason", reason == null ? "" : reason));
        events.publishEvent(new EnrollmentsChanged(e.programId(), List.of(enrollmentId)));
    }

    /** Moves to the next stage (by the program staff or the business's facilitator). */
    @Transactional
    public void advanceStage(long enrollmentId) {
        var e = load(enrollmentId);
        var program = programs.get(e.programId());
        CurrentUser me = access.require();
        if (!program.manageable() && !isAssignedFacilitator(me, enrollmentId)) {
            throw new AccessDeniedException("not this user's enrolment");
        }
        if (e.status() != EnrollmentStatus.ENROLLED) {
            throw InvalidInput.of("status", "programs.enrollment.notActive");
        }
        if (e.stagePosition() >= program.stages().size()) {
            throw InvalidInput.of("stage", "programs.stage.last");
        }
        jdbc.sql("UPDATE enrollment SET stage_position = stage_position + 1, stage_started_on = ?, version = version + 1 WHERE id = ?")
                .params(today(), enrollmentId).update();
        audit.action("enrollment", enrollmentId, "STAGE", e.regionCode(), Map.of("stage", e.stagePosition()), Map.of("stage", e.stagePosition() + 1));
        events.publishEvent(new EnrollmentsChanged(e.programId(), List.of(enrollmentId)));
    }

    /** Ends the participation: graduated, certified, or withdrawn (with a reason). */
    @Transactional
    public void outcome(long enrollmentId, EnrollmentStatus outcome, String reason) {
        var e = load(enrollmentId);
        manageable(e.programId());
        if (outcome == null) {
            throw InvalidInput.of("outcome", "input.required", InvalidInput.label("outcome"));
        }
        if (!outcome.isOutcome()) {
            throw InvalidInput.of("status", "programs.outcome.invalid");
        }
        if (outcome == EnrollmentStatus.WITHDRAWN && (reason == null || reason.isBlank())) {
            throw InvalidInput.of("reason", "programs.reason.required");
        }
        InvalidInput.limit("reason", reason, TextLimits.REASON);
        if (e.status() != EnrollmentStatus.ENROLLED) {
            throw InvalidInput.of("status", "programs.enrollment.notActive");
        }
        jdbc.sql("UPDATE enrollment SET status = ?, reason = ?, decided_by = ?, version = version + 1 WHERE id = ?")
                .params(outcome.name(), blank(reason), access.require().username(), enrollmentId).update();
        jdbc.sql("UPDATE assignment SET ended_at = now(), ended_reason = ? WHERE enrollment_id = ? AND ended_at IS NULL")
                .params(outcome.name(), enrollmentId).update();
        audit.action("enrollment", enrollmentId, "OUTCOME", e.regionCode(), Map.of("status", e.status()),
                Map.of("status", outcome, "reason", reason == null ? "" : reason));
        events.publishEvent(new EnrollmentsChanged(e.programId(), List.of(enrollmentId)));
    }

    /** Enrolments of a program with stage, facilitator, visits and follow-ups (program page). */
    /**
     * A program's participants: its staff, partners and facilitators (each already limited to the programs
     * they may see) get them all; an owner, who sees a program to apply to or follow their own place in it,
     * gets the enrolments of their own businesses only (issue 14: not the others' place, stage and visits).
     */
    public List<EnrollmentView> ofProgram(long programId) {
        programs.get(programId);
        CurrentUser me = access.require();
        if (seesAllParticipants(me)) {
            return query("e.program_id = :id", Map.of("id", programId));
        }
        return query("e.program_id = :id AND b.owner_user_id = :me",
                Map.of("id", programId, "me", me.id()));
    }

    static boolean seesAllParticipants(CurrentUser me) {
        return me.isStaff() || me.has(Role.PARTNER);
    }

    /** The facilitator's worklist: active enrolments assigned to them. */
    public List<EnrollmentView> assignedToMe() {
        return assignedToMe(Worklist.ALL);
    }

    /** The part of the worklist the home page counted (visits today, follow-ups past due). */
    public List<EnrollmentView> assignedToMe(Worklist part) {
        CurrentUser me = access.require();
        return query("e.status = 'ENROLLED' AND a.facilitator_id = :me AND " + part.condition, Map.of("me", me.id()));
    }

    /**
     * One enrolment for its page: for whoever may see the business, and for a partner organisation of its program (which
     * sees the program's participants, and whose members facilitate some of them), without the business's own profile.
     */
    public EnrollmentView one(long enrollmentId) {
        var stored = load(enrollmentId);
        CurrentUser me = access.require();
        var found = partnerSees(me, stored.programId()) ? query("e.id = :id", Map.of("id", enrollmentId))
                : ofBusiness(stored.businessId()).stream().filter(e -> e.id() == enrollmentId).toList();
        return found.stream().findFirst().orElseThrow(() -> new NotFound("enrollment", enrollmentId));
    }

    /** Whether {@code me} speaks for a partner organisation of the program. */
    boolean partnerSees(CurrentUser me, long programId) {
        return me.has(Role.PARTNER) && me.agencyId() != null
                && jdbc.sql("SELECT count(*) FROM program_partner WHERE program_id = ? AND agency_id = ?").params(programId, me.agencyId())
                .query(Integer.class).single() > 0;
    }

    /**
     * The participants a partner organisation's members facilitate now, in the programs it partners in (issue 18 part 3);
     * empty for anyone else.
     */
    public List<EnrollmentView> ofMyPartnerMembers() {
        CurrentUser me = access.require();
        if (!me.has(Role.PARTNER) || me.agencyId() == null) {
            return List.of();
        }
        return query("""
                u.agency_id = :agency AND EXISTS (SELECT 1 FROM program_partner pp WHERE pp.program_id = e.program_id AND pp.agency_id = :agency)""",
                Map.of("agency", me.agencyId()));
    }

    /** Programs a business takes part in, for its profile (visible to whoever may see the business). */
    public List<EnrollmentView> ofBusiness(long businessId) {
        businesses.requireVisible(businessId);
        return query("e.business_id = :id", Map.of("id", businessId));
    }

    /**
     * The permits the programs a business takes part in (applied or enrolled) aim at, e.g. BNSP;
     * the caller has already checked it may see the business.
     */
    public Set<PermitType> targetPermitsOf(long businessId) {
        var targets = EnumSet.noneOf(PermitType.class);
        jdbc.sql("""
                        SELECT DISTINCT unnest(p.target_permits) FROM enrollment e JOIN program p ON p.id = e.program_id
                        WHERE e.business_id = ? AND e.status IN ('APPLIED', 'ENROLLED')""")
                .param(businessId).query(String.class).list()
                .forEach(code -> targets.add(PermitType.valueOf(code)));
        return targets;
    }

    boolean isAssignedFacilitator(CurrentUser me, long enrollmentId) {
        return me.has(Role.FACILITATOR) && jdbc.sql("SELECT count(*) FROM assignment WHERE enrollment_id = ? AND facilitator_id = ? AND ended_at IS NULL")
                .params(enrollmentId, me.id()).query(Integer.class).single() > 0;
    }

    Stored load(long enrollmentId) {
        return jdbc.sql("SELECT * FROM enrollment WHERE id = ?").param(enrollmentId)
                .query((rs, i) -> new Stored(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("business_id"),
                        rs.getString("region_code"), EnrollmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("stage_position", Integer.class)))
                .optional().orElseThrow(() -> new NotFound("enrollment", enrollmentId));
    }

    record Stored(long id, long programId, long businessId, String regionCode, EnrollmentStatus status, Integer stagePosition) {
    }

    ProgramView manageable(long programId) {
        var program = programs.get(programId);
        if (!program.manageable()) {
            throw new AccessDeniedException("not this user's program");
        }
        return program;
    }

    private List<EnrollmentView> query(String where, Map<String, Object> params) {
        var all = new java.util.HashMap<String, Object>(params);
        all.put("today", today());
        return jdbc.sql("""
                        SELECT e.*, p.name AS program_name, b.name AS business_name, s.name AS stage_name, a.facilitator_id,
                               u.full_name AS facilitator_name, concat_ws(', ', d.name, k.name) AS place,
                               (SELECT min(v.planned_on) FROM visit v WHERE v.enrollment_id = e.id AND v.status = 'PLANNED' AND v.planned_on >= :today) AS next_visit,
                               (SELECT count(*) FROM visit v WHERE v.enrollment_id = e.id AND v.status = 'PLANNED' AND v.planned_on < :today) AS missed,
                               (SELECT count(*) FROM follow_up f WHERE f.enrollment_id = e.id AND f.done_at IS NULL) AS open_follow_ups,
                               (SELECT min(f.due_on) FROM follow_up f WHERE f.enrollment_id = e.id AND f.done_at IS NULL) AS next_due
                        FROM enrollment e JOIN program p ON p.id = e.program_id JOIN registry_business b ON b.id = e.business_id
                        LEFT JOIN program_stage s ON s.program_id = e.program_id AND s.position = e.stage_position
                        LEFT JOIN assignment a ON a.enrollment_id = e.id AND a.ended_at IS NULL
                        LEFT JOIN identity_user u ON u.id = a.facilitator_id
                        LEFT JOIN region d ON d.code = left(b.region_code, 8)
                        LEFT JOIN region k ON k.code = left(b.region_code, 5)
                        WHERE\s""" + where + " ORDER BY e.status, s.position NULLS LAST, b.name, e.id LIMIT 1000")
                .params(all)
                .query((rs, i) -> new EnrollmentView(rs.getLong("id"), rs.getLong("program_id"), rs.getString("program_name"),
                        rs.getLong("business_id"), rs.getString("business_name"), rs.getString("place"),
                        EnrollmentStatus.valueOf(rs.getString("status")), rs.getObject("stage_position", Integer.class),
                        rs.getString("stage_name"), rs.getObject("stage_started_on", LocalDate.class), rs.getString("reason"),
                        rs.getObject("facilitator_id", Long.class), rs.getString("facilitator_name"),
                        rs.getObject("next_visit", LocalDate.class), rs.getInt("missed"), rs.getInt("open_follow_ups"),
                        rs.getObject("next_due", LocalDate.class), rs.getInt("version")))
                .list();
    }

    private long insert(ProgramView program, long businessId, String regionCode, EnrollmentStatus status) {
        boolean enrolled = status == EnrollmentStatus.ENROLLED;
        long id = jdbc.sql("""
                        INSERT INTO enrollment (program_id, business_id, region_code, status, stage_position, stage_started_on, applied_by, decided_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(program.id(), businessId, regionCode, status.name(), enrolled ? 1 : null, enrolled ? today() : null,
                        access.require().username(), enrolled ? access.require().username() : null)
                .query(Long.class).single();
        audit.created("enrollment", id, regionCode, Map.of("program", program.id(), "business", businessId, "status", status));
        return id;
    }

    private boolean exists(long programId, long businessId) {
        return jdbc.sql("SELECT count(*) FROM enrollment WHERE program_id = ? AND business_id = ?").params(programId, businessId)
                .query(Integer.class).single() > 0;
    }

    private int enrolledCount(long programId) {
        return jdbc.sql("SELECT count(*) FROM enrollment WHERE program_id = ? AND status IN ('ENROLLED', 'GRADUATED', 'CERTIFIED')")
                .param(programId).query(Integer.class).single();
    }

    LocalDate today() {
        return today.date();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
