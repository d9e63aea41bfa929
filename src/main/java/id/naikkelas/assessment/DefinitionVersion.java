package id.naikkelas.assessment;

import java.time.OffsetDateTime;

/**
 * One published version of a checklist or level table, for the administrator's list. Exactly one of
 * {@code checklist} and {@code levelRule} is set, by {@code kind}.
 */
record DefinitionVersion(DefinitionKind kind, String code, int version, String publishedBy, OffsetDateTime publishedAt,
                                ChecklistTemplate checklist, LevelRule levelRule) {

    /** Whether any row of the level table is flagged unconfirmed, so the screen must say so. */
    public boolean unconfirmed() {
        return levelRule != null && levelRule.levels().stream().anyMatch(Level::unconfirmed);
    }
}
