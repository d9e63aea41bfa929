package id.naikkelas.market;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One occurrence of a supply order: how many, where, due on a day, marked sent by the owner and received by the buyer
 * (or not delivered, with the owner's reason, or cancelled with its order). {@code steps}: what may be done next today.
 */
public record DeliveryView(long id, long orderId, String productName, String businessName, String buyer, int quantity, String place,
                           LocalDate dueOn, DeliveryStatus status, OffsetDateTime sentAt, OffsetDateTime receivedAt, String reason,
                           List<DeliveryStep> steps, int version) {

    public boolean may(String step) {
        return steps.contains(DeliveryStep.valueOf(step));
    }

    public boolean open() {
        return status == DeliveryStatus.PLANNED || status == DeliveryStatus.SENT;
    }
}
