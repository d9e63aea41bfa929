package id.naikkelas.market;

import java.time.LocalDate;

/**
 * The steps a delivery of a supply order goes through, as a table: from which status, to which, by which side, and
 * from how many days before its due date (the owner may send the day before, for an early-morning delivery; that it
 * did not arrive is known only on the day). A received delivery was first sent: the buyer cannot receive what the
 * owner has not sent. The server refuses any other step; pages show only the allowed ones.
 */
public enum DeliveryStep {

    SEND(DeliveryStatus.PLANNED, DeliveryStatus.SENT, Party.OWNER, 1),
    NOT_DELIVERED(DeliveryStatus.PLANNED, DeliveryStatus.NOT_DELIVERED, Party.OWNER, 0),
    RECEIVE(DeliveryStatus.SENT, DeliveryStatus.RECEIVED, Party.BUYER, null);

    final DeliveryStatus from;
    final DeliveryStatus to;
    final Party by;
    /** How many days before the due date the step may be taken; null: whenever the status allows. */
    private final Integer daysBeforeDue;

    DeliveryStep(DeliveryStatus from, DeliveryStatus to, Party by, Integer daysBeforeDue) {
        this.from = from;
        this.to = to;
        this.by = by;
        this.daysBeforeDue = daysBeforeDue;
    }

    boolean allowed(DeliveryStatus status, LocalDate dueOn, LocalDate today) {
        return status == from && (daysBeforeDue == null || !today.isBefore(dueOn.minusDays(daysBeforeDue)));
    }

    /** Why the step is refused, for the person who tried it. */
    String refusal(DeliveryStatus status) {
        if (status != from) {
            return this == RECEIVE ? "market.delivery.notSent" : "market.delivery.notPlanned";
        }
        return this == SEND ? "market.delivery.tooEarly" : "market.delivery.notYetDue";
    }
}
