package id.naikkelas.certification;

import id.naikkelas.certification.RequirementRules.CheckedCriterion;
import id.naikkelas.certification.RequirementRules.Rule;
import id.naikkelas.certification.RequirementRules.RouteText;
import id.naikkelas.registry.PermitType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which permits a product needs. Rules are read in file order and, for each permit, the
 * first rule that matches and names it decides it; later rules never override. A pursued halal
 * certificate also gets its route: self-declare when every criterion holds, else regular with
 * the failed criteria listed.
 */
public final class RequirementEngine {

    private final RequirementRules rules;

    public RequirementEngine(RequirementRules rules) {
        this.rules = rules;
    }

    public RequirementReport evaluate(ProductProfile product) {
        Map<PermitType, Requirement> decided = new EnumMap<>(PermitType.class);
        for (Rule rule : rules.rules()) {
            if (decided.keySet().containsAll(rule.decides().keySet()) || !rule.when().test(product)) {
                continue;
            }
            rule.decides().forEach((permit, outcome) ->
                    decided.computeIfAbsent(permit, p -> decide(rule, p, outcome, product)));
        }
        return new RequirementReport(rules.version(), List.copyOf(decided.values()));
    }

    private Requirement decide(Rule rule, PermitType permit, Outcome outcome, ProductProfile product) {
        if (permit != PermitType.HALAL || !outcome.isPursued()) {
            return new Requirement(permit, outcome, null, rule.reasonId(), rule.reasonEn(), rule.legalBasis(),
                    List.of(), rule.id());
        }
        List<Criterion> failed = rules.halalRoute().criteria().stream()
                .filter(criterion -> !criterion.holds().test(product))
                .map(CheckedCriterion::criterion)
                .toList();
        Route route = failed.isEmpty() ? Route.SELF_DECLARE : Route.REGULAR;
        RouteText text = failed.isEmpty() ? rules.halalRoute().selfDeclare() : rules.halalRoute().regular();
        return new Requirement(permit, outcome, route,
                rule.reasonId() + " " + text.reasonId(), rule.reasonEn() + " " + text.reasonEn(),
                rule.legalBasis() + "; " + text.legalBasis(), failed, rule.id());
    }
}
