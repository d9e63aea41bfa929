package id.naikkelas.market;

import java.time.LocalDate;
import java.util.List;

/** A recurring supply order with its deliveries, in date order. */
public record OrderView(long id, long inquiryId, String productName, String businessName, String buyer, int quantity,
                        LocalDate startsOn, LocalDate endsOn, List<DeliveryView> deliveries) {
}
