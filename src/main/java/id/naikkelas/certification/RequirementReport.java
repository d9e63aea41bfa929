package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every permit some rule decided for a product, in {@link PermitType} order, and what must come
 * first. A permit no rule speaks about is absent. The rule-file version and the date the rules
 * were evaluated for are kept so a report can be explained later.
 */
record RequirementReport(String rulesVersion, LocalDate asOf, List<Prerequisite> prerequisites,
                                List<Requirement> requirements) {

    public RequirementReport {
        prerequisites = List.copyOf(prerequisites);
        requirements = List.copyOf(requirements);
    }

    public Optional<Requirement> find(PermitType permit) {
        return requirements.stream().filter(r -> r.permit() == permit).findFirst();
    }

    public List<Requirement> withOutcome(Outcome outcome) {
        return requirements.stream().filter(r -> r.outcome() == outcome).toList();
    }
}
