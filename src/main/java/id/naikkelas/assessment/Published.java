package id.naikkelas.assessment;

/** The outcome of publishing: {@code isNew} is false when exactly this content was already published. */
record Published(DefinitionKind kind, String code, int version, boolean isNew) {
}
