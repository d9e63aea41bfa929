package id.naikkelas.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The IKM computation of PermenPANRB 14/2017 from the totals of a set of answers: each element's average
 * (NRR = sum ÷ respondents), their equally weighted sum (weight 1/9), times 25, graded by the table. Intermediate
 * values keep four decimals as the regulation asks; the IKM two.
 */
public final class IkmIndex {

    private static final int ELEMENTS = IkmElement.values().length;

    private IkmIndex() {
    }

    /**
     * @param respondents how many answered
     * @param nrr         each element's average, four decimals, in {@link IkmElement} order
     * @param weightedNrr Σ NRR × 1/9, four decimals
     * @param ikm         weighted NRR × 25, two decimals
     */
    public record Result(long respondents, List<BigDecimal> nrr, BigDecimal weightedNrr, BigDecimal ikm, IkmGrades.Grade grade) {
    }

    /** @param sums the sum of scores per element over all respondents, in {@link IkmElement} order */
    public static Result of(long respondents, long[] sums, IkmGrades grades) {
        if (respondents <= 0) {
            throw new IllegalArgumentException("no respondents");
        }
        if (sums.length != ELEMENTS) {
            throw new IllegalArgumentException("expected " + ELEMENTS + " element totals, got " + sums.length);
        }
        var averages = new ArrayList<BigDecimal>(ELEMENTS);
        BigDecimal total = BigDecimal.ZERO;
        for (long sum : sums) {
            var nrr = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(respondents), 4, RoundingMode.HALF_UP);
            averages.add(nrr);
            total = total.add(nrr);
        }
        // Σ(NRR × 1/9): the equal weight applied once, exactly, rather than as the rounded 0.111
        var weighted = total.divide(BigDecimal.valueOf(ELEMENTS), 4, RoundingMode.HALF_UP);
        return fromWeighted(respondents, averages, weighted, grades);
    }

    /** The answers themselves (each nine scores of 1-4), for tests and small sets. */
    public static Result ofAnswers(List<int[]> answers, IkmGrades grades) {
        long[] sums = new long[ELEMENTS];
        for (int[] answer : answers) {
            for (int i = 0; i < ELEMENTS; i++) {
                sums[i] += answer[i];
            }
        }
        return of(answers.size(), sums, grades);
    }

    static Result fromWeighted(long respondents, List<BigDecimal> averages, BigDecimal weightedNrr, IkmGrades grades) {
        var ikm = weightedNrr.multiply(BigDecimal.valueOf(grades.factor())).setScale(2, RoundingMode.HALF_UP);
        return new Result(respondents, List.copyOf(averages), weightedNrr, ikm, grades.of(ikm));
    }
}
