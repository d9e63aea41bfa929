package id.naikkelas.market;

/** A buyer organisation in an officer's list: who, what kind, where, and whether verified. */
public record BuyerRow(long userId, String organisation, String type, String regionCode, String regionName, boolean verified, int version) {
}
