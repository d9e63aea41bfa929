package id.naikkelas.programs;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.TextLimits;
import id.naikkelas.identity.Access;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Facilitators (pendamping) and their assignment to enrolled businesses. A program's cap (one
 * UMKM per facilitator, or a caseload of N) and the facilitator's own capacity are never exceeded;
 * reassignment ends the previous assignment, so the history stays.
 */
@Service
class Facilitators {

    private final JdbcClient jdbc;
    private final Access access;
    private final Enrollments enrollments;
    private final AuditTrail audit;
    private final id.naikkelas.reference.Regions regions;
    private final ApplicationEventPublisher events;

    Facilitators(JdbcClient jdbc, Access access, Enrollments enrollments, AuditTrail audit, id.naikkelas.reference.Regions regions,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.regions = regions;
        this.jdbc = jdbc;
        this.access = access;
        this.enrollments = enrollments;
        this.audit = audit;
    }

    /**
     * @param inProgram  businesses assigned to this facilitator in the program
     * @param overall    businesses assigned to them in all programs
     * @param coversRegion whether the facilitator serves the business's region
     * @param available  whether one more assignment stays within the program cap and their capacity
     */
    public record Suggestion(long userId, String name, String organisation, String credentials, int inProgram, int overall,
                             int capacity, boolean coversRegion, boolean available, int programCap) {

        /** Places left: in this program under its cap, and overall under their own capacity; the smaller counts. */
        @com.fasterxml.jackson.annotation.JsonProperty("remaining")
        public int remaining() {
            return Math.max(0, Math.min(programCap - inProgram, capacity - overall));
        }
    }

    /** How alternatives are offered (issue 18 part 6): most places left, then serving the business's region, then least loaded. */
    static final java.util.Comparator<Suggestion> RANKING = java.util.Comparator.comparingInt(Suggestion::remaining).reversed()
            .thenComparing(Suggestion::coversRegion, java.util.Comparator.reverseOrder())
            .thenComparingInt(Suggestion::overall)
            .thenComparing(Suggestion::name);

    /** Who could take the enrolment now instead, best first (eligible and with a place left). */
    public List<Suggestion> alternatives(long enrollmentId) {
        return suggestions(enrollmentId).stream().filter(Suggestion::available).sorted(RANKING).toList();
    }

    /**
     * Facilitators who may take an enrolment, those serving the business's region first, then the least loaded.
     * Only those {@link #eligible} are offered.
     */
    public List<Suggestion> suggestions(long enrollmentId) {
        var enrollment = enrollments.load(enrollmentId);
        var program = enrollments.manageable(enrollment.programId());
        return candidates(program, enrollment, null).stream().filter(Candidate::eligible).map(Candidate::suggestion).toList();
    }

    /**
     * Who may be assigned: a facilitator whose own jurisdiction (their regions, else their agency's, the rule
     * {@code Access} applies to them everywhere) covers the business, and who works for the program's agency or one
     * of its partner organisations. A profile's "regions served" only ranks them: it is what they say, not what
     * their agency answers for.
     */
    private record Candidate(Suggestion suggestion, boolean inJurisdiction, boolean ownAgency, Boolean mouCurrent, boolean enabled) {
        boolean inScope() {
            return ownAgency || Boolean.TRUE.equals(mouCurrent);
        }

        boolean eligible() {
            return enabled && inJurisdiction && inScope();
        }
    }

    /** First key of the advisory lock taken per facilitator while assigning (the second is the account's id). */
    private static final int ASSIGNMENT_LOCK = 0x70726f67;

    private static final String CANDIDATES = """
            SELECT u.id, u.full_name, coalesce(f.organisation, a.name) AS organisation, f.credentials,
                   coalesce(f.capacity, 10) AS capacity,
                   (SELECT count(*) FROM assignment x JOIN enrollment e ON e.id = x.enrollment_id
                     WHERE x.facilitator_id = u.id AND x.ended_at IS NULL AND e.program_id = :program) AS in_program,
                   (SELECT count(*) FROM assignment x WHERE x.facilitator_id = u.id AND x.ended_at IS NULL) AS overall,
                   EXISTS (SELECT 1 FROM unnest(CASE WHEN cardinality(coalesce(f.region_codes, '{}')) > 0 THEN f.region_codes
                                                     WHEN cardinality(u.region_codes) > 0 THEN u.region_codes
                                                     ELSE coalesce(a.region_codes, '{}') END) rc
                           WHERE :region = rc OR :region LIKE rc || '.%') AS covers,
                   EXISTS (SELECT 1 FROM unnest(CASE WHEN cardinality(u.region_codes) > 0 THEN u.region_codes
                                                     ELSE coalesce(a.region_codes, '{}') END) rc
                           WHERE :region = rc OR :region LIKE rc || '.%') AS in_jurisdiction,
                   u.agency_id = :agency AS own_agency,
                   (SELECT MOU_CURRENT FROM program_partner pp
                     WHERE pp.program_id = :program AND pp.agency_id = u.agency_id) AS mou_current,
                   u.enabled
            FROM identity_user u LEFT JOIN facilitator_profile f ON f.user_id = u.id LEFT JOIN identity_agency a ON a.id = u.agency_id
            WHERE 'FACILITATOR' = ANY (u.roles)""".replace("MOU_CURRENT", MouTerms.CURRENT_SQL);

    /** All candidates, or the one facilitator {@code onlyId}, eligible or not (so a refusal can say why). */
    private List<Candidate> candidates(ProgramView program, Enrollments.Stored enrollment, Long onlyId) {
        String sql = CANDIDATES + (onlyId == null
                ? " AND u.enabled ORDER BY covers DESC, overall, u.full_name LIMIT 200"
                : " AND u.id = :only");
        var query = jdbc.sql(sql).param("program", program.id()).param("region", enrollment.regionCode())
                .param("agency", program.agencyId()).param("today", enrollments.today());
        if (onlyId != null) {
            query = query.param("only", onlyId);
        }
        return query.query((rs, i) -> {
                    int inProgram = rs.getInt("in_program");
                    int overall = rs.getInt("overall");
                    int capacity = rs.getInt("capacity");
                    var suggestion = new Suggestion(rs.getLong("id"), rs.getString("full_name"), rs.getString("organisation"),
                            rs.getString("credentials"), inProgram, overall, capacity, rs.getBoolean("covers"),
                            inProgram < program.cap() && overall < capacity, program.cap());
                    return new Candidate(suggestion, rs.getBoolean("in_jurisdiction"), rs.getBoolean("own_agency"),
                            rs.getObject("mou_current", Boolean.class), rs.getBoolean("enabled"));
                })
                .list();
    }

    @Transactional
    public void assign(long enrollmentId, long facilitatorId, String reason) {
        var enrollment = enrollments.load(enrollmentId);
        var program = enrollments.manageable(enrollment.programId());
        if (enrollment.status() != EnrollmentStatus.ENROLLED) {
            throw InvalidInput.of("enrollment", "programs.enrollment.notActive");
        }
        // serialise assignments of one facilitator so two managers cannot both take the last place; a lock of this
        // module's own (the account row is identity's, ADR 0013), held until the transaction ends
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(ASSIGNMENT_LOCK, Long.hashCode(facilitatorId)).query(rs -> { });
        var candidate = candidates(program, enrollment, facilitatorId).stream().findFirst()
                .orElseThrow(() -> InvalidInput.of("facilitator", "programs.facilitator.unknown"));
        var suggestion = candidate.suggestion();
        if (!candidate.enabled()) {
            throw unavailable(FacilitatorUnavailable.Reason.DISABLED, enrollmentId, "programs.facilitator.disabled", suggestion.name());
        }
        if (!candidate.inJurisdiction()) {
            throw unavailable(FacilitatorUnavailable.Reason.OUTSIDE_REGION, enrollmentId, "programs.facilitator.outsideRegion",
                    suggestion.name(), enrollment.regionCode());
        }
        if (!candidate.inScope()) {
            boolean partner = candidate.mouCurrent() != null;
            throw unavailable(partner ? FacilitatorUnavailable.Reason.MOU_NOT_CURRENT : FacilitatorUnavailable.Reason.OUTSIDE_PROGRAM,
                    enrollmentId, partner ? "programs.facilitator.mouNotCurrent" : "programs.facilitator.outsideProgram", suggestion.name());
        }
        var current = jdbc.sql("SELECT facilitator_id FROM assignment WHERE enrollment_id = ? AND ended_at IS NULL").param(enrollmentId)
                .query(Long.class).optional();
        if (current.isPresent() && current.get() == facilitatorId) {
            return;
        }
        if (suggestion.inProgram() >= program.cap()) {
            throw unavailable(FacilitatorUnavailable.Reason.PROGRAM_CAP, enrollmentId, "programs.facilitator.programCap",
                    suggestion.name(), program.cap());
        }
        if (suggestion.overall() >= suggestion.capacity()) {
            throw unavailable(FacilitatorUnavailable.Reason.CAPACITY, enrollmentId, "programs.facilitator.capacity",
                    suggestion.name(), suggestion.capacity());
        }
        if (current.isPresent()) {
            if (reason == null || reason.isBlank()) {
                throw InvalidInput.of("reason", "programs.reason.required");
            }
            InvalidInput.limit("reason", reason, TextLimits.REASON);
            jdbc.sql("UPDATE assignment SET ended_at = now(), ended_reason = ? WHERE enrollment_id = ? AND ended_at IS NULL")
                    .params(reason.trim(), enrollmentId).update();
        }
        jdbc.sql("INSERT INTO assignment (enrollment_id, facilitator_id, assigned_by) VALUES (?, ?, ?)")
                .params(enrollmentId, facilitatorId, access.require().username()).update();
        audit.action("enrollment", enrollmentId, current.isPresent() ? "REASSIGN" : "ASSIGN", enrollment.regionCode(),
                Map.of("facilitator", current.map(String::valueOf).orElse("")), Map.of("facilitator", String.valueOf(facilitatorId)));
        events.publishEvent(new EnrollmentsChanged(enrollment.programId(), List.of(enrollmentId)));
    }

    /** The refusal with who could take the business instead; none at all says no facilitator serves its region. */
    private FacilitatorUnavailable unavailable(FacilitatorUnavailable.Reason reason, long enrollmentId, String code, Object... args) {
        var alternatives = alternatives(enrollmentId);
        return new FacilitatorUnavailable(reason, alternatives, "facilitator", code, args);
    }

    public record Profile(String organisation, String credentials, List<String> regionCodes, int capacity) {
    }

    /** The signed-in facilitator's profile (defaults until they fill it in); only facilitators have one. */
    public Profile myProfile() {
        var me = access.require();
        if (!me.has(id.naikkelas.identity.Role.FACILITATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("facilitators only");
        }
        return jdbc.sql("SELECT organisation, credentials, region_codes, capacity FROM facilitator_profile WHERE user_id = ?").param(me.id())
                .query((rs, i) -> new Profile(rs.getString(1), rs.getString(2), Programs.strings(rs.getArray(3)), rs.getInt(4)))
                .optional().orElse(new Profile(me.agencyName(), null, List.of(), 10));
    }

    /** Facilitators keep their own profile: organisation, credentials (e.g. halal PPH registration), regions served, capacity. */
    @Transactional
    public void saveMyProfile(Profile profile) {
        var me = access.require();
        if (!me.has(id.naikkelas.identity.Role.FACILITATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("facilitators only");
        }
        var problems = new InvalidInput.Collector().limit("organisation", profile.organisation(), TextLimits.NAME)
                .limit("credentials", profile.credentials(), TextLimits.NOTE);
        if (profile.capacity() < 1 || profile.capacity() > 200) {
            problems.add("capacity", "programs.profile.capacity.invalid");
        }
        for (String code : profile.regionCodes()) {
            if (!regions.exists(code)) {
                problems.add("regionCodes", "region.unknown", code);
            }
        }
        problems.throwIfAny();
        var before = myProfile();
        jdbc.sql("""
                        INSERT INTO facilitator_profile (user_id, organisation, credentials, region_codes, capacity) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET organisation = excluded.organisation, credentials = excluded.credentials,
                            region_codes = excluded.region_codes, capacity = excluded.capacity, version = facilitator_profile.version + 1""")
                .params(me.id(), profile.organisation(), profile.credentials(), profile.regionCodes().toArray(String[]::new), profile.capacity())
                .update();
        audit.changed("facilitator", me.id(), null,
                Map.of("organisation", String.valueOf(before.organisation()), "credentials", String.valueOf(before.credentials()),
                        "regions", before.regionCodes(), "capacity", before.capacity()),
                Map.of("organisation", String.valueOf(profile.organisation()), "credentials", String.valueOf(profile.credentials()),
                        "regions", profile.regionCodes(), "capacity", profile.capacity()));
    }

    public record AssignmentHistory(String facilitator, String assignedBy, java.time.OffsetDateTime assignedAt,
                                    java.time.OffsetDateTime endedAt, String endedReason) {
    }

    public List<AssignmentHistory> history(long enrollmentId) {
        enrollments.one(enrollmentId);
        return jdbc.sql("""
                        SELECT u.full_name, a.assigned_by, a.assigned_at, a.ended_at, a.ended_reason
                        FROM assignment a JOIN identity_user u ON u.id = a.facilitator_id WHERE a.enrollment_id = ? ORDER BY a.id""")
                .param(enrollmentId)
                .query((rs, i) -> new AssignmentHistory(rs.getString(1), rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class), rs.getObject(4, java.time.OffsetDateTime.class), rs.getString(5)))
                .list();
    }
}
