package id.naikkelas.market;

import java.util.List;

/** "Pilihan <agency>": the products one agency features, as the catalogue's first page shows them. */
public record FeaturedGroup(String agencyName, List<ListingCard> products) {
}
