package id.naikkelas.market;

import java.time.LocalDate;
import java.util.List;

/**
 * A recurring supply order with its current terms (quantity, weekday 1 = Monday, place, end), whether it still runs or
 * who cancelled it and why, the buyer's change request waiting for the owner (if any), and its deliveries in date order.
 */
public record OrderView(long id, long inquiryId, String productName, String businessName, String buyer, int quantity, int weekday,
                        String place, LocalDate startsOn, LocalDate endsOn, String status, Party cancelledBy, String cancelReason,
                        OrderChangeView pendingChange, List<DeliveryView> deliveries, int version) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** The next few deliveries still open: a phone shows what is due, not three months of rows. */
    public List<DeliveryView> upcoming() {
        return deliveries.stream().filter(DeliveryView::open).limit(3).toList();
    }

    public long received() {
        return deliveries.stream().filter(d -> d.status() == DeliveryStatus.RECEIVED).count();
    }
}
