package id.naikkelas.assessment;

import java.util.List;

/**
 * One checklist line. A requirement ({@code screening == false}) has the deviation class it counts
 * as when not met and a weight in the compliance score. A screening question ("does the product
 * need chilling?") has neither: it is never a deviation and only decides, through
 * {@link #applicableWhen}, which later items are shown.
 *
 * @param textId         wording in Bahasa Indonesia, phrased as the requirement to meet
 * @param textEn         English gloss
 * @param deviationClass null for a screening question
 * @param weight         1 or more for a requirement; 0 for a screening question
 * @param applicableWhen null when the item always applies
 */
public record ChecklistItem(String code, String textId, String textEn, DeviationClass deviationClass,
                            int weight, boolean screening, ItemCondition applicableWhen) {

    public ChecklistItem {
        Definitions.requireCode(code, "item code");
        Definitions.requireText(textId, "item '" + code + "': text_id");
        Definitions.requireText(textEn, "item '" + code + "': text_en");
        if (screening && (deviationClass != null || weight != 0)) {
            throw new InvalidDefinitionException("item '" + code + "': a screening question has no class and no weight");
        }
        if (!screening && deviationClass == null) {
            throw new InvalidDefinitionException("item '" + code + "': 'class' is missing; expected one of "
                    + List.of(DeviationClass.values()) + " (or 'screening: true' for a yes/no question)");
        }
        if (!screening && weight < 1) {
            throw new InvalidDefinitionException("item '" + code + "': weight must be 1 or more, found " + weight);
        }
        if (applicableWhen != null && applicableWhen.item().equals(code)) {
            throw new InvalidDefinitionException("item '" + code + "': applicable_when refers to the item itself");
        }
    }
}
