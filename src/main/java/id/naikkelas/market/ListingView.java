package id.naikkelas.market;

/** A product with its listing as its owner edits it; {@code version} 0 and an empty form before the first save. */
public record ListingView(long productId, long businessId, String productName, String businessName, ListingForm listing,
                          int version) {
}
