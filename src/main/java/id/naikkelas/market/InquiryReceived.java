package id.naikkelas.market;

/** A buyer asked a business for a product; published so that notifications can tell the owner. */
public record InquiryReceived(long inquiryId, long businessId, long productId) {
}
