package id.naikkelas.market;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A buyer's request to change an order's terms, as the buyer asked it and the owner answered it. */
public record OrderChangeView(long id, int quantity, int weekday, LocalDate endsOn, String place, String note, String status,
                              String declineReason, OffsetDateTime requestedAt) {
}
