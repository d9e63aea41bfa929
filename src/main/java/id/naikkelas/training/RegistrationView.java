package id.naikkelas.training;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A registration as its participant and the organisers see it. {@code token} (the QR code's content)
 * and {@code shortCode} are shown only to the participant's owner account and the organisers. {@code sessionStartsAt}
 * is when the event's next session starts (today's or later), or once it is past its last one, on the event's clock;
 * {@code timing} says which.
 */
record RegistrationView(long id, long eventId, String eventTopic, EventType eventType, long businessId,
                               String businessName, String regionCode, String participantName, String participantRole,
                               Registrations.Status status, Integer waitlistPosition, String token, String shortCode,
                               OffsetDateTime registeredAt, OffsetDateTime promotedAt, Set<Integer> attendedSessions,
                               Integer preScore, Integer postScore, Completion completion, String certificateCode,
                               boolean mine, boolean manageable, List<RecordedLater> recordedLater, String eventRegionCode,
                               OffsetDateTime sessionStartsAt, EventTiming timing) {

    /** Attendance an organiser recorded after the fact, with the reason given (shown with the participant and exported). */
    public record RecordedLater(int session, String reason, String by) {
    }

    /** Post-test minus pre-test, in points; null until both are taken. */
    public Integer improvement() {
        return preScore == null || postScore == null ? null : postScore - preScore;
    }

    public boolean completed() {
        return status == Registrations.Status.CONFIRMED && completion.completed();
    }
}
