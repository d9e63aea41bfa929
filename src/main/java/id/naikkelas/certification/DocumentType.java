package id.naikkelas.certification;

/**
 * A kind of document a step needs, from the catalogue {@code certification/pathway-documents.yml};
 * the code is what a case stores for an uploaded file.
 */
record DocumentType(String code, String labelId, String labelEn) {
}
