package id.naikkelas.certification;

/** A named condition of the halal self-declare route, explained in Bahasa Indonesia and English. */
public record Criterion(String id, String explanationId, String explanationEn) {
}
