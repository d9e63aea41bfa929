package id.naikkelas.market;

import java.util.List;

/** A published product's public page: the card, its photos, the business's story and how to reach it. */
public record ProductPage(ListingCard card, String netContent, String categoryName, List<ListingCard.Photo> photos,
                          String story, String whatsapp, List<String> programs, List<ListingCard> moreFromBusiness) {
}
