package id.naikkelas.training;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.notification.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seats and the waitlist of one event. Every change of seats runs with the event row locked
 * ({@link #lock}), so concurrent registrations and cancellations are serialised per event and
 * an event is never overbooked.
 */
@Component
class Waitlist {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AuditTrail audit;

    Waitlist(JdbcClient jdbc, Notifications notifications, AuditTrail audit) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.audit = audit;
    }

    record Seats(int capacity, int confirmed, String status, java.time.OffsetDateTime deadline, String topic) {

        boolean free() {
            return confirmed < capacity;
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Seats lock(long eventId) {
        var seats = jdbc.sql("SELECT capacity, status, registration_deadline, topic FROM training_event WHERE id = ? FOR UPDATE")
                .param(eventId)
                .query((rs, i) -> new Seats(rs.getInt("capacity"), 0, rs.getString("status"),
                        rs.getObject("registration_deadline", java.time.OffsetDateTime.class), rs.getString("topic")))
                .single();
        // counted in a statement of its own: in READ COMMITTED it sees what the lock holder before us committed,
        // which a subquery of the locking statement (with that statement's older snapshot) would not
        int confirmed = jdbc.sql("SELECT count(*) FROM training_registration WHERE event_id = ? AND status = 'CONFIRMED'")
                .param(eventId).query(Integer.class).single();
        return new Seats(seats.capacity(), confirmed, seats.status(), seats.deadline(), seats.topic());
    }

    /** Promotes the earliest waitlisted registrations into the seats that are free, telling each person. */
    @Transactional(propagation = Propagation.MANDATORY)
    void fillFreeSeats(long eventId) {
        var seats = lock(eventId);
        if (!"OPEN".equals(seats.status())) {
            return;
        }
        int free = seats.capacity() - seats.confirmed();
        if (free <= 0) {
            return;
        }
        var promoted = jdbc.sql("""
                        UPDATE training_registration SET status = 'CONFIRMED', promoted_at = now()
                        WHERE id IN (SELECT id FROM training_registration WHERE event_id = ? AND status = 'WAITLISTED'
                                     ORDER BY registered_at, id LIMIT ?)
                        RETURNING id, business_id, region_code, participant_name""")
                .params(eventId, free)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)}).list();
        for (Object[] row : promoted) {
            audit.action("training_registration", row[0], "PROMOTE", (String) row[2], Map.of("status", "WAITLISTED"),
                    Map.of("status", "CONFIRMED"));
            notifyOwner((Long) row[1], "training.notice.promoted", (String) row[3], seats.topic());
        }
    }

    /** Tells the business's owner (account and phone, where known); the message's arguments are the participant, the topic and {@code more}. */
    void notifyOwner(long businessId, String key, String participant, String topic, String... more) {
        var args = new ArrayList<>(List.of(participant, topic));
        args.addAll(List.of(more));
        jdbc.sql("""
                        SELECT u.username, b.owner_phone FROM registry_business b
                        LEFT JOIN identity_user u ON u.id = b.owner_user_id WHERE b.id = ?""")
                .param(businessId)
                .query((rs, i) -> new id.naikkelas.notification.Message(rs.getString(1), rs.getString(2), key,
                        args))
                .optional().ifPresent(notifications::send);
    }
}
