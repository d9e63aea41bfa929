package id.naikkelas.programs;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.TextLimits;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Jurisdiction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The program-side work of bulk actions on participants (issue 18): next stage, outcome, facilitator, monitoring
 * visit. Each method checks every selected row and says per row what will happen or why it cannot; with
 * {@code apply} it also writes the rows that pass, in a fixed number of statements however many rows.
 * A row whose version differs from the one the preview saw was changed by someone meanwhile and is refused.
 */
@Service
public class ParticipantChanges {

    /** First key of the advisory lock per facilitator, the same as a single assignment takes. */
    private static final int ASSIGNMENT_LOCK = 0x70726f67;

    private final JdbcClient jdbc;
    private final Enrollments enrollments;
    private final AuditTrail audit;
    private final Access access;
    private final Today today;
    private final ApplicationEventPublisher events;

    ParticipantChanges(JdbcClient jdbc, Enrollments enrollments, AuditTrail audit, Access access, Today today,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.enrollments = enrollments;
        this.audit = audit;
        this.access = access;
        this.today = today;
    }

    /** A row as the preview saw it. */
    public record Selected(long enrollmentId, int version) {
    }

    /** What happens (or happened) to one row: {@code detail} is what it becomes, {@code reason} why it cannot. */
    public record RowOutcome(long enrollmentId, String businessName, boolean ok, String detail, InvalidInput.Violation reason) {

        static RowOutcome ok(Row row, String detail) {
            return new RowOutcome(row.id, row.businessName, true, detail, null);
        }

        static RowOutcome refused(Row row, String code, Object... args) {
            return new RowOutcome(row.id, row.businessName, false, null, new InvalidInput.Violation("enrollment", code, List.of(args)));
        }
    }

    private record Row(long id, long businessId, String businessName, String regionCode, String status, Integer stage, int version,
                       Long facilitatorId) {
    }

    @Transactional
    public List<RowOutcome> advance(long programId, List<Selected> selection, boolean apply) {
        var program = enrollments.manageable(programId);
        int last = program.stages().size();
        var outcomes = check(program, selection, apply, row -> {
            if (row.stage() >= last) {
                return RowOutcome.refused(row, "programs.stage.last");
            }
            var next = program.stages().get(row.stage());
            return RowOutcome.ok(row, next.position() + ". " + next.name());
        });
        if (apply) {
            var ids = okIds(outcomes);
            jdbc.sql("UPDATE enrollment SET stage_position = stage_position + 1, stage_started_on = :today, version = version + 1 WHERE id = ANY(:ids)")
                    .param("today", today.date()).param("ids", ids).update();
            auditEach(outcomes, selection, program, "stage");
            events.publishEvent(new EnrollmentsChanged(program.id(), List.of(okIds(outcomes))));
        }
        return outcomes;
    }

    @Transactional
    public List<RowOutcome> outcome(long programId, List<Selected> selection, String outcome, String reason, boolean apply) {
        var program = enrollments.manageable(programId);
        EnrollmentStatus status = parseOutcome(outcome);
        if (status == EnrollmentStatus.WITHDRAWN && (reason == null || reason.isBlank())) {
            throw InvalidInput.of("reason", "programs.reason.required");
        }
        InvalidInput.limit("reason", reason, TextLimits.REASON);
        var outcomes = check(program, selection, apply, row -> RowOutcome.ok(row, status.name()));
        if (apply) {
            var ids = okIds(outcomes);
            jdbc.sql("UPDATE enrollment SET status = :status, reason = :reason, decided_by = :by, version = version + 1 WHERE id = ANY(:ids)")
                    .param("status", status.name()).param("reason", reason == null || reason.isBlank() ? null : reason.trim())
                    .param("by", access.require().username()).param("ids", ids).update();
            jdbc.sql("UPDATE assignment SET ended_at = now(), ended_reason = :status WHERE enrollment_id = ANY(:ids) AND ended_at IS NULL")
                    .param("status", status.name()).param("ids", ids).update();
            auditEach(outcomes, selection, program, "status");
            events.publishEvent(new EnrollmentsChanged(program.id(), List.of(okIds(outcomes))));
        }
        return outcomes;
    }

    private static EnrollmentStatus parseOutcome(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            throw InvalidInput.of("outcome", "input.required", InvalidInput.label("outcome"));
        }
        try {
            var status = EnrollmentStatus.valueOf(outcome);
            if (status.isOutcome()) {
                return status;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer as a status that is no outcome
        }
        throw InvalidInput.of("outcome", "programs.outcome.invalid");
    }

    @Transactional
    public List<RowOutcome> scheduleVisit(long programId, List<Selected> selection, LocalDate on, boolean apply) {
        var program = enrollments.manageable(programId);
        if (on == null) {
            throw InvalidInput.of("visitOn", "input.required", InvalidInput.label("visitOn"));
        }
        if (on.isBefore(today.date())) {
            throw InvalidInput.of("visitOn", "programs.bulk.visit.past");
        }
        var planned = new java.util.HashSet<>(jdbc.sql("""
                        SELECT enrollment_id FROM visit WHERE enrollment_id = ANY(:ids) AND planned_on = :on AND status = 'PLANNED'""")
                .param("ids", selection.stream().map(Selected::enrollmentId).toArray(Long[]::new)).param("on", on).query(Long.class).list());
        var outcomes = check(program, selection, apply, row -> planned.contains(row.id())
                ? RowOutcome.refused(row, "programs.bulk.visit.already", on.toString())
                : RowOutcome.ok(row, on.toString()));
        if (apply) {
            var ids = okIds(outcomes);
            jdbc.sql("""
                            INSERT INTO visit (enrollment_id, business_id, region_code, planned_on, status)
                            SELECT e.id, e.business_id, e.region_code, :on, 'PLANNED' FROM enrollment e WHERE e.id = ANY(:ids) ORDER BY e.id""")
                    .param("on", on).param("ids", ids).update();
            var changes = new ArrayList<AuditTrail.EntityChange>();
            var regions = regions(selection, outcomes);
            for (var o : outcomes) {
                if (o.ok()) {
                    changes.add(new AuditTrail.EntityChange(o.enrollmentId(), regions.get(o.enrollmentId()), Map.of(), Map.of("visitPlanned", on)));
                }
            }
            audit.changedEach("enrollment", changes);
        }
        return outcomes;
    }

    /** A facilitator able to take participants of the program, with their loads as they stand. */
    private static final class Candidate {
        final long id;
        final String name;
        final Jurisdiction jurisdiction;
        final Jurisdiction serves;
        final int capacity;
        int inProgram;
        int overall;

        Candidate(long id, String name, Jurisdiction jurisdiction, Jurisdiction serves, int capacity, int inProgram, int overall) {
            this.id = id;
            this.name = name;
            this.jurisdiction = jurisdiction;
            this.serves = serves;
            this.capacity = capacity;
            this.inProgram = inProgram;
            this.overall = overall;
        }

        boolean hasRoom(int cap) {
            return inProgram < cap && overall < capacity;
        }

        double load() {
            return (double) overall / capacity;
        }
    }

    /**
     * Assigns facilitators: {@code facilitatorId} to every row (reassigning with {@code reason}), or, when it is null,
     * each row without a facilitator to the least loaded one who covers its region and has room under the program's
     * cap and their own capacity (those serving the region by their profile first).
     */
    @Transactional
    public List<RowOutcome> assign(long programId, List<Selected> selection, Long facilitatorId, String reason, boolean apply) {
        var program = enrollments.manageable(programId);
        InvalidInput.limit("reason", reason, TextLimits.REASON);
        var pool = pool(program, apply);
        Candidate chosen = null;
        if (facilitatorId != null) {
            chosen = pool.stream().filter(c -> c.id == facilitatorId).findFirst()
                    .orElseThrow(() -> InvalidInput.of("facilitator", "programs.facilitator.unknown"));
        }
        var only = chosen;
        var outcomes = check(program, selection, apply, row -> {
            if (only != null) {
                if (only.id == (row.facilitatorId() == null ? -1 : row.facilitatorId())) {
                    return RowOutcome.refused(row, "programs.bulk.assign.same", only.name);
                }
                if (!only.jurisdiction.covers(row.regionCode())) {
                    return RowOutcome.refused(row, "programs.facilitator.outsideRegion", only.name, row.regionCode());
                }
                if (row.facilitatorId() != null && (reason == null || reason.isBlank())) {
                    return RowOutcome.refused(row, "programs.bulk.assign.reasonNeeded");
                }
                if (only.inProgram >= program.cap()) {
                    return RowOutcome.refused(row, "programs.facilitator.programCap", only.name, program.cap());
                }
                if (only.overall >= only.capacity) {
                    return RowOutcome.refused(row, "programs.facilitator.capacity", only.name, only.capacity);
                }
                only.inProgram++;
                only.overall++;
                return RowOutcome.ok(row, only.name);
            }
            if (row.facilitatorId() != null) {
                return RowOutcome.refused(row, "programs.bulk.assign.has");
            }
            var best = pool.stream().filter(c -> c.jurisdiction.covers(row.regionCode()) && c.hasRoom(program.cap()))
                    .min(Comparator.comparing((Candidate c) -> !c.serves.covers(row.regionCode())).thenComparingDouble(Candidate::load)
                            .thenComparing(c -> c.name));
            if (best.isEmpty()) {
                return RowOutcome.refused(row, "programs.bulk.assign.noneFree", row.regionCode());
            }
            best.get().inProgram++;
            best.get().overall++;
            return RowOutcome.ok(row, best.get().name);
        });
        if (apply) {
            var byName = new HashMap<String, Long>();
            pool.forEach(c -> byName.put(c.name, c.id));
            var ids = okIds(outcomes);
            var facilitators = outcomes.stream().filter(RowOutcome::ok).map(o -> byName.get(o.detail())).toArray(Long[]::new);
            String by = access.require().username();
            jdbc.sql("UPDATE assignment SET ended_at = now(), ended_reason = :reason WHERE enrollment_id = ANY(:ids) AND ended_at IS NULL")
                    .param("reason", reason == null || reason.isBlank() ? "bulk" : reason.trim()).param("ids", ids).update();
            jdbc.sql("""
                            INSERT INTO assignment (enrollment_id, facilitator_id, assigned_by)
                            SELECT u.e, u.f, :by FROM unnest(CAST(:ids AS bigint[]), CAST(:facilitators AS bigint[])) AS u(e, f)""")
                    .param("ids", ids).param("facilitators", facilitators).param("by", by).update();
            // the enrolment changed hands: a preview taken before this sees the new version
            jdbc.sql("UPDATE enrollment SET version = version + 1 WHERE id = ANY(:ids)").param("ids", ids).update();
            auditEach(outcomes, selection, program, "facilitator");
            events.publishEvent(new EnrollmentsChanged(program.id(), List.of(okIds(outcomes))));
        }
        return outcomes;
    }

    /** A facilitator who may take participants of the program, and how many they hold in it and overall. */
    public record FacilitatorLoad(long id, String name, int inProgram, int overall, int capacity) {
    }

    /** The facilitators a bulk assignment may choose from, with their loads. */
    public List<FacilitatorLoad> facilitators(long programId) {
        var program = enrollments.manageable(programId);
        return pool(program, false).stream().map(c -> new FacilitatorLoad(c.id, c.name, c.inProgram, c.overall, c.capacity)).toList();
    }

    /** The facilitators of the program's agency and partners, enabled; locked against concurrent assignment when applying. */
    private List<Candidate> pool(ProgramView program, boolean lock) {
        String scope = """
                FROM identity_user u LEFT JOIN facilitator_profile f ON f.user_id = u.id LEFT JOIN identity_agency a ON a.id = u.agency_id
                WHERE 'FACILITATOR' = ANY (u.roles) AND u.enabled
                  AND (u.agency_id = :agency OR EXISTS (SELECT 1 FROM program_partner pp WHERE pp.program_id = :program AND pp.agency_id = u.agency_id))""";
        if (lock) {
            var keys = jdbc.sql("SELECT u.id " + scope).param("agency", program.agencyId()).param("program", program.id())
                    .query(Long.class).list().stream().map(id -> Long.hashCode(id)).sorted().distinct().toArray(Integer[]::new);
            jdbc.sql("SELECT count(pg_advisory_xact_lock(:lock, k)) FROM (SELECT k FROM unnest(CAST(:keys AS int[])) k ORDER BY k) s")
                    .param("lock", ASSIGNMENT_LOCK).param("keys", keys).query(Long.class).single();
        }
        return jdbc.sql("""
                        SELECT u.id, u.full_name, coalesce(f.capacity, 10) AS capacity,
                               CASE WHEN cardinality(u.region_codes) > 0 THEN u.region_codes ELSE coalesce(a.region_codes, '{}') END AS jurisdiction,
                               CASE WHEN cardinality(coalesce(f.region_codes, '{}')) > 0 THEN f.region_codes
                                    WHEN cardinality(u.region_codes) > 0 THEN u.region_codes ELSE coalesce(a.region_codes, '{}') END AS serves,
                               (SELECT count(*) FROM assignment x JOIN enrollment e ON e.id = x.enrollment_id
                                 WHERE x.facilitator_id = u.id AND x.ended_at IS NULL AND e.program_id = :program) AS in_program,
                               (SELECT count(*) FROM assignment x WHERE x.facilitator_id = u.id AND x.ended_at IS NULL) AS overall
                        """ + scope + " ORDER BY u.full_name, u.id")
                .param("agency", program.agencyId()).param("program", program.id())
                .query((rs, i) -> new Candidate(rs.getLong("id"), rs.getString("full_name"),
                        Jurisdiction.of(Programs.strings(rs.getArray("jurisdiction"))), Jurisdiction.of(Programs.strings(rs.getArray("serves"))),
                        rs.getInt("capacity"), rs.getInt("in_program"), rs.getInt("overall")))
                .list();
    }

    /**
     * Reads the selected rows of the program (locked when applying) and runs {@code rule} on each active row that
     * nobody changed since the preview; the others get their reason.
     */
    private List<RowOutcome> check(ProgramView program, List<Selected> selection, boolean lock, Function<Row, RowOutcome> rule) {
        if (selection.isEmpty()) {
            throw InvalidInput.of("selection", "programs.bulk.empty");
        }
        var rows = new HashMap<Long, Row>();
        jdbc.sql("""
                        SELECT e.id, e.business_id, b.name, e.region_code, e.status, e.stage_position, e.version, a.facilitator_id
                        FROM enrollment e JOIN registry_business b ON b.id = e.business_id
                        LEFT JOIN assignment a ON a.enrollment_id = e.id AND a.ended_at IS NULL
                        WHERE e.program_id = :program AND e.id = ANY(:ids)""" + (lock ? " FOR UPDATE OF e" : ""))
                .param("program", program.id()).param("ids", selection.stream().map(Selected::enrollmentId).toArray(Long[]::new))
                .query(rs -> {
                    rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, Integer.class), rs.getInt(7), rs.getObject(8, Long.class)));
                });
        var outcomes = new ArrayList<RowOutcome>();
        for (var selected : selection) {
            var row = rows.get(selected.enrollmentId());
            if (row == null) {
                outcomes.add(new RowOutcome(selected.enrollmentId(), "#" + selected.enrollmentId(), false, null,
                        new InvalidInput.Violation("enrollment", "programs.bulk.notInProgram", List.of())));
            } else if (row.version() != selected.version()) {
                outcomes.add(RowOutcome.refused(row, "programs.bulk.changed"));
            } else if (!"ENROLLED".equals(row.status())) {
                outcomes.add(RowOutcome.refused(row, "programs.enrollment.notActive"));
            } else {
                outcomes.add(rule.apply(row));
            }
        }
        return outcomes;
    }

    private static Long[] okIds(List<RowOutcome> outcomes) {
        return outcomes.stream().filter(RowOutcome::ok).map(RowOutcome::enrollmentId).toArray(Long[]::new);
    }

    private Map<Long, String> regions(List<Selected> selection, List<RowOutcome> outcomes) {
        var regions = new HashMap<Long, String>();
        jdbc.sql("SELECT id, region_code FROM enrollment WHERE id = ANY(:ids)").param("ids", okIds(outcomes))
                .query(rs -> {
                    regions.put(rs.getLong(1), rs.getString(2));
                });
        return regions;
    }

    /** Each changed enrolment's own history gets its line too, in one statement. */
    private void auditEach(List<RowOutcome> outcomes, List<Selected> selection, ProgramView program, String field) {
        var regions = regions(selection, outcomes);
        var changes = new ArrayList<AuditTrail.EntityChange>();
        for (var o : outcomes) {
            if (o.ok()) {
                changes.add(new AuditTrail.EntityChange(o.enrollmentId(), regions.get(o.enrollmentId()), Map.of(), Map.of(field, o.detail())));
            }
        }
        audit.changedEach("enrollment", changes);
    }
}
