package id.naikkelas.market;

/** An event one of the owner's businesses takes part in, for the owner's etalase. */
public record OwnerEvent(EventCard event, String businessName, String booth) {
}
