package id.naikkelas.assessment;

/**
 * Where a corrective action stands. The owner (or the facilitator for them) submits evidence, the
 * facilitator or officer verifies it (or sends it back to OPEN), and a later inspection closes it.
 */
enum ActionStatus {
    OPEN,
    EVIDENCE_SUBMITTED,
    VERIFIED,
    CLOSED
}
