package id.naikkelas.certification;

/**
 * Who has to act for a pathway step to move on. Labels for the UI are
 * {@code certification.actor.<NAME>} in {@code i18n/certification*.properties}.
 */
public enum Actor {
    /** The business owner (pelaku usaha); on a person pathway, the person being certified. */
    OWNER,
    /** The facilitator (pendamping) mentoring the business, e.g. a Pendamping PPH for halal self-declare. */
    FACILITATOR,
    /** An officer (petugas) of an agency on the platform, e.g. the district food inspector. */
    OFFICER,
    /** A body outside the platform (BPJPH, LPH, BPOM, an LSP, ...); the step names it in {@link ExternalBody}. */
    EXTERNAL
}
