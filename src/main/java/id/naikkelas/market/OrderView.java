package id.naikkelas.market;

import java.time.LocalDate;
import java.util.List;

/** A recurring supply order with its deliveries, in date order. */
public record OrderView(long id, long inquiryId, String productName, String businessName, String buyer, int quantity,
                        LocalDate startsOn, LocalDate endsOn, List<DeliveryView> deliveries) {

    /** The next few deliveries not yet received: a phone shows what is due, not three months of rows. */
    public List<DeliveryView> upcoming() {
        return deliveries.stream().filter(d -> d.receivedAt() == null).limit(3).toList();
    }
}
