package id.naikkelas.assessment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned checklist: what an inspector or facilitator checks, in order. Identified by
 * (code, version); equal content means equal records, which is how {@link ChecklistCatalog}
 * tells an idempotent re-publish from a forbidden change. Construction enforces the invariants
 * (unique codes, conditions on earlier items), so every template in hand can be scored.
 *
 * @param legalBasis  the regulations the checklist follows
 * @param sourceNotes where the content comes from and what in it is unconfirmed (shown to users)
 * @param levelRule   code of the {@link LevelRule} that turns its deviations into a level, or null
 *                    when none applies (readiness checklists)
 */
public record ChecklistTemplate(String code, int version, String titleId, String titleEn, String legalBasis,
                                String sourceNotes, String levelRule, List<ChecklistSection> sections) {

    public ChecklistTemplate {
        Definitions.requireCode(code, "template code");
        if (version < 1) {
            throw new InvalidDefinitionException("version must be a whole number from 1, found " + version);
        }
        Definitions.requireText(titleId, "title_id");
        Definitions.requireText(titleEn, "title_en");
        Definitions.requireText(legalBasis, "legal_basis");
        Definitions.requireText(sourceNotes, "source_notes");
        if (levelRule != null) {
            Definitions.requireCode(levelRule, "level_rule");
        }
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new InvalidDefinitionException("the checklist has no sections");
        }
        checkCodesAndConditions(sections);
    }

    /** Every item in form order, across sections. */
    public List<ChecklistItem> items() {
        return sections.stream().flatMap(section -> section.items().stream()).toList();
    }

    public Optional<ChecklistItem> item(String itemCode) {
        return items().stream().filter(item -> item.code().equals(itemCode)).findFirst();
    }

    public Optional<String> levelRuleCode() {
        return Optional.ofNullable(levelRule);
    }

    /** Item codes are unique across sections, and a condition may only look back, so answers are read in one pass. */
    private static void checkCodesAndConditions(List<ChecklistSection> sections) {
        Set<String> sectionCodes = new HashSet<>();
        Map<String, String> sectionOfItem = new HashMap<>();
        for (ChecklistSection section : sections) {
            if (!sectionCodes.add(section.code())) {
                throw new InvalidDefinitionException("section code '" + section.code() + "' is used twice");
            }
            for (ChecklistItem item : section.items()) {
                String where = "section '" + section.code() + "' > item '" + item.code() + "'";
                ItemCondition condition = item.applicableWhen();
                if (condition != null && !sectionOfItem.containsKey(condition.item())) {
                    boolean later = sections.stream().flatMap(s -> s.items().stream())
                            .anyMatch(other -> other.code().equals(condition.item()));
                    throw new InvalidDefinitionException(where + ": applicable_when refers to item '" + condition.item()
                            + "', " + (later ? "which comes later; a condition may only refer to an earlier item"
                                    : "which does not exist in this checklist"));
                }
                String earlier = sectionOfItem.putIfAbsent(item.code(), section.code());
                if (earlier != null) {
                    throw new InvalidDefinitionException(where + ": item code '" + item.code()
                            + "' is used twice (first in section '" + earlier + "')");
                }
            }
        }
    }
}
