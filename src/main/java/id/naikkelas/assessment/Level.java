package id.naikkelas.assessment;

import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the IRTP level table: the most deviations of each class a facility may have to be at
 * this level, and what the level means for follow-up and for the permit.
 *
 * @param code               "I" to "IV"
 * @param rank               1 for the best level, rising with each row of the table
 * @param maxCounts          the most deviations allowed per class; a class that is absent is not limited
 * @param inspectionInterval machine-readable {@code inspectionFrequency*}, for scheduling the next visit
 * @param unconfirmed        the source is unsure about this row; {@code note} says what, and the UI shows it
 * @param note               why the row is unconfirmed, or null
 */
public record Level(String code, int rank, Map<DeviationClass, Integer> maxCounts, String meaningId, String meaningEn,
                    String inspectionFrequencyId, String inspectionFrequencyEn, Period inspectionInterval,
                    boolean permitMayBeIssued, boolean unconfirmed, String note) {

    public Level {
        Definitions.requireCode(code, "level");
        String where = "level '" + code + "'";
        if (rank < 1) {
            throw new InvalidDefinitionException(where + ": rank must be 1 or more, found " + rank);
        }
        maxCounts.forEach((deviationClass, max) -> {
            if (max == null || max < 0) {
                throw new InvalidDefinitionException(where + ": the most " + deviationClass + " deviations cannot be " + max);
            }
        });
        EnumMap<DeviationClass, Integer> ordered = new EnumMap<>(DeviationClass.class);
        ordered.putAll(maxCounts);
        maxCounts = Collections.unmodifiableMap(ordered);
        Definitions.requireText(meaningId, where + ": meaning_id");
        Definitions.requireText(meaningEn, where + ": meaning_en");
        Definitions.requireText(inspectionFrequencyId, where + ": inspection_frequency_id");
        Definitions.requireText(inspectionFrequencyEn, where + ": inspection_frequency_en");
        if (inspectionInterval == null || inspectionInterval.isZero() || inspectionInterval.isNegative()) {
            throw new InvalidDefinitionException(where + ": inspection_interval must be a positive period, found "
                    + inspectionInterval);
        }
        if (unconfirmed && (note == null || note.isBlank())) {
            throw new InvalidDefinitionException(where + ": an unconfirmed level needs a note saying what is unsure");
        }
    }

    /** Whether a facility with these counts fits within this row's limits. */
    public boolean admits(DeviationCounts counts) {
        return maxCounts.entrySet().stream().allMatch(limit -> counts.of(limit.getKey()) <= limit.getValue());
    }

    /** Whether every facility this row admits is also admitted by {@code earlier}, so this row could never be reached. */
    boolean isShadowedBy(Level earlier) {
        for (DeviationClass deviationClass : DeviationClass.values()) {
            Integer mine = maxCounts.get(deviationClass);
            Integer theirs = earlier.maxCounts.get(deviationClass);
            if (theirs != null && (mine == null || mine > theirs)) {
                return false;
            }
        }
        return true;
    }
}
