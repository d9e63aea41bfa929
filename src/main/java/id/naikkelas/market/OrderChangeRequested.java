package id.naikkelas.market;

/** A buyer asked to change a supply order; published so that notifications can tell the owner. */
public record OrderChangeRequested(long orderId, long changeId) {
}
