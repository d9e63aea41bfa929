package id.naikkelas.feedback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The IKM of PermenPANRB 14/2017 with the regulation's own figures (regulations.md §12). */
class IkmIndexTest {

    private final IkmGrades grades = IkmGrades.load();

    @Test
    void everyoneVerySatisfiedIsOneHundredAndGradeA() {
        var result = IkmIndex.ofAnswers(List.of(all(4), all(4), all(4)), grades);
        assertThat(result.respondents()).isEqualTo(3);
        assertThat(result.nrr()).hasSize(9).allSatisfy(n -> assertThat(n).isEqualByComparingTo("4.0000"));
        assertThat(result.weightedNrr()).isEqualByComparingTo("4.0000");
        assertThat(result.ikm()).isEqualByComparingTo("100.00");
        assertThat(result.grade().grade()).isEqualTo("A");
        assertThat(result.grade().quality()).isEqualTo("VERY_GOOD");
    }

    @Test
    void everyoneNotSatisfiedIsTwentyFiveAndGradeD() {
        var result = IkmIndex.ofAnswers(List.of(all(1)), grades);
        assertThat(result.ikm()).isEqualByComparingTo("25.00");
        assertThat(result.grade().grade()).isEqualTo("D");
    }

    /** The bounds of the conversion table, on both sides: NRR × 25 is the IKM. */
    @ParameterizedTest(name = "weighted NRR {0} is IKM {1}, grade {2}")
    @CsvSource({
            "3.5324, 88.31, A",
            "3.5320, 88.30, B",
            "3.0644, 76.61, B",
            "3.0640, 76.60, C",
            "2.6000, 65.00, C",
            "2.5996, 64.99, D",
            "1.0000, 25.00, D"
    })
    void theConversionTableBounds(String weightedNrr, String ikm, String grade) {
        var result = IkmIndex.fromWeighted(1, List.of(), new BigDecimal(weightedNrr), grades);
        assertThat(result.ikm()).isEqualByComparingTo(ikm);
        assertThat(result.grade().grade()).isEqualTo(grade);
    }

    /**
     * A worked example: ten respondents, each element's NRR its own average, and the IKM equal to
     * (total of all scores ÷ (respondents × 9)) × 25, as the regulation says.
     */
    @Test
    void aWorkedExampleMatchesTheShortFormula() {
        var answers = new ArrayList<int[]>();
        for (int r = 0; r < 10; r++) {
            int[] scores = new int[9];
            for (int e = 0; e < 9; e++) {
                scores[e] = 1 + (r * 7 + e * 3) % 4; // a spread of 1-4
            }
            answers.add(scores);
        }
        var result = IkmIndex.ofAnswers(answers, grades);
        long total = answers.stream().flatMapToInt(java.util.Arrays::stream).sum();
        var shortFormula = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(10 * 9), 4, java.math.RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(25)).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(result.ikm()).isEqualByComparingTo(shortFormula);
        long firstElement = answers.stream().mapToInt(a -> a[0]).sum();
        assertThat(result.nrr().get(0)).isEqualByComparingTo(BigDecimal.valueOf(firstElement).divide(BigDecimal.TEN));
    }

    /** Element averages that differ: the weighted NRR is the sum of their ninths, kept to four decimals. */
    @Test
    void elementAveragesAreWeightedEqually() {
        // 4 respondents; element totals chosen so the NRRs are 3.25, 3.5, 3.75, 3, 3.25, 3.5, 3.75, 4, 2.75
        long[] sums = {13, 14, 15, 12, 13, 14, 15, 16, 11};
        var result = IkmIndex.of(4, sums, grades);
        assertThat(result.nrr().get(8)).isEqualByComparingTo("2.75");
        // (3.25+3.5+3.75+3+3.25+3.5+3.75+4+2.75) / 9 = 30.75 / 9 = 3.4167
        assertThat(result.weightedNrr()).isEqualByComparingTo("3.4167");
        assertThat(result.ikm()).isEqualByComparingTo("85.42");
        assertThat(result.grade().grade()).isEqualTo("B");
    }

    @Test
    void noRespondentsOrTheWrongNumberOfElementsIsAnError() {
        assertThatThrownBy(() -> IkmIndex.of(0, new long[9], grades)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IkmIndex.of(1, new long[8], grades)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTableIsReadBestGradeFirst() {
        assertThat(grades.rows()).extracting(IkmGrades.Grade::grade).containsExactly("A", "B", "C", "D");
    }

    private static int[] all(int score) {
        int[] scores = new int[9];
        java.util.Arrays.fill(scores, score);
        return scores;
    }
}
