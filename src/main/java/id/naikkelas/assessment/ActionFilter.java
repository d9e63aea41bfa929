package id.naikkelas.assessment;

/** Which corrective actions a worklist shows. */
public enum ActionFilter {
    /** Not yet closed. */
    OPEN,
    /** Evidence submitted, waiting for the facilitator's or officer's verification. */
    AWAITING_VERIFICATION,
    /** Still open (no evidence yet) after the due date. */
    OVERDUE,
    CLOSED
}
