package id.naikkelas.market;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One occurrence of a supply order: due on a day, marked sent by the owner and received by the buyer. */
public record DeliveryView(long id, long orderId, String productName, String businessName, String buyer, int quantity,
                           LocalDate dueOn, OffsetDateTime sentAt, OffsetDateTime receivedAt, int version) {
}
