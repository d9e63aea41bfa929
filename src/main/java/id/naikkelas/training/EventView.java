package id.naikkelas.training;

import id.naikkelas.registry.Sector;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * An event as pages and the API show it. {@code meetingLink} is shown to its staff and to registered
 * participants only; {@code passMark} is the one in force (the event's or its type's); {@code timing} says whether it is
 * on today, upcoming or past, and {@code nextSessionStartsAt} when its next session (today's or later) starts.
 */
record EventView(long id, long agencyId, String agencyName, String regionCode, String regionLabel, String zone,
                        EventType type, String topic, String description, Long programId, String programName,
                        List<Partner> partners, List<String> trainers, EventMode mode, String venue, String meetingLink,
                        int capacity, OffsetDateTime registrationDeadline, List<SessionView> sessions,
                        List<String> targetRegionCodes, List<String> targetRegionLabels, Set<Sector> targetSectors,
                        Integer minSessions, Integer passMark, boolean passMarkConfirmed, String status, String cancelReason, int confirmed,
                        int waitlisted, boolean manageable, boolean registrationOpen, int version, EventTiming timing,
                        OffsetDateTime nextSessionStartsAt) {

    public record Partner(long agencyId, String name) {
    }

    public record SessionView(long id, int position, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    /** The start a list shows: the next session's while the event is ahead, else the first session's. */
    public OffsetDateTime shownStart() {
        return nextSessionStartsAt != null ? nextSessionStartsAt : sessions.isEmpty() ? null : sessions.get(0).startsAt();
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }

    public int sessionsNeeded() {
        return minSessions == null ? sessions.size() : Math.min(minSessions, sessions.size());
    }
}
