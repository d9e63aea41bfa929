package id.naikkelas.certification;

/**
 * How one product stands on one self-declare criterion, in words that carry its own figures
 * ("✗ Not met: sells through 2 outlets").
 */
record CriterionResult(Criterion criterion, Status status, String textId, String textEn) {

    public enum Status {
        MET, NOT_MET,
        /** A fact it needs was not answered. */
        UNKNOWN
    }
}
