package id.naikkelas.assessment;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static id.naikkelas.assessment.Answer.MET;
import static id.naikkelas.assessment.Answer.NOT_APPLICABLE;
import static id.naikkelas.assessment.Answer.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Counting deviations, hiding conditional items, weighting the score, and the level and permit that follow. */
class InspectionScoringTest {

    private static final InspectionScoring SCORING = new InspectionScoring(LevelRule.loadDefault());
    private static final ChecklistTemplate CPPB_IRT = ChecklistCatalog.bundled().find("cppb-irt", 1).orElseThrow();

    /**
     * S.1 asks whether the product is chilled; S.2 (cold store) applies only then. S.3 asks about
     * meat only when S.2 is shown and met, so S.4 depends on a chain.
     */
    private static final ChecklistTemplate CHILLED = ChecklistTemplates.parse("""
            code: chilled
            version: 1
            title_id: Uji
            title_en: Test
            legal_basis: none
            source_notes: made up for a test
            level_rule: irtp-level
            sections:
              - code: S
                title_id: Bagian
                title_en: Section
                items:
                  - {code: S.1, text_id: "Perlu didinginkan?", text_en: "Needs chilling?", screening: true}
                  - {code: S.2, text_id: Ruang dingin di bawah 5 °C, text_en: Cold store below 5 °C, class: CRITICAL,
                     weight: 3, applicable_when: {item: S.1, is: MET}}
                  - {code: S.3, text_id: "Memakai daging?", text_en: "Uses meat?", screening: true,
                     applicable_when: {item: S.2, is: MET}}
                  - {code: S.4, text_id: Daging disimpan terpisah, text_en: Meat stored apart, class: SERIOUS,
                     applicable_when: {item: S.3, is: MET}}
                  - {code: S.5, text_id: Lantai bersih, text_en: Clean floor, class: MAJOR}
                  - {code: S.6, text_id: Catatan lengkap, text_en: Complete records, class: MINOR}
            """, "chilled.yml");

    @Test
    void aFacilityMeetingEverythingIsLevelOneAndMayGetItsPermit() {
        InspectionResult result = SCORING.evaluate(CPPB_IRT, allAnswered(CPPB_IRT, MET));

        assertThat(result.counts()).isEqualTo(DeviationCounts.NONE);
        assertThat(result.deviations()).isEmpty();
        assertThat(result.level().orElseThrow().code()).isEqualTo("I");
        assertThat(result.complianceScore()).hasValue(100.0);
        assertThat(result.complete()).isTrue();
        assertThat(result.permitMayBeIssued()).isTrue();
        assertThat(result.templateCode()).isEqualTo("cppb-irt");
        assertThat(result.templateVersion()).isEqualTo(1);
    }

    @Test
    void eachFindingCountsInItsClassAndMovesTheLevel() {
        Map<String, Answer> answers = allAnswered(CPPB_IRT, MET);
        answers.put("M.36", NOT_MET); // minor
        assertLevel(answers, new DeviationCounts(1, 0, 0, 0), "I", true);

        answers.put("B.2", NOT_MET); // major
        answers.put("D.8", NOT_MET); // major
        assertLevel(answers, new DeviationCounts(1, 2, 0, 0), "II", true);

        answers.put("A.1", NOT_MET); // serious
        assertLevel(answers, new DeviationCounts(1, 2, 1, 0), "III", false);

        answers.put("C.5", NOT_MET); // critical
        InspectionResult result = assertLevel(answers, new DeviationCounts(1, 2, 1, 1), "IV", false);

        assertThat(result.deviations()).extracting(deviation -> deviation.item().code())
                .containsExactly("A.1", "B.2", "C.5", "D.8", "M.36");
        assertThat(result.deviations()).extracting(Deviation::sectionCode).containsExactly("A", "B", "C", "D", "M");
        assertThat(result.deviations()).extracting(Deviation::deviationClass).containsExactly(
                DeviationClass.SERIOUS, DeviationClass.MAJOR, DeviationClass.CRITICAL, DeviationClass.MAJOR, DeviationClass.MINOR);
        assertThat(result.complianceScore().getAsDouble()).isCloseTo(100.0 * 32 / 37, within(1e-9));
    }

    private static InspectionResult assertLevel(Map<String, Answer> answers, DeviationCounts counts, String level, boolean permit) {
        InspectionResult result = SCORING.evaluate(CPPB_IRT, answers);
        assertThat(result.counts()).isEqualTo(counts);
        assertThat(result.level().orElseThrow().code()).isEqualTo(level);
        assertThat(result.permitMayBeIssued()).isEqualTo(permit);
        return result;
    }

    @Test
    void notApplicableAnswersAreNeitherDeviationsNorScored() {
        Map<String, Answer> answers = allAnswered(CPPB_IRT, MET);
        answers.put("I.28", NOT_APPLICABLE); // no food additives used
        answers.put("I.29", NOT_APPLICABLE);
        answers.put("B.2", NOT_MET);

        InspectionResult result = SCORING.evaluate(CPPB_IRT, answers);

        assertThat(result.counts()).isEqualTo(new DeviationCounts(0, 1, 0, 0));
        assertThat(result.complianceScore().getAsDouble()).isCloseTo(100.0 * 34 / 35, within(1e-9));
        assertThat(result.complete()).isTrue();
    }

    @Test
    void anUnfinishedInspectionNamesWhatIsLeftAndNeverAllowsThePermit() {
        Map<String, Answer> answers = allAnswered(CPPB_IRT, MET);
        answers.remove("K.32");
        answers.remove("E.11");

        InspectionResult result = SCORING.evaluate(CPPB_IRT, answers);

        assertThat(result.complete()).isFalse();
        assertThat(result.unansweredItems()).containsExactly("E.11", "K.32");
        assertThat(result.level().orElseThrow().code()).isEqualTo("I"); // so far
        assertThat(result.permitMayBeIssued()).isFalse();
    }

    @Test
    void nothingAnsweredYetHasNoScore() {
        InspectionResult result = SCORING.evaluate(CPPB_IRT, Map.of());

        assertThat(result.complianceScore()).isEmpty();
        assertThat(result.unansweredItems()).hasSize(37);
        assertThat(result.permitMayBeIssued()).isFalse();
    }

    @Test
    void itemsHiddenByTheirConditionAreNeitherCountedNorRequired() {
        // not chilled: S.2 and everything hanging off it disappear, even answers already given to them
        InspectionResult result = SCORING.evaluate(CHILLED,
                Map.of("S.1", NOT_MET, "S.2", NOT_MET, "S.4", NOT_MET, "S.5", MET, "S.6", MET));

        assertThat(result.counts()).isEqualTo(DeviationCounts.NONE);
        assertThat(result.complete()).isTrue();
        assertThat(result.unansweredItems()).isEmpty();
        assertThat(result.complianceScore()).hasValue(100.0);
        assertThat(result.level().orElseThrow().code()).isEqualTo("I");
    }

    @Test
    void anItemShownByItsConditionIsRequired() {
        InspectionResult result = SCORING.evaluate(CHILLED, Map.of("S.1", MET, "S.5", MET, "S.6", MET));

        assertThat(result.complete()).isFalse();
        assertThat(result.unansweredItems()).containsExactly("S.2"); // S.3 waits for S.2's answer
        assertThat(result.permitMayBeIssued()).isFalse();
    }

    @Test
    void aConditionOnAHiddenItemHidesItsDependentsToo() {
        // S.2 not met hides S.3; S.4 (which follows S.3) is hidden although S.3 was answered yes earlier
        InspectionResult result = SCORING.evaluate(CHILLED,
                Map.of("S.1", MET, "S.2", NOT_MET, "S.3", MET, "S.4", NOT_MET, "S.5", MET, "S.6", MET));

        assertThat(result.counts()).isEqualTo(new DeviationCounts(0, 0, 0, 1));
        assertThat(result.deviations()).extracting(deviation -> deviation.item().code()).containsExactly("S.2");
        assertThat(result.complete()).isTrue();
        assertThat(result.level().orElseThrow().code()).isEqualTo("IV");
    }

    @Test
    void weightsDecideTheScoreAndScreeningQuestionsCarryNone() {
        // shown: S.2 (weight 3), S.3 (screening), S.4, S.5, S.6 (weight 1 each); S.2 and S.4 met
        InspectionResult result = SCORING.evaluate(CHILLED,
                Map.of("S.1", MET, "S.2", MET, "S.3", MET, "S.4", MET, "S.5", NOT_MET, "S.6", NOT_MET));

        assertThat(result.complianceScore().getAsDouble()).isCloseTo(100.0 * 4 / 6, within(1e-9));
        assertThat(result.counts()).isEqualTo(new DeviationCounts(1, 1, 0, 0));
        assertThat(result.level().orElseThrow().code()).isEqualTo("II");
        assertThat(result.permitMayBeIssued()).isTrue();

        InspectionResult heavyMiss = SCORING.evaluate(CHILLED,
                Map.of("S.1", MET, "S.2", NOT_MET, "S.5", MET, "S.6", MET));
        assertThat(heavyMiss.complianceScore()).hasValue(40.0); // 2 of weight 5
    }

    @Test
    void aChecklistWithoutALevelRuleHasNoLevelAndNeverIssuesThePermit() {
        ChecklistTemplate halal = ChecklistCatalog.bundled().latest("halal-readiness").orElseThrow();

        InspectionResult result = SCORING.evaluate(halal, allAnswered(halal, MET));

        assertThat(result.level()).isEmpty();
        assertThat(result.complete()).isTrue();
        assertThat(result.permitMayBeIssued()).isFalse();
        assertThat(result.complianceScore()).hasValue(100.0);
    }

    @Test
    void answersForItemsTheTemplateLacksAreRefused() {
        assertThatThrownBy(() -> SCORING.evaluate(CHILLED, Map.of("S.1", MET, "Z.9", MET, "A.1", NOT_MET)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answers name items that checklist 'chilled' version 1 does not have: [A.1, Z.9]");
    }

    @Test
    void aTemplateNeedingAnotherLevelRuleIsRefused() {
        ChecklistTemplate other = ChecklistTemplates.parse(ChecklistTemplatesTest.template(
                ChecklistTemplatesTest.section("A", ChecklistTemplatesTest.item("A.1", "class: MINOR")))
                .replace("sections:", "level_rule: sni-level\nsections:"), "test.yml");

        assertThatThrownBy(() -> SCORING.evaluate(other, Map.of("A.1", MET)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checklist 'test' version 1 is scored with level rule 'sni-level', but this scoring uses 'irtp-level'");
    }

    /** Every item (screening questions included) answered the same way. */
    private static Map<String, Answer> allAnswered(ChecklistTemplate template, Answer answer) {
        Map<String, Answer> answers = new HashMap<>();
        template.items().forEach(item -> answers.put(item.code(), answer));
        return answers;
    }
}
