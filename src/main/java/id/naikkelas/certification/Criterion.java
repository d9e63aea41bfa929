package id.naikkelas.certification;

/**
 * A named condition of the halal self-declare route, explained in Bahasa Indonesia and English;
 * the {@code failed} texts say what the product does instead and may quote its facts ({outlets}).
 */
record Criterion(String id, String explanationId, String explanationEn, String failedId, String failedEn) {
}
