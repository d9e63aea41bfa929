package id.naikkelas.market;

/** An officer verified or refused a buyer organisation; published so that notifications can tell the buyer. */
public record BuyerDecided(long userId, boolean verified, String reason, int version) {
}
