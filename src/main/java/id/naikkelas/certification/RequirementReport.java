package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;

import java.util.List;
import java.util.Optional;

/**
 * Every permit some rule decided for a product, in {@link PermitType} order. A permit no rule
 * speaks about is absent. The rule-file version is kept so a stored report can be explained later.
 */
public record RequirementReport(String rulesVersion, List<Requirement> requirements) {

    public RequirementReport {
        requirements = List.copyOf(requirements);
    }

    public Optional<Requirement> find(PermitType permit) {
        return requirements.stream().filter(r -> r.permit() == permit).findFirst();
    }

    public List<Requirement> withOutcome(Outcome outcome) {
        return requirements.stream().filter(r -> r.outcome() == outcome).toList();
    }
}
