package id.naikkelas.market;

/** The two sides of a supply order: the buyer organisation and the owner of the supplying business. */
public enum Party {
    BUYER, OWNER
}
