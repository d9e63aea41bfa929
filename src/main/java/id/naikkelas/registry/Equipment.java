package id.naikkelas.registry;

/** P-IRT and halal self-declare require manual or semi-automatic equipment. */
public enum Equipment {
    MANUAL, SEMI_AUTOMATIC, AUTOMATIC
}
