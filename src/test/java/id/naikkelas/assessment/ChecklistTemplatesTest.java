package id.naikkelas.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped checklists, refusal of broken ones with a message an administrator can act on, and YAML round trips. */
class ChecklistTemplatesTest {

    private static final List<ChecklistTemplate> BUNDLED = ChecklistTemplates.loadBundled();

    @Test
    void threeChecklistsAreShipped() {
        assertThat(BUNDLED).extracting(ChecklistTemplate::code).containsExactly("cppb-irt", "cppob", "halal-readiness");
        assertThat(BUNDLED).extracting(ChecklistTemplate::version).containsExactly(1, 1, 1);
        assertThat(BUNDLED).extracting(ChecklistTemplate::levelRule).containsExactly("irtp-level", null, null);
    }

    @Test
    void theCppbIrtChecklistIsTheFormsFourteenAspectsAndThirtySevenItemsInOrder() {
        ChecklistTemplate form = bundled("cppb-irt");

        assertThat(form.sections()).extracting(ChecklistSection::code)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N");
        assertThat(form.items()).hasSize(37);
        // the code keeps the form's own number, 1 to 37, for PLOR references
        assertThat(form.items()).extracting(item -> item.code().substring(item.code().indexOf('.') + 1))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 37).mapToObj(String::valueOf).toList());
        Map<DeviationClass, Long> perClass = form.items().stream()
                .collect(Collectors.groupingBy(ChecklistItem::deviationClass, Collectors.counting()));
        assertThat(perClass).containsExactlyInAnyOrderEntriesOf(Map.of(
                DeviationClass.MINOR, 1L, DeviationClass.MAJOR, 6L, DeviationClass.SERIOUS, 16L, DeviationClass.CRITICAL, 14L));
        assertThat(form.item("C.5").orElseThrow().deviationClass()).isEqualTo(DeviationClass.CRITICAL);
        assertThat(form.item("M.36").orElseThrow().deviationClass()).isEqualTo(DeviationClass.MINOR);
        assertThat(form.items()).allSatisfy(item -> {
            assertThat(item.weight()).isEqualTo(1);
            assertThat(item.applicableWhen()).isNull();
        });
        assertThat(form.sourceNotes()).contains("[unconfirmed]");
    }

    @Test
    void theReadinessChecklistsAskScreeningQuestionsBeforeTheirConditionalItems() {
        ChecklistTemplate cppob = bundled("cppob");
        assertThat(cppob.item("C.4").orElseThrow().screening()).isTrue();
        assertThat(cppob.item("C.5").orElseThrow().applicableWhen()).isEqualTo(new ItemCondition("C.4", Answer.MET));
        assertThat(cppob.item("C.5").orElseThrow().textEn()).contains("below 5 °C");

        ChecklistTemplate halal = bundled("halal-readiness");
        assertThat(halal.legalBasis()).contains("Kepkaban 146/2025");
        assertThat(halal.item("B.5").orElseThrow().applicableWhen()).isEqualTo(new ItemCondition("B.3", Answer.MET));
        assertThat(halal.item("B.6").orElseThrow().applicableWhen()).isEqualTo(new ItemCondition("B.5", Answer.MET));
        assertThat(halal.item("A.1").orElseThrow().weight()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void aBrokenTemplateIsRefusedWithAClearMessage(String problem, String yaml, String message) {
        assertThatThrownBy(() -> ChecklistTemplates.parse(yaml, "test.yml"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> brokenTemplates() {
        String first = item("A.1", "class: MAJOR");
        return Stream.of(
                Arguments.of("item code used twice across sections",
                        template(section("A", first), section("B", item("A.1", "class: MINOR"))),
                        "test.yml: section 'B' > item 'A.1': item code 'A.1' is used twice (first in section 'A')"),
                Arguments.of("condition on a later item",
                        template(section("A", item("A.1", "class: MAJOR\n        applicable_when: {item: A.2, is: MET}"),
                                item("A.2", "screening: true"))),
                        "test.yml: section 'A' > item 'A.1': applicable_when refers to item 'A.2', which comes later;"
                                + " a condition may only refer to an earlier item"),
                Arguments.of("condition on a missing item",
                        template(section("A", first, item("A.2", "class: MAJOR\n        applicable_when: {item: X.9, is: MET}"))),
                        "test.yml: section 'A' > item 'A.2': applicable_when refers to item 'X.9',"
                                + " which does not exist in this checklist"),
                Arguments.of("condition on the item itself",
                        template(section("A", item("A.1", "class: MAJOR\n        applicable_when: {item: A.1, is: MET}"))),
                        "test.yml > section 'A' > item 'A.1': applicable_when refers to the item itself"),
                Arguments.of("condition with an unknown answer",
                        template(section("A", first, item("A.2", "class: MAJOR\n        applicable_when: {item: A.1, is: YES}"))),
                        "test.yml > section 'A' > item 'A.2' > applicable_when: 'is' must be one of"
                                + " [MET, NOT_MET, NOT_APPLICABLE], found 'true' (YAML reads yes, no, on and off as true or false)"),
                Arguments.of("unknown class",
                        template(section("A", item("A.1", "class: SEVERE"))),
                        "test.yml > section 'A' > item 'A.1': 'class' must be one of [MINOR, MAJOR, SERIOUS, CRITICAL],"
                                + " found 'SEVERE'"),
                Arguments.of("class missing",
                        template(section("A", item("A.1", "weight: 2"))),
                        "test.yml > section 'A' > item 'A.1': 'class' is missing; expected one of"
                                + " [MINOR, MAJOR, SERIOUS, CRITICAL] (or 'screening: true' for a yes/no question)"),
                Arguments.of("screening question with a class",
                        template(section("A", item("A.1", "screening: true\n        class: MINOR"))),
                        "test.yml > section 'A' > item 'A.1': a screening question has no class and no weight"),
                Arguments.of("zero weight",
                        template(section("A", item("A.1", "class: MINOR\n        weight: 0"))),
                        "test.yml > section 'A' > item 'A.1': 'weight' must be a whole number from 1, found 0"),
                Arguments.of("misspelt key",
                        template(section("A", item("A.1", "class: MINOR\n        wieght: 2"))),
                        "test.yml > section 'A' > item: unknown key 'wieght'; expected one of"
                                + " [applicable_when, class, code, screening, text_en, text_id, weight]"),
                Arguments.of("code YAML reads as a number",
                        template(section("A", item("1", "class: MINOR"))),
                        "test.yml > section 'A' > item: 'code' must be non-empty text (quote it: YAML read 1 as a number)"),
                Arguments.of("section code used twice",
                        template(section("A", first), section("A", item("A.2", "class: MINOR"))),
                        "test.yml: section code 'A' is used twice"),
                Arguments.of("section without items",
                        template("  - code: A\n    title_id: Judul\n    title_en: Title\n    items: []\n"),
                        "test.yml > section 'A' > items: expected a non-empty list, found []"),
                Arguments.of("version zero",
                        template(section("A", first)).replace("version: 1", "version: 0"),
                        "test.yml: 'version' must be a whole number from 1, found 0"));
    }

    @Test
    void aRepeatedKeyIsRefusedRatherThanSilentlyKeepingOne() {
        String yaml = template(section("A", item("A.1", "class: MINOR\n        class: CRITICAL")));

        assertThatThrownBy(() -> ChecklistTemplates.parse(yaml, "test.yml"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith("test.yml: not valid YAML: ")
                .hasMessageContaining("found duplicate key class");
    }

    @Test
    void textThatIsNotYamlIsRefused() {
        assertThatThrownBy(() -> ChecklistTemplates.parse("code: [unclosed", "upload.yml"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith("upload.yml: not valid YAML: ");
    }

    @Test
    void everyShippedTemplateSurvivesExportAndImportUnchanged() {
        for (ChecklistTemplate template : BUNDLED) {
            String exported = ChecklistTemplates.toYaml(template);

            ChecklistTemplate imported = ChecklistTemplates.parse(exported, "export.yml");

            assertThat(imported).isEqualTo(template);
            assertThat(ChecklistTemplates.toYaml(imported)).isEqualTo(exported);
        }
    }

    @Test
    void theExportIsWrittenAsAPersonWould() {
        String exported = ChecklistTemplates.toYaml(bundled("cppob"));

        assertThat(exported).startsWith("code: cppob\nversion: 1\n");
        assertThat(exported).contains("source_notes: |-\n  A readiness checklist of this platform");
        assertThat(exported).contains("\n      - code: C.5\n        text_id: Tersedia penyimpanan dingin di bawah 5 °C");
        assertThat(exported).contains("\n        class: CRITICAL\n        weight: 2\n"
                + "        applicable_when:\n          item: C.4\n          is: MET\n");
        // the default weight and a missing condition are left out, as the shipped files do
        assertThat(exported).doesNotContain("weight: 1");
        assertThat(exported).doesNotContain("applicable_when: null");
    }

    @Test
    void aTemplateWithoutOptionalPartsRoundTrips() {
        ChecklistTemplate minimal = ChecklistTemplates.parse(template(section("A", item("A.1", "class: MINOR"))), "test.yml");

        assertThat(minimal.levelRuleCode()).isEmpty();
        assertThat(minimal.items().get(0).weight()).isEqualTo(1);
        assertThat(ChecklistTemplates.parse(ChecklistTemplates.toYaml(minimal), "export.yml")).isEqualTo(minimal);
    }

    private static ChecklistTemplate bundled(String code) {
        return BUNDLED.stream().collect(Collectors.toMap(ChecklistTemplate::code, Function.identity())).get(code);
    }

    static String template(String... sections) {
        return """
                code: test
                version: 1
                title_id: Daftar periksa uji
                title_en: Test checklist
                legal_basis: none
                source_notes: made up for a test
                sections:
                """ + String.join("", sections);
    }

    static String section(String code, String... items) {
        return "  - code: " + code + "\n    title_id: Bagian " + code + "\n    title_en: Section " + code + "\n    items:\n"
                + String.join("", items);
    }

    /** @param rest further item lines, indented by 8 after the first */
    static String item(String code, String rest) {
        return "      - code: " + code + "\n        text_id: Syarat " + code + "\n        text_en: Requirement " + code
                + "\n        " + rest + "\n";
    }
}
