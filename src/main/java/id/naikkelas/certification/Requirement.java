package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;

import java.util.List;

/**
 * The decision for one permit: the outcome, the plain-language reason, the legal basis, and the
 * rule that decided it (so a user's question "why?" can be traced to one entry of the rule file).
 *
 * @param route          for a halal certificate that is pursued, the route; otherwise null
 * @param failedCriteria the self-declare criteria that do not hold, in rule-file order; empty unless the route is regular
 */
public record Requirement(
        PermitType permit,
        Outcome outcome,
        Route route,
        String reasonId,
        String reasonEn,
        String legalBasis,
        List<Criterion> failedCriteria,
        String ruleId) {

    public Requirement {
        failedCriteria = List.copyOf(failedCriteria);
    }
}
