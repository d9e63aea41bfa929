package id.naikkelas.certification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped rule file is well-formed, and a broken one is refused with a message an administrator can act on. */
class RequirementRulesTest {

    @Test
    void theShippedFileLoads() {
        RequirementRules rules = RequirementRules.loadDefault();

        assertThat(rules.version()).isEqualTo("2026.1");
        assertThat(rules.effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 8));
        assertThat(rules.halalRoute().criteria()).hasSize(13);
        assertThat(rules.prerequisites()).extracting(p -> p.prerequisite().id()).containsExactly("nib");
    }

    /** An auditor checks a reason against its instrument, so every basis names one, never a document of ours. */
    @Test
    void everyLegalBasisNamesAnInstrument() {
        RequirementRules rules = RequirementRules.loadDefault();
        var bases = new java.util.ArrayList<String>();
        rules.rules().forEach(rule -> bases.add(rule.id() + ": " + rule.legalBasis()));
        rules.prerequisites().forEach(p -> bases.add(p.prerequisite().id() + ": " + p.prerequisite().legalBasis()));
        bases.add("self-declare: " + rules.halalRoute().selfDeclare().legalBasis());
        bases.add("regular: " + rules.halalRoute().regular().legalBasis());
        var instrument = java.util.regex.Pattern.compile("\\b(UU|PP|Perpres|Permen\\w*|Kepmen\\w*|PerBPOM|PerBSN|Kepkaban|KMA|PMK|SNI)\\s?\\d");
        for (String basis : bases) {
            assertThat(instrument.matcher(basis).find()).as("names an instrument: %s", basis).isTrue();
            assertThat(basis).as("points to an internal document").doesNotContain("regulations.md").doesNotContain("§");
        }
    }

    /** Read without the engine, so a fact the engine silently ignored would still be caught. */
    @Test
    void everyConditionInTheShippedFileNamesAProductProfileComponent() throws IOException {
        Set<String> components = new HashSet<>(Arrays.stream(ProductProfile.class.getRecordComponents())
                .map(RecordComponent::getName).toList());
        Set<String> referenced = new HashSet<>();
        try (InputStream in = getClass().getResourceAsStream(RequirementRules.DEFAULT_RESOURCE)) {
            collectFacts(new Yaml().load(in), referenced);
        }

        assertThat(referenced).hasSizeGreaterThan(30);
        assertThat(components).containsAll(referenced);
    }

    @Test
    void anUnknownFactFailsNamingTheRuleTheFactAndTheKnownFacts() {
        assertThatThrownBy(() -> parse(rule("{fact: shelfLife, lt: 7}")))
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("test.yml > rule 'broken'")
                .hasMessageContaining("unknown fact 'shelfLife'")
                .hasMessageContaining("shelfLifeDays");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void aMalformedFileFailsWithAClearMessage(String problem, String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining(message);
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("unknown operator", rule("{fact: shelfLifeDays, below: 7}"),
                        "unknown operator 'below' on fact 'shelfLifeDays'"),
                Arguments.of("storage written as a yes/no fact", rule("{fact: frozen, eq: true}"),
                        "unknown fact 'frozen'"),
                Arguments.of("order operator on a yes/no fact", rule("{fact: retort, gt: true}"),
                        "operator 'gt' cannot be used on fact 'retort' (BOOLEAN)"),
                Arguments.of("unquoted code that YAML reads as a number", rule("{fact: irtFoodType, in: [07]}"),
                        "fact 'irtFoodType' (TEXT) cannot be compared with '7'; expected quoted text"),
                Arguments.of("value outside an enum", rule("{fact: storage, eq: FREEZER}"),
                        "expected one of [AMBIENT, CHILLED, FROZEN]"),
                Arguments.of("sector outside the fixed list", rule("{fact: sector, eq: FOOD}"),
                        "expected one of [PROCESSED_FOOD"),
                Arguments.of("text where a number belongs", rule("{fact: annualSales, lte: banyak}"),
                        "fact 'annualSales' (NUMBER) cannot be compared with 'banyak'"),
                Arguments.of("bad date", rule("{fact: asOf, gte: 17-10-2026}"),
                        "expected a date such as 2026-10-17"),
                Arguments.of("two operators", rule("{fact: shelfLifeDays, lt: 7, gt: 1}"),
                        "needs exactly one operator"),
                Arguments.of("unknown combinator", rule("{every: [{fact: retort, eq: true}]}"),
                        "unknown condition 'every'"),
                Arguments.of("in without a list", rule("{fact: scale, in: MIKRO}"),
                        "'in' on fact 'scale' expects a list"),
                Arguments.of("unknown permit", file("decides: {PIRT_X: REQUIRED}", "{fact: retort, eq: true}"),
                        "'PIRT_X' is not a PermitType"),
                Arguments.of("unknown outcome", file("decides: {PIRT: MANDATORY}", "{fact: retort, eq: true}"),
                        "'MANDATORY' is not a Outcome"),
                Arguments.of("misspelt key", rule("{fact: retort, eq: true}").replace("reason_en: \"reason\"", "reason_eng: \"reason\""),
                        "unknown key 'reason_eng'"),
                Arguments.of("missing reason", rule("{fact: retort, eq: true}").replace("reason_en: \"reason\"", ""),
                        "'reason_en' must be non-empty text"),
                Arguments.of("duplicate rule id", rule("{fact: retort, eq: true}").replace("rules:\n",
                        "rules:\n  - {id: broken, decides: {SNI: REQUIRED}, reason_id: a, reason_en: b, legal_basis: c}\n"),
                        "rule id 'broken' is used twice"),
                Arguments.of("duplicate key", rule("{fact: retort, eq: true}").replace("version: \"t\"",
                        "version: \"t\"\nversion: \"u\""), "not valid YAML"),
                Arguments.of("unknown fact in a halal criterion", rule("{fact: retort, eq: true}")
                        .replace("{fact: hasNib, eq: true}", "{fact: nib, eq: true}"),
                        "halal_route > criterion 'nib': unknown fact 'nib'"));
    }

    private static RequirementRules parse(String yaml) {
        return RequirementRules.parse(yaml, "test.yml");
    }

    private static String rule(String when) {
        return file("decides: {PIRT: REQUIRED}", when);
    }

    /** The smallest valid file, with one rule whose decision and condition the test chooses. */
    private static String file(String decides, String when) {
        return """
                version: "t"
                effective_from: 2025-07-08
                rules:
                  - id: broken
                    when: %s
                    %s
                    reason_id: "alasan"
                    reason_en: "reason"
                    legal_basis: "dasar"
                halal_route:
                  self_declare: {reason_id: a, reason_en: b, legal_basis: c}
                  regular: {reason_id: a, reason_en: b, legal_basis: c}
                  criteria:
                    - {id: nib, when: {fact: hasNib, eq: true}, explanation_id: a, explanation_en: b}
                """.formatted(when, decides);
    }

    private static void collectFacts(Object node, Set<String> facts) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("fact".equals(key)) {
                    facts.add(String.valueOf(value));
                }
                collectFacts(value, facts);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectFacts(item, facts));
        }
    }
}
