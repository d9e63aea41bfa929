package id.naikkelas.market;

/** One side cancelled a supply order; published so that notifications can tell the other side. */
public record OrderCancelled(long orderId, Party by, String reason) {
}
