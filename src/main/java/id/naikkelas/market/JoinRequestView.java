package id.naikkelas.market;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to take part in an event, as its owner and the event's curators read it; answer it with {@code version}.
 * {@code regionCode} is the business's, whose clock the times are shown on.
 */
public record JoinRequestView(long id, long marketEventId, String eventName, LocalDate startsOn, long businessId, String businessName,
                              String place, String regionCode, String note, Status status, String reason, Instant askedAt,
                              Instant decidedAt, int version) {

    public enum Status { PENDING, ACCEPTED, DECLINED }
}
