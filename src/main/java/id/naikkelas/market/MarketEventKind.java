package id.naikkelas.market;

/** What kind of market event an agency runs: a bazaar, an expo, a business matching with buyers, an exhibition (pameran). */
public enum MarketEventKind {
    BAZAAR,
    EXPO,
    BUSINESS_MATCHING,
    EXHIBITION
}
