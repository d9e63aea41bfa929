package id.naikkelas.market;

import java.time.LocalDate;

/**
 * The steps a delivery of a supply order goes through, as a table: from which status, to which, by which side, and
 * from how many days before its due date (the owner may send the day before, for an early-morning delivery; that it
 * did not arrive is known only on the day). A received delivery was first sent: the buyer cannot receive what the
 * owner has not sent. The server refuses any other step; pages show only the allowed ones.
 */
public enum DeliveryStep {

    /** The owner's step ({@code Trade.markSent}). */
    SEND(DeliveryStatus.PLANNED, DeliveryStatus.SENT, 1),
    /** The owner's step, with a reason ({@code Trade.markNotDelivered}). */
    NOT_DELIVERED(DeliveryStatus.PLANNED, DeliveryStatus.NOT_DELIVERED, 0),
    /** The buyer's step ({@code Trade.markReceived}). */
    RECEIVE(DeliveryStatus.SENT, DeliveryStatus.RECEIVED, null);

    final DeliveryStatus from;
    final DeliveryStatus to;
    /** How many days before the due date the step may be taken; null: whenever the status allows. */
    private final Integer daysBeforeDue;

    DeliveryStep(DeliveryStatus from, DeliveryStatus to, Integer daysBeforeDue) {
        this.from = from;
        this.to = to;
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
