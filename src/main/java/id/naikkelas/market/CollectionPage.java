package id.naikkelas.market;

import java.util.List;

/** A published collection's public page: only its products that are public today, in the curators' order. */
public record CollectionPage(String slug, String title, String agencyName, String description, ListingCard.Photo cover,
                             List<ListingCard> products) {
}
