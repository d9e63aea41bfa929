package id.naikkelas.assessment;

/** Why a corrective action was closed; always by an inspection, never by hand. */
enum ClosedReason {
    /** A later inspection found the item met. */
    RESOLVED,
    /** A later inspection found it not met again; that inspection's own action carries on. */
    REPEATED,
    /** A correction of the inspection no longer counts the item as a deviation. */
    CORRECTED
}
