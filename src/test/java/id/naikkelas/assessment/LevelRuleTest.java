package id.naikkelas.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped IRTP level table, every one of its boundaries, and refusal of a broken table. */
class LevelRuleTest {

    private static final LevelRule RULE = LevelRule.loadDefault();

    @Test
    void theShippedTableHasFourLevelsWithTheirFollowUpAndPermitConsequence() {
        assertThat(RULE.code()).isEqualTo("irtp-level");
        assertThat(RULE.version()).isEqualTo(1);
        assertThat(RULE.legalBasis()).contains("HK.03.1.23.04.12.2207/2012");
        assertThat(RULE.levels()).extracting(Level::code).containsExactly("I", "II", "III", "IV");
        assertThat(RULE.levels()).extracting(Level::rank).containsExactly(1, 2, 3, 4);
        assertThat(RULE.levels()).extracting(Level::permitMayBeIssued).containsExactly(true, true, false, false);
        assertThat(RULE.levels()).extracting(Level::inspectionInterval)
                .containsExactly(Period.ofMonths(2), Period.ofMonths(1), Period.ofDays(14), Period.ofDays(1));
        assertThat(RULE.levels().get(0).inspectionFrequencyId()).isEqualTo("Setiap dua bulan");
        assertThat(RULE.levels().get(3).inspectionFrequencyEn()).isEqualTo("Every day");
        // regulations.md marks every threshold unconfirmed, so the UI must be able to say so for each level
        assertThat(RULE.levels()).allSatisfy(level -> {
            assertThat(level.unconfirmed()).isTrue();
            assertThat(level.note()).isNotBlank();
        });
    }

    @Test
    void theShippedLimitsAreTheRegulationTable() {
        assertThat(RULE.levels()).extracting(Level::maxCounts).containsExactly(
                Map.of(DeviationClass.MINOR, 1, DeviationClass.MAJOR, 0, DeviationClass.SERIOUS, 0, DeviationClass.CRITICAL, 0),
                Map.of(DeviationClass.MAJOR, 2, DeviationClass.SERIOUS, 0, DeviationClass.CRITICAL, 0),
                Map.of(DeviationClass.SERIOUS, 4, DeviationClass.CRITICAL, 0),
                Map.of());
    }

    /** Each bounded class of each level at its limit, and one over it. */
    @ParameterizedTest(name = "minor {0}, major {1}, serious {2}, critical {3} -> level {4}")
    @CsvSource({
            // Level I: minor <= 1, major = serious = critical = 0
            "0, 0, 0, 0, I",
            "1, 0, 0, 0, I",
            "2, 0, 0, 0, II",
            "1, 1, 0, 0, II",
            "1, 0, 1, 0, III",
            "1, 0, 0, 1, IV",
            // Level II: major <= 2, serious = critical = 0, minor not limited
            "0, 1, 0, 0, II",
            "0, 2, 0, 0, II",
            "0, 3, 0, 0, III",
            "40, 0, 0, 0, II",
            "40, 2, 0, 0, II",
            "40, 3, 0, 0, III",
            "40, 2, 1, 0, III",
            "40, 2, 0, 1, IV",
            // Level III: serious <= 4, critical = 0, minor and major not limited
            "0, 0, 1, 0, III",
            "0, 0, 4, 0, III",
            "0, 0, 5, 0, IV",
            "40, 40, 4, 0, III",
            "40, 40, 5, 0, IV",
            "40, 40, 4, 1, IV",
            // Level IV: everything else
            "0, 0, 0, 1, IV",
            "40, 40, 40, 40, IV",
    })
    void classifiesEveryBoundary(int minor, int major, int serious, int critical, String level) {
        assertThat(RULE.classify(new DeviationCounts(minor, major, serious, critical)).code()).isEqualTo(level);
    }

    /** The same boundaries read off the loaded table, so a changed file is checked on every one of its limits. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("limitsOfTheShippedTable")
    void atALimitTheLevelHoldsAndOneMoreIsWorse(String limit, DeviationCounts atLimit, DeviationCounts overLimit, int rank) {
        assertThat(RULE.classify(atLimit).rank()).isEqualTo(rank);
        assertThat(RULE.classify(overLimit).rank()).isGreaterThan(rank);
    }

    static Stream<Arguments> limitsOfTheShippedTable() {
        List<Arguments> cases = new ArrayList<>();
        for (Level level : LevelRule.loadDefault().levels()) {
            // the worst counts the row still admits: each limit reached, unlimited classes high
            Map<DeviationClass, Integer> worst = new EnumMap<>(DeviationClass.class);
            for (DeviationClass deviationClass : DeviationClass.values()) {
                worst.put(deviationClass, level.maxCounts().getOrDefault(deviationClass, 25));
            }
            level.maxCounts().forEach((deviationClass, max) -> {
                Map<DeviationClass, Integer> over = new EnumMap<>(worst);
                over.merge(deviationClass, 1, Integer::sum);
                cases.add(Arguments.of("level " + level.code() + ", " + deviationClass + " = " + max,
                        counts(worst), counts(over), level.rank()));
            });
        }
        assertThat(cases).hasSize(9); // 4 limits on I, 3 on II, 2 on III
        return cases.stream();
    }

    private static DeviationCounts counts(Map<DeviationClass, Integer> perClass) {
        return new DeviationCounts(perClass.get(DeviationClass.MINOR), perClass.get(DeviationClass.MAJOR),
                perClass.get(DeviationClass.SERIOUS), perClass.get(DeviationClass.CRITICAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTables")
    void aBrokenTableIsRefusedWithAClearMessage(String problem, String yaml, String message) {
        assertThatThrownBy(() -> LevelRule.parse(yaml, "levels.yml"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining(message);
    }

    static Stream<Arguments> brokenTables() {
        return Stream.of(
                Arguments.of("last row limited", table(row("A", "{critical: 0}"), row("B", "{critical: 3}")),
                        "levels.yml: the last level ('B') must have no 'max', so every inspection gets a level"),
                Arguments.of("row never reached", table(row("A", "{serious: 4}"), row("B", "{serious: 1, minor: 3}"), row("C", null)),
                        "levels.yml: level 'B' can never be reached: level 'A' above it already takes every count it allows"),
                Arguments.of("catch-all not last", table(row("A", null), row("B", null)),
                        "level 'B' can never be reached"),
                Arguments.of("unknown class", table(row("A", "{severe: 0}"), row("B", null)),
                        "levels.yml > level 'A' > max: unknown key 'severe'; expected one of [critical, major, minor, serious]"),
                Arguments.of("negative limit", table(row("A", "{minor: -1}"), row("B", null)),
                        "levels.yml > level 'A' > max: 'minor' must be a whole number from 0, found -1"),
                Arguments.of("same level twice", table(row("A", "{minor: 1}"), row("A", null)),
                        "levels.yml: level 'A' appears twice"),
                Arguments.of("bad interval", table(row("A", null)).replace("P1M", "monthly"),
                        "levels.yml > level 'A': 'inspection_interval' must be an ISO-8601 period such as P2M, P14D or P1D, found 'monthly'"),
                Arguments.of("unconfirmed without note", table(row("A", null)).replace("    note: unsure\n", ""),
                        "levels.yml > level 'A': an unconfirmed level needs a note saying what is unsure"),
                Arguments.of("permit consequence missing", table(row("A", null)).replace("    permit_may_be_issued: true\n", ""),
                        "levels.yml > level 'A': 'permit_may_be_issued' must be true or false"));
    }

    private static String table(String... rows) {
        return "code: test\nversion: 1\nlegal_basis: test\nsource_note: test\nlevels:\n" + String.join("", rows);
    }

    private static String row(String code, String max) {
        return "  - level: " + code + "\n"
                + (max == null ? "" : "    max: " + max + "\n")
                + "    meaning_id: arti\n    meaning_en: meaning\n"
                + "    inspection_frequency_id: bulanan\n    inspection_frequency_en: monthly\n"
                + "    inspection_interval: P1M\n    permit_may_be_issued: true\n"
                + "    unconfirmed: true\n    note: unsure\n";
    }
}
