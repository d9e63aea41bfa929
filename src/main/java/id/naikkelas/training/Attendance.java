package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Times;
import id.naikkelas.identity.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Attendance per session: at the door the organiser's phone scans the participant's QR code (or the
 * short code is typed); online participants are ticked off a list. A code is accepted once per
 * session; anything else is refused with the reason.
 */
@Service
class Attendance {

    public enum Method { QR, CODE, ONLINE }

    public record CheckIn(long registrationId, String participantName, String businessName, int session, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;
    private final Access access;
    private final TrainingEvents events;
    private final Times times;

    Attendance(JdbcClient jdbc, Access access, TrainingEvents events, Times times) {
        this.times = times;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    private record Found(long id, long eventId, String status, String participant, String business) {
    }

    /** Records that the holder of {@code code} (the QR token, or the short code) is at session {@code sessionId}. */
    @Transactional
    public CheckIn checkIn(long eventId, long sessionId, String code, Method method) {
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
        var at = jdbc.sql("""
                        INSERT INTO training_attendance (registration_id, session_id, method, marked_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING RETURNING marked_at""")
                .params(found.id(), sessionId, method.name(), access.require().username())
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
        managedSession(eventId, sessionId);
        String me = access.require().username();
        var ids = present.toArray(Long[]::new);
        jdbc.sql("""
                        DELETE FROM training_attendance WHERE session_id = ? AND method = 'ONLINE'
                        AND NOT (registration_id = ANY (?))""").params(sessionId, ids).update();
        jdbc.sql("""
                        INSERT INTO training_attendance (registration_id, session_id, method, marked_by)
                        SELECT r.id, ?, 'ONLINE', ? FROM training_registration r
                        WHERE r.event_id = ? AND r.status = 'CONFIRMED' AND r.id = ANY (?)
                        ON CONFLICT DO NOTHING""").params(sessionId, me, eventId, ids).update();
    }

    private record Session(int position, String region) {
    }

    private Session managedSession(long eventId, long sessionId) {
        var event = events.get(eventId);
        if (!event.manageable()) {
            throw new AccessDeniedException("attendance is taken by the organisers");
        }
        return event.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .map(s -> new Session(s.position(), event.regionCode()))
                .orElseThrow(() -> new NotFound("training_session", sessionId));
    }
}
