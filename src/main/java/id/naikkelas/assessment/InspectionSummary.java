package id.naikkelas.assessment;

import java.util.List;

/**
 * The live result of an inspection's answers so far: what the form shows while it is filled in
 * and what a finished inspection adds up to.
 *
 * @param complianceScore 0–100, or null while no requirement is answered met or not met
 * @param level           null when the checklist has no level rule
 * @param shownItems      how many items the answers so far make applicable (hidden ones excluded)
 * @param hiddenItems     items whose condition does not hold, which the form hides
 */
record InspectionSummary(DeviationCounts counts, Double complianceScore, Level level, int shownItems,
                                List<String> unansweredItems, List<String> hiddenItems, List<Deviation> deviations,
                                boolean complete, boolean permitMayBeIssued) {

    static InspectionSummary of(ChecklistTemplate template, InspectionResult result) {
        return new InspectionSummary(result.counts(),
                result.complianceScore().isPresent() ? result.complianceScore().getAsDouble() : null,
                result.level().orElse(null), template.items().size() - result.hiddenItems().size(),
                result.unansweredItems(), result.hiddenItems(), result.deviations(), result.complete(),
                result.permitMayBeIssued());
    }

    /** The deviations of one class, in checklist order. */
    public List<Deviation> deviationsOf(DeviationClass deviationClass) {
        return deviations.stream().filter(deviation -> deviation.deviationClass() == deviationClass).toList();
    }

    /** How many of the shown items have an answer. */
    public int answered() {
        return shownItems - unansweredItems.size();
    }
}
