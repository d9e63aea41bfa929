package id.naikkelas.market;

/** Where a buyer organisation stands with the officer of its region: only a verified one may send inquiries. */
public enum BuyerStatus {
    WAITING, VERIFIED, REJECTED
}
