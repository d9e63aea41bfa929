package id.naikkelas.certification;

/** What a rule says about one permit for one product. */
enum Outcome {
    /** The law, or the program the business is in, requires it. */
    REQUIRED,
    /** Not required, but worth having (market access, an upcoming deadline). */
    RECOMMENDED,
    /** The permit exists for products like this one, but this one is exempted. */
    EXEMPT,
    /** The permit is for another kind of product or authority. */
    NOT_APPLICABLE,
    /** No certificate; the label must carry a statement instead (a "tidak halal" statement for non-halal products). */
    LABEL_STATEMENT_REQUIRED;

    /** Whether the business should work towards the permit, so a route (halal) is worth choosing. */
    public boolean isPursued() {
        return this == REQUIRED || this == RECOMMENDED;
    }
}
