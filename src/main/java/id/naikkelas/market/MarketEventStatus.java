package id.naikkelas.market;

/** Where a market event stands; a draft is the agency's only, every other status is public. */
public enum MarketEventStatus {
    DRAFT,
    REGISTRATION_OPEN,
    REGISTRATION_CLOSED,
    CANCELLED
}
