package id.naikkelas.market;

import java.util.List;

/** One page of the catalogue (pages count from 1); {@code hasNext} when another page follows. */
public record CataloguePage(List<ListingCard> items, int page, boolean hasNext) {
}
