package id.naikkelas.market;

/** A buyer turned an accepted inquiry into a recurring supply order; published so that notifications can tell the owner. */
public record OrderCreated(long orderId, long inquiryId, long businessId, int deliveries) {
}
