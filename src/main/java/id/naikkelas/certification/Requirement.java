package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;

import java.util.List;

/**
 * The decision for one permit: the outcome, the plain-language reason, the legal basis, and the
 * rule that decided it (so a user's question "why?" can be traced to one entry of the rule file).
 *
 * @param route       for a halal certificate that is pursued, the route; otherwise null
 * @param criteria    every self-declare criterion with how this product stands on it; empty unless a route was chosen
 * @param alsoBecause further rules that match and come to the same outcome, so every reason is shown, not only the first
 */
record Requirement(
        PermitType permit,
        Outcome outcome,
        Route route,
        String reasonId,
        String reasonEn,
        String legalBasis,
        List<CriterionResult> criteria,
        String ruleId,
        List<Reason> alsoBecause) {

    public Requirement {
        criteria = List.copyOf(criteria);
        alsoBecause = List.copyOf(alsoBecause);
    }

    /** A further reason for the same outcome. */
    public record Reason(String ruleId, String reasonId, String reasonEn, String legalBasis) {
    }

    /** The criteria as a reader needs them: what fails first, then what to confirm, then what is met. */
    public List<CriterionResult> criteriaByConcern() {
        var order = List.of(CriterionResult.Status.NOT_MET, CriterionResult.Status.UNKNOWN, CriterionResult.Status.MET);
        return criteria.stream().sorted(java.util.Comparator.comparingInt(c -> order.indexOf(c.status()))).toList();
    }

    /** The self-declare criteria that do not hold, in rule-file order: why the route is regular. */
    public List<Criterion> failedCriteria() {
        return withStatus(CriterionResult.Status.NOT_MET);
    }

    /** Criteria no answer decides yet: the self-declare route holds only once they are confirmed. */
    public List<Criterion> unansweredCriteria() {
        return withStatus(CriterionResult.Status.UNKNOWN);
    }

    private List<Criterion> withStatus(CriterionResult.Status status) {
        return criteria.stream().filter(c -> c.status() == status).map(CriterionResult::criterion).toList();
    }
}
