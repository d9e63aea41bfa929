package id.naikkelas.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A deviation the business must correct, as worklists, the inspection page and the API show it.
 *
 * @param requirementId what must be met, as the checklist version words it (Bahasa Indonesia)
 * @param finding       what the inspector noted about the deviation, or null
 * @param responsible   the business owner's name when the action was raised
 * @param overdue       still open (no evidence yet) after the due date
 * @param evidence      null until evidence is submitted
 * @param verification  who verified the evidence, or sent it back (status OPEN again, with a note)
 * @param closure       null until a later inspection closes the action
 */
record CorrectiveAction(long id, long inspectionId, long businessId, String businessName, String templateCode,
                               String itemCode, DeviationClass deviationClass, String requirementId, String requirementEn,
                               String finding, String responsible, LocalDate dueOn, ActionStatus status, boolean overdue,
                               Evidence evidence, Verification verification, Closure closure, Permissions permissions) {

    /** @param onBehalf recorded by {@code byName} (a facilitator or officer) for the owner, not by the owner */
    public record Evidence(String fileName, String contentType, String note, String by, OffsetDateTime at, String byName,
                           boolean onBehalf) {
    }

    public record Verification(String by, OffsetDateTime at, String note) {
    }

    public record Closure(ClosedReason reason, Long byInspection, OffsetDateTime at) {
    }

    /**
     * @param verify judge the evidence (send it back with a note)
     * @param accept accept it: not the person who recorded it on the owner's behalf, who needs a second look (ADR 0016)
     */
    public record Permissions(boolean submitEvidence, boolean verify, boolean accept) {
    }

    /** The facilitator sent the evidence back: the owner should read the note and try again. */
    public boolean rejected() {
        return status == ActionStatus.OPEN && verification != null;
    }
}
