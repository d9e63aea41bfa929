package id.naikkelas.assessment;

import java.util.List;

/** An aspect of the checklist (e.g. "B. Bangunan dan fasilitas") and its items, in form order. */
record ChecklistSection(String code, String titleId, String titleEn, List<ChecklistItem> items) {

    public ChecklistSection {
        Definitions.requireCode(code, "section code");
        Definitions.requireText(titleId, "section '" + code + "': title_id");
        Definitions.requireText(titleEn, "section '" + code + "': title_en");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new InvalidDefinitionException("section '" + code + "' has no items");
        }
    }
}
