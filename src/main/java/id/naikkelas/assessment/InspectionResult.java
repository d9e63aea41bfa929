package id.naikkelas.assessment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one set of answers to one checklist version adds up to.
 *
 * @param counts            not-met applicable requirements per class; hidden items and NOT_APPLICABLE answers never count
 * @param deviations        those requirements, in checklist order
 * @param level             from the template's level rule, over the deviations found so far; empty when the
 *                          checklist has no level rule
 * @param unansweredItems   codes of shown items still without an answer, in checklist order
 * @param hiddenItems       codes of items whose condition does not hold, in checklist order: not shown,
 *                          counted or required (a form hides them; their stored answers are kept)
 * @param complianceScore   0–100: the weight of met requirements over the weight of requirements answered
 *                          MET or NOT_MET; empty while none is
 */
record InspectionResult(String templateCode, int templateVersion, DeviationCounts counts,
                               List<Deviation> deviations, Optional<Level> level, List<String> unansweredItems,
                               List<String> hiddenItems, OptionalDouble complianceScore) {

    public InspectionResult {
        deviations = List.copyOf(deviations);
        unansweredItems = List.copyOf(unansweredItems);
        hiddenItems = List.copyOf(hiddenItems);
    }

    /** Every shown item is answered; items hidden by their condition are not required. */
    public boolean complete() {
        return unansweredItems.isEmpty();
    }

    /**
     * Whether the P-IRT may be issued or kept: only on a complete inspection whose level allows it.
     * A partly filled form says nothing about the items not yet checked.
     */
    public boolean permitMayBeIssued() {
        return complete() && level.map(Level::permitMayBeIssued).orElse(false);
    }
}
