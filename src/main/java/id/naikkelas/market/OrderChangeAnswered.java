package id.naikkelas.market;

/** The owner accepted or declined a change to a supply order; published so that notifications can tell the buyer. */
public record OrderChangeAnswered(long orderId, long changeId, boolean accepted, String reason) {
}
