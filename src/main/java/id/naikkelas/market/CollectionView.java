package id.naikkelas.market;

import java.util.List;

/** A collection as its curators edit it; each item says whether the public sees it today. */
public record CollectionView(long id, String agencyName, CollectionForm collection, List<Item> items, int version) {

    /** A chosen product with its photos (to pick the cover from); hidden when unpublished or out of the jurisdiction. */
    public record Item(long productId, String name, String businessName, boolean shown, List<Long> photoIds) {
    }
}
