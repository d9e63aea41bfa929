package id.naikkelas.registry;

/**
 * Whether a business sells goods or serves food: an eatery or caterer is judged by its premises
 * (SLHS) and its menu, not by product registrations (Kepkaban 146/2025, PerBPOM 27/2017 ps. 3).
 */
public enum BusinessKind {
    GOODS, EATERY, CATERING;

    public boolean servesFood() {
        return this != GOODS;
    }
}
