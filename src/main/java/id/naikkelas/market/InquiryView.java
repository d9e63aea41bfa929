package id.naikkelas.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An inquiry as both sides see it, with the order it became, if any. */
public record InquiryView(long id, long productId, String productName, long businessId, String businessName, String buyer,
                          String buyerType, int quantity, LocalDate deliverOn, String place, String note, String status,
                          BigDecimal price, String conditions, String declineReason, OffsetDateTime sentAt, Long orderId, int version) {

    public boolean open() {
        return "SENT".equals(status);
    }

    public boolean orderable() {
        return "ACCEPTED".equals(status) && orderId == null;
    }
}
