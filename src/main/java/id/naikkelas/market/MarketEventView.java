package id.naikkelas.market;

import java.util.List;

/** An event as its agency edits it, with every participant and the products each may bring. */
public record MarketEventView(long id, String agencyName, MarketEventForm event, String place, List<Participant> participants,
                              int version) {

    public record Participant(long businessId, String businessName, String place, String booth, List<Long> productIds,
                              List<ProductChoice> products) {
    }

    /** One of the business's products; {@code shown} while it is in the catalogue. */
    public record ProductChoice(long id, String name, boolean shown) {
    }
}
