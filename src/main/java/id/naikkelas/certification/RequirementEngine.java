package id.naikkelas.certification;

import id.naikkelas.certification.CriterionResult.Status;
import id.naikkelas.certification.RequirementRules.CheckedCriterion;
import id.naikkelas.certification.RequirementRules.Rule;
import id.naikkelas.certification.RequirementRules.RouteText;
import id.naikkelas.registry.PermitType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which permits a product needs. Rules are read in file order and, for each permit, the
 * first rule that matches and names it decides it; later rules never override, but a later rule
 * that matches with the same outcome is kept as a further reason. A pursued halal certificate
 * also gets its route: regular when a criterion is not met, otherwise self-declare (with the
 * criteria still to be confirmed, if some were not answered).
 */
final class RequirementEngine {

    private final RequirementRules rules;

    public RequirementEngine(RequirementRules rules) {
        this.rules = rules;
    }

    public RequirementReport evaluate(ProductProfile product) {
        Map<PermitType, Requirement> decided = new EnumMap<>(PermitType.class);
        Map<PermitType, List<Requirement.Reason>> further = new EnumMap<>(PermitType.class);
        Set<String> groupsSpoken = new HashSet<>();
        for (Rule rule : rules.rules()) {
            if (!rule.when().test(product) || rule.group() != null && !groupsSpoken.add(rule.group())) {
                continue;
            }
            rule.decides().forEach((permit, outcome) -> {
                Requirement first = decided.get(permit);
                if (first == null) {
                    decided.put(permit, decide(rule, permit, outcome, product));
                } else if (first.outcome() == outcome && !rule.fallback()) {
                    further.computeIfAbsent(permit, p -> new ArrayList<>()).add(new Requirement.Reason(rule.id(),
                            text(rule.reasonId(), product, FactText.INDONESIAN), text(rule.reasonEn(), product, Locale.ENGLISH),
                            rule.legalBasis()));
                }
            });
        }
        var requirements = decided.values().stream().map(r -> further.containsKey(r.permit())
                ? new Requirement(r.permit(), r.outcome(), r.route(), r.reasonId(), r.reasonEn(), r.legalBasis(), r.criteria(),
                        r.ruleId(), further.get(r.permit()))
                : r).toList();
        var prerequisites = rules.prerequisites().stream().filter(p -> p.applies().test(product))
                .map(p -> new Prerequisite(p.prerequisite().id(), text(p.prerequisite().textId(), product, FactText.INDONESIAN),
                        text(p.prerequisite().textEn(), product, Locale.ENGLISH), p.prerequisite().legalBasis(), p.prerequisite().link()))
                .toList();
        return new RequirementReport(rules.version(), product.asOf(), prerequisites, requirements);
    }

    private Requirement decide(Rule rule, PermitType permit, Outcome outcome, ProductProfile product) {
        String reasonId = text(rule.reasonId(), product, FactText.INDONESIAN);
        String reasonEn = text(rule.reasonEn(), product, Locale.ENGLISH);
        if (permit != PermitType.HALAL || !outcome.isPursued()) {
            return new Requirement(permit, outcome, null, reasonId, reasonEn, rule.legalBasis(), List.of(), rule.id(), List.of());
        }
        List<CriterionResult> criteria = rules.halalRoute().criteria().stream().map(c -> judge(c, product)).toList();
        boolean regular = criteria.stream().anyMatch(c -> c.status() == Status.NOT_MET);
        Route route = regular ? Route.REGULAR : Route.SELF_DECLARE;
        RouteText text = regular ? rules.halalRoute().regular() : rules.halalRoute().selfDeclare();
        return new Requirement(permit, outcome, route,
                reasonId + " " + text.reasonId(), reasonEn + " " + text.reasonEn(),
                rule.legalBasis() + "; " + text.legalBasis(), criteria, rule.id(), List.of());
    }

    private static CriterionResult judge(CheckedCriterion checked, ProductProfile product) {
        Criterion c = checked.criterion();
        if (checked.holds().test(product)) {
            return new CriterionResult(c, Status.MET, text(c.explanationId(), product, FactText.INDONESIAN),
                    text(c.explanationEn(), product, Locale.ENGLISH));
        }
        boolean unanswered = checked.facts().stream().anyMatch(f -> Facts.find(f).orElseThrow().read(product) == null);
        return unanswered
                ? new CriterionResult(c, Status.UNKNOWN, text(c.explanationId(), product, FactText.INDONESIAN),
                        text(c.explanationEn(), product, Locale.ENGLISH))
                : new CriterionResult(c, Status.NOT_MET, text(c.failedId(), product, FactText.INDONESIAN),
                        text(c.failedEn(), product, Locale.ENGLISH));
    }

    private static String text(String template, ProductProfile product, Locale locale) {
        return FactText.render(template, product, locale);
    }
}
