package id.naikkelas.assessment;

/**
 * The inspector's answer to one checklist item. For a screening question (which only decides
 * which later items apply) MET means "yes" and NOT_MET "no".
 */
public enum Answer {
    MET,
    NOT_MET,
    /** The requirement does not apply to this business; it is neither a deviation nor scored. */
    NOT_APPLICABLE
}
