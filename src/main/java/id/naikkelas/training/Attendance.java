package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Times;
import id.naikkelas.common.Today;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.identity.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * Attendance per session: at the door the organiser's phone scans the participant's QR code (or the
 * short code is typed); online participants are ticked off a list. A code is accepted once per
 * session; anything else is refused with the reason. When each may happen is {@link AttendanceRules};
 * an organiser who missed the window records attendance later with a reason, audited and shown as such.
 */
@Service
class Attendance {

    public enum Method { QR, CODE, ONLINE, RECORDED }

    public record CheckIn(long registrationId, String participantName, String businessName, int session, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;
    private final Access access;
    private final TrainingEvents events;
    private final Times times;
    private final AttendanceRules rules;
    private final Today today;
    private final AuditTrail audit;

    Attendance(JdbcClient jdbc, Access access, TrainingEvents events, Times times, AttendanceRules rules, Today today, AuditTrail audit) {
        this.times = times;
        this.rules = rules;
        this.today = today;
        this.audit = audit;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    private record Found(long id, long eventId, String status, String participant, String business) {
    }

    /** Records that the holder of {@code code} (the QR token, or the short code) is at session {@code sessionId}. */
    @Transactional
    public CheckIn checkIn(long eventId, long sessionId, String code, Method method) {
        if (method != Method.QR && method != Method.CODE) {
            throw InvalidInput.of("method", "training.checkin.method");
        }
        var session = managedSession(eventId, sessionId);
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("code", "training.checkin.empty");
        }
        String sql = """
                SELECT r.id, r.event_id, r.status, r.participant_name, b.name FROM training_registration r
                JOIN registry_business b ON b.id = r.business_id WHERE\s""";
        var found = (method == Method.QR
                ? jdbc.sql(sql + "r.token = ?").param(code.trim())
                : jdbc.sql(sql + "r.event_id = ? AND r.short_code = ?").params(eventId, Codes.normalise(code)))
                .query((rs, i) -> new Found(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional()
                .orElseThrow(() -> InvalidInput.of("code", "training.checkin.unknown"));
        if (found.eventId() != eventId) {
            throw InvalidInput.of("code", "training.checkin.otherEvent", found.participant());
        }
        if (!"CONFIRMED".equals(found.status())) {
            throw InvalidInput.of("code", "WAITLISTED".equals(found.status()) ? "training.checkin.waitlisted" : "training.checkin.cancelled",
                    found.participant());
        }
        var now = today.now();
        rules.checkIn(session.view(), session.region(), now).ifPresent(refused -> {
            throw refused;
        });
        var at = jdbc.sql("""
                        INSERT INTO training_attendance (registration_id, session_id, method, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING RETURNING marked_at""")
                .params(found.id(), sessionId, method.name(), access.require().username(), now)
                .query(OffsetDateTime.class).optional();
        if (at.isEmpty()) {
            var earlier = jdbc.sql("SELECT marked_at FROM training_attendance WHERE registration_id = ? AND session_id = ?")
                    .params(found.id(), sessionId).query(OffsetDateTime.class).single();
            throw InvalidInput.of("code", "training.checkin.already", found.participant(),
                    times.time(earlier, session.region()));
        }
        return new CheckIn(found.id(), found.participant(), found.business(), session.position(), at.get());
    }

    /**
     * Sets who attended a session online: the confirmed registrations in {@code present} are marked,
     * online marks of the others are removed; marks made at the door stay.
     */
    @Transactional
    public void setOnline(long eventId, long sessionId, Set<Long> present) {
        var session = managedSession(eventId, sessionId);
        var now = today.now();
        rules.started(session.view(), session.region(), now, "present").ifPresent(refused -> {
            throw refused;
        });
        String me = access.require().username();
        var ids = present.toArray(Long[]::new);
        jdbc.sql("""
                        DELETE FROM training_attendance WHERE session_id = ? AND method = 'ONLINE'
                        AND NOT (registration_id = ANY (?))""").params(sessionId, ids).update();
        jdbc.sql("""
                        INSERT INTO training_attendance (registration_id, session_id, method, marked_by, marked_at)
                        SELECT r.id, ?, 'ONLINE', ?, ? FROM training_registration r
                        WHERE r.event_id = ? AND r.status = 'CONFIRMED' AND r.id = ANY (?)
                        ON CONFLICT DO NOTHING""").params(sessionId, me, now, eventId, ids).update();
    }

    /**
     * An organiser records, after the fact, that a participant attended a session (a paper list, a scanner
     * that failed): only once the session has started, always with a reason; audited, and marked as such on
     * the participant's row and in the export.
     */
    @Transactional
    public CheckIn recordLater(long eventId, long sessionId, long registrationId, String reason) {
        var session = managedSession(eventId, sessionId);
        var problems = new InvalidInput.Collector();
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "training.attendance.reasonRequired");
        } else if (reason.trim().length() > 500) {
            problems.add("reason", "training.attendance.reasonTooLong", 500);
        }
        problems.throwIfAny();
        var now = today.now();
        rules.started(session.view(), session.region(), now, "session").ifPresent(refused -> {
            throw refused;
        });
        var found = jdbc.sql("""
                        SELECT r.id, r.event_id, r.status, r.participant_name, b.name FROM training_registration r
                        JOIN registry_business b ON b.id = r.business_id WHERE r.id = ? AND r.event_id = ?""")
                .params(registrationId, eventId)
                .query((rs, i) -> new Found(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional().orElseThrow(() -> new NotFound("training_registration", registrationId));
        if (!"CONFIRMED".equals(found.status())) {
            throw InvalidInput.of("registration", "WAITLISTED".equals(found.status()) ? "training.checkin.waitlisted" : "training.checkin.cancelled",
                    found.participant());
        }
        var at = jdbc.sql("""
                        INSERT INTO training_attendance (registration_id, session_id, method, marked_by, marked_at, reason)
                        VALUES (?, ?, 'RECORDED', ?, ?, ?) ON CONFLICT DO NOTHING RETURNING marked_at""")
                .params(found.id(), sessionId, access.require().username(), now, reason.trim())
                .query(OffsetDateTime.class).optional();
        if (at.isEmpty()) {
            var earlier = jdbc.sql("SELECT marked_at FROM training_attendance WHERE registration_id = ? AND session_id = ?")
                    .params(found.id(), sessionId).query(OffsetDateTime.class).single();
            throw InvalidInput.of("registration", "training.checkin.already", found.participant(), times.time(earlier, session.region()));
        }
        audit.action("training_attendance", found.id() + "/" + sessionId, "RECORD_LATER", session.region(), Map.of(),
                Map.of("participant", found.participant(), "session", session.position(), "reason", reason.trim()));
        return new CheckIn(found.id(), found.participant(), found.business(), session.position(), at.get());
    }

    private record Session(int position, String region, EventView.SessionView view) {
    }

    private Session managedSession(long eventId, long sessionId) {
        var event = events.get(eventId);
        if (!event.manageable()) {
            throw new AccessDeniedException("attendance is taken by the organisers");
        }
        return event.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .map(s -> new Session(s.position(), event.regionCode(), s))
                .orElseThrow(() -> new NotFound("training_session", sessionId));
    }
}
