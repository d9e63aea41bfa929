package id.naikkelas.registry;

/** Who grinds the meat of a product (halal self-declare criterion, Kepkaban 146/2025). */
public enum MeatGrinding {
    NONE, IN_HOUSE, CERTIFIED_SERVICE, UNCERTIFIED_SERVICE
}
