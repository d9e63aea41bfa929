package id.naikkelas.training;

/** Kinds of training event; what each asks of participants is data ({@code training/event-types.yml}). */
public enum EventType {
    SOCIALISATION,
    /** Bimbingan teknis: technical training. */
    BIMTEK,
    /** Penyuluhan Keamanan Pangan: food-safety counselling, required for a P-IRT. */
    PKP,
    HALAL_PROCEDURE,
    OTHER
}
