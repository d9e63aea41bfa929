package id.naikkelas.programs;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.storage.FileStore;
import id.naikkelas.storage.Images;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Field visits: the monitoring schedule a program implies, visit logs with photos, and follow-ups. */
@Service
public class Visits {

    private final JdbcClient jdbc;
    private final Access access;
    private final AuditTrail audit;
    private final FileStore files;
    private final Enrollments enrollments;
    private final Today today;

    Visits(JdbcClient jdbc, Access access, AuditTrail audit, FileStore files, @Lazy Enrollments enrollments, Today today) {
        this.today = today;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.files = files;
        this.enrollments = enrollments;
    }

    public record VisitView(long id, LocalDate plannedOn, LocalDate visitedOn, String mode, String status, boolean missed,
                            String notes, String findings, String facilitator, BigDecimal latitude, BigDecimal longitude,
                            List<Long> photoIds, List<FollowUpView> followUps) {
    }

    public record FollowUpView(long id, String description, LocalDate dueOn, String responsible, OffsetDateTime doneAt,
                               boolean overdue) {
    }

    /**
     * Plans the monitoring visits a program implies from the enrolment date: every stage with a visit
     * interval gets one visit per interval (e.g. monthly for a 6-month monitoring stage = 6 visits).
     */
    void plan(long enrollmentId, ProgramView program, LocalDate enrolledOn) {
        var enrollment = enrollments.load(enrollmentId);
        LocalDate stageStart = enrolledOn;
        for (var stage : program.stages()) {
            if (stage.visitIntervalDays() != null) {
                for (int day = stage.visitIntervalDays(); day <= stage.durationDays(); day += stage.visitIntervalDays()) {
                    jdbc.sql("""
                                    INSERT INTO visit (enrollment_id, business_id, region_code, planned_on, status)
                                    VALUES (?, ?, ?, ?, 'PLANNED')""")
                            .params(enrollmentId, enrollment.businessId(), enrollment.regionCode(), stageStart.plusDays(day)).update();
                }
            }
            stageStart = stageStart.plusDays(stage.durationDays());
        }
    }

    /**
     * {@link #plan} for many enrolments of one program at once (bulk enrolment): their visits in one statement, the
     * business and region taken from each enrolment in the same statement.
     */
    void planAll(List<Long> enrollmentIds, ProgramView program, LocalDate enrolledOn) {
        var days = new ArrayList<LocalDate>();
        LocalDate stageStart = enrolledOn;
        for (var stage : program.stages()) {
            if (stage.visitIntervalDays() != null) {
                for (int day = stage.visitIntervalDays(); day <= stage.durationDays(); day += stage.visitIntervalDays()) {
                    days.add(stageStart.plusDays(day));
                }
            }
            stageStart = stageStart.plusDays(stage.durationDays());
        }
        if (enrollmentIds.isEmpty() || days.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO visit (enrollment_id, business_id, region_code, planned_on, status)
                        SELECT e.id, e.business_id, e.region_code, d.planned_on, 'PLANNED'
                        FROM enrollment e CROSS JOIN unnest(CAST(:days AS date[])) AS d(planned_on)
                        WHERE e.id = ANY(:ids) ORDER BY e.id, d.planned_on""")
                .param("days", days.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .param("ids", enrollmentIds.toArray(Long[]::new))
                .update();
    }

    /**
     * Records a visit. The nearest planned visit that is due (up to two weeks ahead) is marked done;
     * otherwise the visit is added. The same form token submitted twice records one visit.
     */
    @Transactional
    public long record(long enrollmentId, VisitData data) {
        CurrentUser me = access.require();
        var enrollment = enrollments.load(enrollmentId);
        requireFacilitatorOrStaff(me, enrollment);
        if (data.token() != null) {
            var existing = jdbc.sql("SELECT id FROM visit WHERE client_token = ?").param(data.token()).query(Long.class).optional();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        var problems = new InvalidInput.Collector().check(data);
        if (data.visitedOn() == null) {
            problems.add("visitedOn", "field.required");
        } else if (data.visitedOn().isAfter(this.today.date())) {
            problems.add("visitedOn", "programs.visit.future");
        }
        if (data.mode() == null || !List.of("ONSITE", "ONLINE").contains(data.mode())) {
            problems.add("mode", "field.required");
        }
        if (data.notes() == null || data.notes().isBlank()) {
            problems.add("notes", "field.required");
        }
        var followUps = data.followUps() == null ? List.<VisitData.FollowUpData>of() : data.followUps().stream()
                .filter(f -> f.description() != null && !f.description().isBlank()).toList();
        for (var f : followUps) {
            if (f.dueOn() == null) {
                problems.add("followUps", "programs.followUp.due.required");
            }
        }
        problems.throwIfAny();
        var planned = jdbc.sql("""
                        SELECT id FROM visit WHERE enrollment_id = ? AND status = 'PLANNED' AND planned_on <= ?
                        ORDER BY abs(planned_on - ?::date), id LIMIT 1""")
                .params(enrollmentId, data.visitedOn().plusDays(14), data.visitedOn()).query(Long.class).optional();
        long id;
        if (planned.isPresent()) {
            id = planned.get();
            jdbc.sql("""
                            UPDATE visit SET status = 'DONE', visited_on = ?, mode = ?, latitude = ?, longitude = ?, notes = ?, findings = ?,
                                facilitator = ?, client_token = ? WHERE id = ?""")
                    .params(data.visitedOn(), data.mode(), data.latitude(), data.longitude(), data.notes().trim(), blank(data.findings()),
                            me.username(), data.token(), id).update();
        } else {
            id = jdbc.sql("""
                            INSERT INTO visit (enrollment_id, business_id, region_code, visited_on, mode, latitude, longitude, notes, findings,
                                status, facilitator, client_token)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DONE', ?, ?) RETURNING id""")
                    .params(enrollmentId, enrollment.businessId(), enrollment.regionCode(), data.visitedOn(), data.mode(),
                            data.latitude(), data.longitude(), data.notes().trim(), blank(data.findings()), me.username(), data.token())
                    .query(Long.class).single();
        }
        for (var f : followUps) {
            jdbc.sql("INSERT INTO follow_up (visit_id, enrollment_id, description, due_on, responsible) VALUES (?, ?, ?, ?, ?)")
                    .params(id, enrollmentId, f.description().trim(), f.dueOn(),
                            "FACILITATOR".equals(f.responsible()) ? "FACILITATOR" : "OWNER").update();
        }
        audit.created("visit", id, enrollment.regionCode(), Map.of("enrollment", enrollmentId, "visitedOn", data.visitedOn(),
                "mode", data.mode(), "followUps", followUps.size()));
        return id;
    }

    @Transactional
    public long addPhoto(long visitId, byte[] content) {
        var visit = jdbc.sql("SELECT enrollment_id FROM visit WHERE id = ?").param(visitId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("visit", visitId));
        requireFacilitatorOrStaff(access.require(), enrollments.load(visit));
        var image = Images.toJpeg(content == null ? new byte[0] : content, 1024, "photo")
                .orElseThrow(() -> InvalidInput.of("photo", "registry.photo.notImage"));
        String key = files.put("visits", image.jpeg(), "jpg");
        return jdbc.sql("INSERT INTO visit_photo (visit_id, storage_key, width, height) VALUES (?, ?, ?, ?) RETURNING id")
                .params(visitId, key, image.width(), image.height()).query(Long.class).single();
    }

    public byte[] photo(long photoId) {
        var row = jdbc.sql("SELECT v.enrollment_id, p.storage_key FROM visit_photo p JOIN visit v ON v.id = p.visit_id WHERE p.id = ?")
                .param(photoId).query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFound("photo", photoId));
        enrollments.one(row.getKey());
        return files.get(row.getValue()).orElseThrow(() -> new NotFound("photo", photoId));
    }

    @Transactional
    public void completeFollowUp(long followUpId) {
        long enrollmentId = jdbc.sql("SELECT enrollment_id FROM follow_up WHERE id = ?").param(followUpId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("follow-up", followUpId));
        var me = access.require();
        requireFacilitatorOrStaff(me, enrollments.load(enrollmentId));
        jdbc.sql("UPDATE follow_up SET done_at = now(), done_by = ? WHERE id = ? AND done_at IS NULL").params(me.username(), followUpId).update();
    }

    /** Planned and done visits of an enrolment, newest plans last; a planned visit in the past is missed. */
    public List<VisitView> ofEnrollment(long enrollmentId) {
        enrollments.one(enrollmentId);
        LocalDate today = this.today.date();
        // photos and follow-ups of all the visits in one query each, read after the visits (no query inside another's rows)
        var photos = new HashMap<Long, List<Long>>();
        jdbc.sql("""
                        SELECT p.visit_id, p.id FROM visit_photo p JOIN visit v ON v.id = p.visit_id
                        WHERE v.enrollment_id = ? ORDER BY p.id""").param(enrollmentId)
                .query(rs -> {
                    photos.computeIfAbsent(rs.getLong("visit_id"), v -> new ArrayList<>()).add(rs.getLong("id"));
                });
        var followUps = new HashMap<Long, List<FollowUpView>>();
        jdbc.sql("""
                        SELECT f.* FROM follow_up f JOIN visit v ON v.id = f.visit_id
                        WHERE v.enrollment_id = ? ORDER BY f.due_on, f.id""").param(enrollmentId)
                .query(r -> {
                    var done = r.getObject("done_at", OffsetDateTime.class);
                    LocalDate due = r.getObject("due_on", LocalDate.class);
                    followUps.computeIfAbsent(r.getLong("visit_id"), v -> new ArrayList<>()).add(new FollowUpView(r.getLong("id"),
                            r.getString("description"), due, r.getString("responsible"), done, done == null && due.isBefore(today)));
                });
        return jdbc.sql("SELECT * FROM visit WHERE enrollment_id = ? ORDER BY coalesce(visited_on, planned_on), id").param(enrollmentId)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    LocalDate plannedOn = rs.getObject("planned_on", LocalDate.class);
                    String status = rs.getString("status");
                    return new VisitView(id, plannedOn, rs.getObject("visited_on", LocalDate.class), rs.getString("mode"), status,
                            "PLANNED".equals(status) && plannedOn != null && plannedOn.isBefore(today), rs.getString("notes"),
                            rs.getString("findings"), rs.getString("facilitator"), rs.getBigDecimal("latitude"),
                            rs.getBigDecimal("longitude"), photos.getOrDefault(id, List.of()), followUps.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** Refuses whoever may not record a visit of the enrolment (its owner, above all): the visit form is not theirs. */
    public void checkCanRecord(long enrollmentId) {
        requireFacilitatorOrStaff(access.require(), enrollments.load(enrollmentId));
    }

    private void requireFacilitatorOrStaff(CurrentUser me, Enrollments.Stored enrollment) {
        if (!enrollments.isAssignedFacilitator(me, enrollment.id()) && !enrollments.manageable(enrollment.programId()).manageable()) {
            throw new AccessDeniedException("not this user's enrolment");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
