package id.naikkelas.assessment;

/** What an administrator publishes: a checklist template or a level table. */
enum DefinitionKind {
    CHECKLIST,
    LEVEL_RULE
}
