package id.naikkelas.market;

/** A collection in its curators' list: published or draft, how many products it holds and how many the public sees. */
public record CollectionSummary(long id, String agencyName, String slug, String title, boolean published, int products, int shown,
                                int version) {
}
