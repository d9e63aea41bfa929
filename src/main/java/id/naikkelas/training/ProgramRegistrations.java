package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Training as a program's participant list uses it (issue 18): the events its staff may register the participants
 * for, what a registration of many would do before it is made, the registration itself, and who attended.
 */
@Service
public class ProgramRegistrations {

    private final JdbcClient jdbc;
    private final TrainingEvents events;
    private final Registrations registrations;

    ProgramRegistrations(JdbcClient jdbc, TrainingEvents events, Registrations registrations) {
        this.jdbc = jdbc;
        this.events = events;
        this.registrations = registrations;
    }

    public record EventChoice(long id, String topic, OffsetDateTime startsAt, int seatsLeft) {
    }

    /** Upcoming events of the program (or of no program) that the user organises and that take registrations. */
    public List<EventChoice> openEvents(long programId) {
        return events.list(false).stream()
                .filter(e -> e.manageable() && "OPEN".equals(e.status()) && (e.programId() == null || e.programId() == programId))
                .map(e -> new EventChoice(e.id(), e.topic(), e.sessions().isEmpty() ? null : e.sessions().get(0).startsAt(), e.seatsLeft()))
                .toList();
    }

    /** The events of the program the user may see, upcoming and past: whose attendance the list may be narrowed to. */
    public List<EventChoice> events(long programId) {
        return java.util.stream.Stream.concat(events.list(false).stream(), events.list(true).stream())
                .filter(e -> e.programId() != null && e.programId() == programId)
                .map(e -> new EventChoice(e.id(), e.topic(), e.sessions().isEmpty() ? null : e.sessions().get(0).startsAt(), e.seatsLeft()))
                .toList();
    }

    /** What registering each business would do: a seat, a place on the waitlist, or the reason it cannot. */
    public record Planned(long businessId, boolean ok, boolean waitlisted, InvalidInput.Violation reason) {
    }

    public Map<Long, Planned> preview(long eventId, List<Long> businessIds) {
        var event = events.get(eventId);
        if (!event.manageable()) {
            throw new org.springframework.security.access.AccessDeniedException("bulk registration is for the organisers");
        }
        var already = new HashSet<>(jdbc.sql("""
                        SELECT business_id FROM training_registration WHERE event_id = :event AND status <> 'CANCELLED' AND business_id = ANY(:ids)""")
                .param("event", eventId).param("ids", businessIds.toArray(Long[]::new)).query(Long.class).list());
        int seats = event.seatsLeft();
        var planned = new LinkedHashMap<Long, Planned>();
        for (long id : businessIds) {
            if (!"OPEN".equals(event.status())) {
                planned.put(id, new Planned(id, false, false, new InvalidInput.Violation("event", "training.registration.closed", List.of())));
            } else if (already.contains(id)) {
                planned.put(id, new Planned(id, false, false, new InvalidInput.Violation("event", "programs.bulk.training.already", List.of(event.topic()))));
            } else {
                planned.put(id, new Planned(id, true, seats-- <= 0, null));
            }
        }
        return planned;
    }

    /** Registers the owners of the businesses, each line with its outcome ({@link Registrations#registerAll}). */
    public List<Registrations.Result> register(long eventId, List<Long> businessIds) {
        return registrations.registerAll(eventId, businessIds);
    }

    /** The topic of an event the user may see. */
    public String topic(long eventId) {
        return events.get(eventId).topic();
    }

    /** The businesses with a confirmed registration that attended at least one session of the event. */
    public Set<Long> attendees(long eventId) {
        events.get(eventId);
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT r.business_id FROM training_registration r JOIN training_attendance t ON t.registration_id = r.id
                        WHERE r.event_id = ? AND r.status = 'CONFIRMED'""").param(eventId).query(Long.class).list());
    }
}
