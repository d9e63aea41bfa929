package id.naikkelas.registry;

/** Where the meat or other parts of slaughtered animals in a product come from (halal self-declare criterion). */
public enum MeatSource {
    /** No ingredient from slaughtered animals. */
    NONE,
    /** From a halal-certified producer or slaughterhouse (RPH/RPU). */
    HALAL_CERTIFIED,
    NOT_CERTIFIED
}
