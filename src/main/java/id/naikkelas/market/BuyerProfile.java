package id.naikkelas.market;

/** The organisation behind a buyer account; only a verified one may send inquiries. */
public record BuyerProfile(long userId, String organisation, String type, String regionCode, boolean verified) {
}
