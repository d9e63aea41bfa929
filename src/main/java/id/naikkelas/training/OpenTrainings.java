package id.naikkelas.training;

import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Trainings a business can still join whose certificate stands for a pathway document (a PKP for the P-IRT's
 * PKP certificate), so a case step that waits for that certificate can offer them. No access check: the caller
 * asks about a business it has loaded, and an owner sees these same events on the training pages (they are
 * aimed at the business's region).
 */
@Service
public class OpenTrainings {

    /** Enough for a step on a phone; the training pages list the rest. */
    static final int LIMIT = 5;

    private final JdbcClient jdbc;
    private final Today today;
    private final TrainingRules rules;

    OpenTrainings(JdbcClient jdbc, TrainingEvents events, Today today) {
        this.today = today;
        this.jdbc = jdbc;
        this.rules = events.rules();
    }

    /** @param seatsLeft 0 when full: registering puts the person on the waitlist */
    public record OpenTraining(long id, EventType type, String topic, EventMode mode, OffsetDateTime firstStart,
                               OffsetDateTime registrationDeadline, int seatsLeft) {
    }

    /**
     * Events open for registration (not cancelled, deadline not passed) aimed at the region, of every type whose
     * certificate is evidence of {@code documentType}, soonest first.
     */
    public List<OpenTraining> forDocument(String documentType, String businessRegion) {
        var types = Arrays.stream(EventType.values())
                .filter(type -> documentType.equals(rules.of(type).evidenceDocument()))
                .map(Enum::name).toArray(String[]::new);
        if (types.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM (SELECT e.id, e.type, e.topic, e.mode, e.registration_deadline,
                            (SELECT min(s.starts_at) FROM training_session s WHERE s.event_id = e.id) AS first_start,
                            e.capacity - (SELECT count(*) FROM training_registration r
                                          WHERE r.event_id = e.id AND r.status = 'CONFIRMED') AS seats_left
                          FROM training_event e
                          WHERE e.status = 'OPEN' AND e.type = ANY (CAST(:types AS text[])) AND e.registration_deadline > :now
                            AND EXISTS (SELECT 1 FROM unnest(e.target_region_codes) rc
                                        WHERE rc = CAST(:region AS text) OR CAST(:region AS text) LIKE rc || '.%')) e
                        ORDER BY first_start, id LIMIT :limit""")
                .param("types", types).param("now", today.now()).param("region", businessRegion).param("limit", LIMIT)
                .query((rs, i) -> new OpenTraining(rs.getLong("id"), EventType.valueOf(rs.getString("type")), rs.getString("topic"),
                        EventMode.valueOf(rs.getString("mode")), rs.getObject("first_start", OffsetDateTime.class),
                        rs.getObject("registration_deadline", OffsetDateTime.class), Math.max(0, rs.getInt("seats_left"))))
                .list();
    }
}
