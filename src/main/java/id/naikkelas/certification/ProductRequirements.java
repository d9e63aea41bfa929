package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.PermitView;

import java.time.LocalDate;
import java.util.List;

/**
 * For one product: what must come first, each permit the rules speak about, why, and where the
 * owner stands with it, as the rules read on {@code asOf}.
 */
record ProductRequirements(long productId, String productName, long businessId, String businessName,
                                  String rulesVersion, LocalDate asOf, List<Prerequisite> prerequisites, List<Item> items) {

    /** PERSON_CREDENTIAL: the permit is held by a person (BNSP), started from the business's page, not the product's. */
    public enum Progress { HELD, IN_PROGRESS, NOT_STARTED, NO_PATHWAY, NOT_NEEDED, PERSON_CREDENTIAL }

    /**
     * @param nextStepId  the current step of the open case (Indonesian / English titles), if any
     * @param startable   a case can be opened for it from here (a pathway exists and none is open)
     * @param voluntary   not needed, but a case can be started on purpose ("ajukan sukarela": BPOM MD for export,
     *                    halal for exempt materials); opening it needs voluntary=true
     */
    public record Item(Requirement requirement, Progress progress, PermitView heldPermit, Long caseId,
                       String nextStepId, String nextStepEn, Actor nextActor, boolean startable, boolean voluntary) {

        public Item(Requirement requirement, Progress progress, PermitView heldPermit, Long caseId,
                    String nextStepId, String nextStepEn, Actor nextActor, boolean startable) {
            this(requirement, progress, heldPermit, caseId, nextStepId, nextStepEn, nextActor, startable, false);
        }

        public PermitType permit() {
            return requirement.permit();
        }
    }
}
