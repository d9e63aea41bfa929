package id.naikkelas.market;

/** A published collection in a list: its title, agency, cover photo and how many products the public sees in it. */
public record CollectionCard(String slug, String title, String agencyName, String description, ListingCard.Photo cover, int products) {
}
