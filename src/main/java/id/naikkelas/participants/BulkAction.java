package id.naikkelas.participants;

/** What a bulk action does to each selected participant. */
public enum BulkAction {
    STAGE, OUTCOME, ASSIGN, TRAINING, VISIT;

    /**
     * Whether one refused row stops the whole action (ADR 0014): an outcome closes a participation, and a cohort is
     * graduated by one decision; one facilitator chosen for a group takes the whole group or none of it. The others
     * are independent per row: the rows that can go ahead do, the rest say why not.
     */
    boolean allOrNothing(BulkRequest request) {
        return this == OUTCOME || (this == ASSIGN && request.facilitatorId() != null);
    }
}
