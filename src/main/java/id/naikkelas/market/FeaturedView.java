package id.naikkelas.market;

import java.time.LocalDate;

/**
 * A featured product as its curators see it; {@code shown} tells whether the public sees it today (still published,
 * its business still in the agency's jurisdiction, the date not passed).
 */
public record FeaturedView(long id, String agencyName, long productId, String productName, String businessName, LocalDate until,
                           boolean shown, int version) {
}
