package id.naikkelas.market;

/**
 * A buyer organisation as its own account and the officers of its region read it: who, what kind, where, the business
 * address and NIB the officer checks, the contact person with their e-mail and phone, and the officer's decision.
 * Never shown on public pages.
 */
public record BuyerRow(long userId, String organisation, String type, String regionCode, String regionName, boolean verified,
                       BuyerStatus status, String address, String nib, String contactPerson, String email, String phone,
                       String rejectReason, int version) {

    BuyerRow withContact(String email, String phone) {
        return new BuyerRow(userId, organisation, type, regionCode, regionName, verified, status, address, nib, contactPerson,
                email, phone, rejectReason, version);
    }
}
