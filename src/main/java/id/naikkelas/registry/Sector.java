package id.naikkelas.registry;

/** Business sectors; the codes are shared with the certification rules (ProductProfile.SECTORS). */
public enum Sector {
    PROCESSED_FOOD, BEVERAGE, TRADITIONAL_MEDICINE, COSMETICS, BATIK, HANDICRAFT, FASHION, OTHER;

    public boolean isFood() {
        return this == PROCESSED_FOOD || this == BEVERAGE;
    }
}
