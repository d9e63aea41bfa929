package id.naikkelas.certification;

/**
 * Something to do before any permit can be applied for (an NIB from OSS): shown as the first
 * step, not as a failed criterion of a permit.
 */
record Prerequisite(String id, String textId, String textEn, String legalBasis, String link) {
}
