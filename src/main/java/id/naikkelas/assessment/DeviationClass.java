package id.naikkelas.assessment;

/**
 * How serious an unmet checklist item is (*kriteria ketidaksesuaian*, regulations.md §5). The
 * CPPB-IRT form pre-assigns one to each item; the IRTP level is computed from the count per class.
 * The form heads their columns MI, MA, SE and KR.
 */
enum DeviationClass {
    /** Minor (MI): small deviation, low food-safety impact. */
    MINOR,
    /** Mayor (MA): can affect product quality or safety. */
    MAJOR,
    /** Serius (SE): can affect food safety. */
    SERIOUS,
    /** Kritis (KR): directly threatens food safety. */
    CRITICAL
}
