package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.PermitView;

import java.time.LocalDate;
import java.util.List;

/**
 * For one product: what must come first, each permit the rules speak about, why, and where the
 * owner stands with it, as the rules read on {@code asOf}.
 */
public record ProductRequirements(long productId, String productName, long businessId, String businessName,
                                  String rulesVersion, LocalDate asOf, List<Prerequisite> prerequisites, List<Item> items) {

    public enum Progress { HELD, IN_PROGRESS, NOT_STARTED, NO_PATHWAY, NOT_NEEDED }

    /**
     * @param nextStepId  the current step of the open case (Indonesian / English titles), if any
     * @param startable   a case can be opened for it from here (a pathway exists and none is open)
     */
    public record Item(Requirement requirement, Progress progress, PermitView heldPermit, Long caseId,
                       String nextStepId, String nextStepEn, Actor nextActor, boolean startable) {

        public PermitType permit() {
            return requirement.permit();
        }
    }
}
