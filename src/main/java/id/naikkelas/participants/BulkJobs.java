package id.naikkelas.participants;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.Access;
import id.naikkelas.programs.Participant;
import id.naikkelas.programs.ParticipantChanges;
import id.naikkelas.programs.ParticipantChanges.RowOutcome;
import id.naikkelas.programs.ParticipantChanges.Selected;
import id.naikkelas.programs.ProgramParticipants;
import id.naikkelas.programs.ProgramView;
import id.naikkelas.programs.Programs;
import id.naikkelas.training.ProgramRegistrations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bulk actions on a program's participants: a preview (stored as a job, with the versions of the rows it saw), then
 * the job applied once in the background ({@link BulkRunner}) with its progress and per-row results (ADR 0014).
 */
@Service
public class BulkJobs {

    private static final TypeReference<List<RowView>> ROWS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Programs programs;
    private final ProgramParticipants participants;
    private final ParticipantChanges changes;
    private final ProgramRegistrations training;
    private final Access access;
    private final JsonMapper json;

    BulkJobs(JdbcClient jdbc, Programs programs, ProgramParticipants participants, ParticipantChanges changes,
             ProgramRegistrations training, Access access, JsonMapper json) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.participants = participants;
        this.changes = changes;
        this.training = training;
        this.access = access;
        this.json = json;
    }

    /**
     * One row of a preview or a result: what it becomes ({@code detail}, or the message key {@code detailKey} of a
     * code), or the reason it cannot ({@code code} and {@code args}).
     */
    public record RowView(long enrollmentId, String businessName, boolean ok, String detail, String detailKey, String code, List<Object> args) {
    }

    /** The action's inputs as the job keeps them. */
    record Params(String outcome, String reason, Long facilitatorId, Long eventId, LocalDate visitOn) {

        static Params of(BulkRequest request) {
            return new Params(request.outcome(), request.reason(), request.facilitatorId(), request.eventId(), request.visitOn());
        }

        BulkRequest request(BulkAction action) {
            return new BulkRequest(action, null, false, null, outcome, reason, facilitatorId, eventId, visitOn);
        }
    }

    public record JobView(long id, long programId, BulkAction action, String status, int total, int done, int succeeded,
                          boolean allOrNothing, List<RowView> preview, List<RowView> failures, String createdBy,
                          OffsetDateTime finishedAt) {

        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }

        public boolean running() {
            return "QUEUED".equals(status) || "RUNNING".equals(status);
        }

        public long previewOk() {
            return preview.stream().filter(RowView::ok).count();
        }
    }

    /** Checks the action on every selected row without changing any, and keeps the preview for {@link #apply}. */
    @Transactional
    public JobView preview(long programId, BulkRequest request) {
        var program = manageable(programId);
        requireInputs(request);
        var rows = selection(programId, request);
        var selected = rows.stream().map(p -> new Selected(p.enrollmentId(), p.version())).toList();
        var outcomes = run(program, request, selected, false);
        var me = access.require();
        long id = jdbc.sql("""
                        INSERT INTO participant_bulk_job (program_id, region_code, action, params, enrollment_ids, versions, status, total, preview, created_by)
                        VALUES (:program, :region, :action, CAST(:params AS jsonb), :ids, :versions, 'PREVIEWED', :total, CAST(:preview AS jsonb), :by)
                        RETURNING id""")
                .param("program", programId).param("region", program.regionCodes().get(0)).param("action", request.action().name())
                .param("params", json.writeValueAsString(Params.of(request)))
                .param("ids", selected.stream().map(Selected::enrollmentId).toArray(Long[]::new))
                .param("versions", selected.stream().map(Selected::version).toArray(Integer[]::new))
                .param("total", selected.size()).param("preview", json.writeValueAsString(outcomes)).param("by", me.username())
                .query(Long.class).single();
        return new JobView(id, programId, request.action(), "PREVIEWED", selected.size(), 0, 0, request.action().allOrNothing(request),
                outcomes, List.of(), me.username(), null);
    }

    /**
     * Queues a previewed job to run once: a second apply (a double click, another tab, a retry) finds it queued and is
     * told so. Only the person who saw the preview applies it.
     */
    public JobView apply(long programId, long jobId, BulkRunner runner) {
        var job = get(programId, jobId);
        var me = access.require();
        if (!job.createdBy().equalsIgnoreCase(me.username())) {
            throw new AccessDeniedException("a preview is applied by whoever saw it");
        }
        int queued = jdbc.sql("UPDATE participant_bulk_job SET status = 'QUEUED', touched_at = now() WHERE id = ? AND status = 'PREVIEWED'").param(jobId).update();
        if (queued == 0) {
            throw InvalidInput.of("job", "participants.bulk.alreadyApplied");
        }
        runner.start(jobId, me.username());
        return get(programId, jobId);
    }

    /** A job of the program, for whoever manages the program. */
    public JobView get(long programId, long jobId) {
        manageable(programId);
        return jdbc.sql("SELECT * FROM participant_bulk_job WHERE id = ? AND program_id = ?").params(jobId, programId)
                .query((rs, i) -> view(rs)).optional().orElseThrow(() -> new NotFound("participant_bulk_job", jobId));
    }

    ProgramView manageable(long programId) {
        var program = programs.get(programId);
        if (!program.manageable()) {
            throw new AccessDeniedException("not this user's program");
        }
        return program;
    }

    private static void requireInputs(BulkRequest request) {
        if (request.action() == null) {
            throw InvalidInput.of("action", "input.required", InvalidInput.label("action"));
        }
        var problems = new InvalidInput.Collector().check(request);
        switch (request.action()) {
            case OUTCOME -> {
                if (request.outcome() == null || request.outcome().isBlank()) {
                    problems.add("outcome", "input.required", InvalidInput.label("outcome"));
                }
            }
            case TRAINING -> {
                if (request.eventId() == null) {
                    problems.add("eventId", "input.required", InvalidInput.label("eventId"));
                }
            }
            case VISIT -> {
                if (request.visitOn() == null) {
                    problems.add("visitOn", "input.required", InvalidInput.label("visitOn"));
                }
            }
            default -> {
            }
        }
        problems.throwIfAny();
    }

    /** The ticked participants, or all matching the filter; a ticked id that is not this program's is refused. */
    private List<Participant> selection(long programId, BulkRequest request) {
        if (request.all()) {
            var rows = participants.matching(programId, Filters.of(request.filter(), training));
            if (rows.isEmpty()) {
                throw InvalidInput.of("enrollmentIds", "programs.bulk.empty");
            }
            return rows;
        }
        var ids = request.enrollmentIds() == null ? List.<Long>of() : request.enrollmentIds();
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw InvalidInput.of("enrollmentIds", "input.nullItem", InvalidInput.label("enrollmentIds"));
        }
        if (ids.isEmpty()) {
            throw InvalidInput.of("enrollmentIds", "programs.bulk.empty");
        }
        if (ids.size() > ProgramParticipants.MAX_SELECTION) {
            throw InvalidInput.of("enrollmentIds", "participants.bulk.tooMany", ProgramParticipants.MAX_SELECTION);
        }
        var rows = participants.ofIds(programId, ids.stream().distinct().toList());
        if (rows.size() != ids.stream().distinct().count()) {
            throw InvalidInput.of("enrollmentIds", "participants.bulk.unknown");
        }
        return rows;
    }

    /** Checks (and with {@code apply} writes) the action on the selected rows; the same code for preview and job. */
    List<RowView> run(ProgramView program, BulkRequest request, List<Selected> selected, boolean apply) {
        long id = program.id();
        return switch (request.action()) {
            case STAGE -> views(changes.advance(id, selected, apply), null);
            case OUTCOME -> views(changes.outcome(id, selected, request.outcome(), request.reason(), apply), "enrollmentStatus.");
            case ASSIGN -> views(changes.assign(id, selected, request.facilitatorId(), request.reason(), apply), null);
            case VISIT -> views(changes.scheduleVisit(id, selected, request.visitOn(), apply), null);
            case TRAINING -> register(id, request.eventId(), selected, apply);
        };
    }

    private static List<RowView> views(List<RowOutcome> outcomes, String detailPrefix) {
        return outcomes.stream().map(o -> o.ok()
                        ? new RowView(o.enrollmentId(), o.businessName(), true, detailPrefix == null ? o.detail() : null,
                        detailPrefix == null ? null : detailPrefix + o.detail(), null, List.of())
                        : new RowView(o.enrollmentId(), o.businessName(), false, null, null, o.reason().code(), o.reason().args()))
                .toList();
    }

    /** Registers the owners of the selected participants' businesses; a row changed or ended since the preview is refused. */
    private List<RowView> register(long programId, long eventId, List<Selected> selected, boolean apply) {
        var now = new HashMap<Long, Participant>();
        participants.ofIds(programId, selected.stream().map(Selected::enrollmentId).toList()).forEach(p -> now.put(p.enrollmentId(), p));
        var rows = new ArrayList<RowView>();
        var able = new ArrayList<Participant>();
        for (var s : selected) {
            var p = now.get(s.enrollmentId());
            if (p == null) {
                rows.add(new RowView(s.enrollmentId(), "#" + s.enrollmentId(), false, null, null, "programs.bulk.notInProgram", List.of()));
            } else if (p.version() != s.version()) {
                rows.add(refused(p, "programs.bulk.changed"));
            } else if (!p.active()) {
                rows.add(refused(p, "programs.enrollment.notActive"));
            } else {
                rows.add(null);
                able.add(p);
            }
        }
        var businessIds = able.stream().map(Participant::businessId).toList();
        var byBusiness = new HashMap<Long, RowView>();
        if (!businessIds.isEmpty() && !apply) {
            training.preview(eventId, businessIds).forEach((businessId, planned) -> byBusiness.put(businessId, planned.ok()
                    ? ok(able, businessId, planned.waitlisted() ? "training.status.WAITLISTED" : "training.status.CONFIRMED")
                    : refused(find(able, businessId), planned.reason().code(), planned.reason().args())));
        } else if (!businessIds.isEmpty()) {
            training.register(eventId, businessIds).forEach(result -> byBusiness.put(result.businessId(), result.registrationId() != null
                    ? ok(able, result.businessId(), "training.status." + result.status().name())
                    : refused(find(able, result.businessId()), result.reasons().get(0).code(), result.reasons().get(0).args())));
        }
        var it = able.iterator();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                rows.set(i, byBusiness.get(it.next().businessId()));
            }
        }
        return rows;
    }

    private static Participant find(List<Participant> rows, long businessId) {
        return rows.stream().filter(p -> p.businessId() == businessId).findFirst().orElseThrow();
    }

    private static RowView ok(List<Participant> rows, long businessId, String detailKey) {
        var p = find(rows, businessId);
        return new RowView(p.enrollmentId(), p.businessName(), true, null, detailKey, null, List.of());
    }

    private static RowView refused(Participant p, String code, List<Object> args) {
        return new RowView(p.enrollmentId(), p.businessName(), false, null, null, code, args);
    }

    private static RowView refused(Participant p, String code) {
        return refused(p, code, List.of());
    }

    JobView view(ResultSet rs) throws SQLException {
        var action = BulkAction.valueOf(rs.getString("action"));
        var params = json.readValue(rs.getString("params"), Params.class);
        return new JobView(rs.getLong("id"), rs.getLong("program_id"), action, rs.getString("status"), rs.getInt("total"),
                rs.getInt("done"), rs.getInt("succeeded"), action.allOrNothing(params.request(action)),
                json.readValue(rs.getString("preview"), ROWS), json.readValue(rs.getString("failures"), ROWS),
                rs.getString("created_by"), rs.getObject("finished_at", OffsetDateTime.class));
    }

    /** What the runner needs of a queued job: its action, inputs and the rows with the versions the preview saw. */
    record Queued(long programId, BulkAction action, BulkRequest request, List<Selected> selected, String regionCode) {
    }

    Queued queued(long jobId) {
        return jdbc.sql("SELECT * FROM participant_bulk_job WHERE id = ?").param(jobId).query((rs, i) -> {
            var action = BulkAction.valueOf(rs.getString("action"));
            var ids = longs(rs.getArray("enrollment_ids"));
            var versions = ints(rs.getArray("versions"));
            var selected = new ArrayList<Selected>();
            for (int k = 0; k < ids.size(); k++) {
                selected.add(new Selected(ids.get(k), versions.get(k)));
            }
            return new Queued(rs.getLong("program_id"), action, json.readValue(rs.getString("params"), Params.class).request(action),
                    selected, rs.getString("region_code"));
        }).single();
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return Arrays.asList((Integer[]) array.getArray());
    }

    static Map<String, Object> rowsOf(List<Long> ok, List<Long> failed) {
        return Map.of("rows", ok, "failed", failed);
    }
}
