package id.naikkelas.market;

/** The kinds of organisations that buy from UMKM in the seeds' programs. */
public enum BuyerType {
    HOTEL, RESTAURANT, RETAILER, EXPORTER, CATERER
}
