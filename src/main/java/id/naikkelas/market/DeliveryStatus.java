package id.naikkelas.market;

/** Where one delivery of a supply order stands; sent, received and not delivered ones stay as the record. */
public enum DeliveryStatus {
    PLANNED, SENT, RECEIVED, NOT_DELIVERED, CANCELLED
}
