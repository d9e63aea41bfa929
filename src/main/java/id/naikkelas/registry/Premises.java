package id.naikkelas.registry;

/** Where production happens; a home industry (P-IRT) must produce at the residence. */
public enum Premises {
    RESIDENCE, SEPARATE_BUILDING, INDUSTRIAL_ESTATE
}
