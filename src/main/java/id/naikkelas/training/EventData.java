package id.naikkelas.training;

import id.naikkelas.registry.Sector;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * An event as its organiser sets it up.
 *
 * @param regionCode        where it is held (the venue's region; for online events the organiser's)
 * @param targetRegionCodes whose businesses may register; empty means the event's own region
 * @param minSessions       sessions a participant must attend to complete; null means all
 * @param passMark          post-test pass mark 0–100; null takes the event type's (PKP: required)
 */
public record EventData(EventType type, String topic, String description, Long programId, List<Long> partnerAgencyIds,
                        List<String> trainers, EventMode mode, String regionCode, String venue, String meetingLink,
                        Integer capacity, OffsetDateTime registrationDeadline, List<Session> sessions,
                        List<String> targetRegionCodes, Set<Sector> targetSectors, Integer minSessions, Integer passMark) {

    public record Session(OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }
}
