package id.naikkelas.certification;

import id.naikkelas.certification.PathwayTemplate.Subject;
import id.naikkelas.certification.PathwayTemplate.Window;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped pathways carry the regulations' steps and limits, and a broken file is refused clearly. */
class PathwayTemplatesTest {

    private static final PathwayTemplates TEMPLATES = PathwayTemplates.loadDefault();
    private static final WorkingDays CALENDAR = WorkingDays.fromReferenceCsv();

    @Test
    void everyShippedTemplateLoadsAndIsFoundByPermitAndRoute() {
        assertThat(TEMPLATES.all()).extracting(PathwayTemplate::code).containsExactly(
                "pirt", "bpom-md", "halal-self-declare", "halal-regular", "bnsp", "sni", "trademark");
        assertThat(code(PermitType.PIRT, null)).isEqualTo("pirt");
        assertThat(code(PermitType.BPOM_MD, null)).isEqualTo("bpom-md");
        assertThat(code(PermitType.HALAL, Route.SELF_DECLARE)).isEqualTo("halal-self-declare");
        assertThat(code(PermitType.HALAL, Route.REGULAR)).isEqualTo("halal-regular");
        assertThat(code(PermitType.BNSP, null)).isEqualTo("bnsp");
        assertThat(code(PermitType.SNI, null)).isEqualTo("sni");
        assertThat(code(PermitType.TRADEMARK, null)).isEqualTo("trademark");
        assertThat(TEMPLATES.forPermit(PermitType.SLHS, null)).isEmpty();
    }

    @Test
    void onlyHalalTakesARoute() {
        assertThatThrownBy(() -> TEMPLATES.forPermit(PermitType.HALAL, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a route");
        assertThatThrownBy(() -> TEMPLATES.forPermit(PermitType.PIRT, Route.REGULAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not PIRT");
    }

    /** A file dropped into the directory but not listed would silently never load. */
    @Test
    void everyFileInThePathwayDirectoryIsListed() throws IOException, URISyntaxException {
        Path directory = Path.of(getClass().getResource(PathwayTemplates.DIRECTORY).toURI());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(PathwayTemplates.SHIPPED_FILES);
        }
    }

    @Test
    void everyStepIsWrittenInBothLanguages() {
        for (PathwayTemplate template : TEMPLATES.all()) {
            for (PathwayStep step : template.steps()) {
                String at = template.code() + " " + step.code();
                assertThat(step.titleId()).as(at).isNotBlank().isNotEqualTo(step.titleEn());
                assertThat(step.titleEn()).as(at).isNotBlank();
                assertThat(step.descriptionId()).as(at).isNotBlank().isNotEqualTo(step.descriptionEn());
                assertThat(step.descriptionEn()).as(at).isNotBlank();
            }
        }
    }

    @Test
    void externalStepsNameTheirBodyAndNoOtherStepDoes() {
        for (PathwayTemplate template : TEMPLATES.all()) {
            for (PathwayStep step : template.steps()) {
                assertThat(step.body() != null).as(template.code() + " " + step.code())
                        .isEqualTo(step.actor() == Actor.EXTERNAL);
            }
        }
    }

    @Test
    void everyCatalogueDocumentIsAskedForSomewhere() {
        Set<String> used = TEMPLATES.all().stream()
                .flatMap(template -> template.steps().stream())
                .flatMap(step -> Stream.concat(step.requiredDocuments().stream(),
                        step.guards().stream().map(Guard::document).filter(document -> document != null)))
                .map(DocumentType::code)
                .collect(Collectors.toSet());
        DocumentCatalogue catalogue = DocumentCatalogue.parse(
                YamlNodes.classpathResource(DocumentCatalogue.DEFAULT_RESOURCE), "pathway-documents.yml");

        assertThat(catalogue.all()).extracting(DocumentType::code).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void pirtIssuanceNeedsPkpALevelIOrIIInspectionAndALabel() {
        PathwayTemplate pirt = TEMPLATES.forPermit(PermitType.PIRT, null).orElseThrow();
        PathwayStep issuance = pirt.step("ISSUANCE").orElseThrow();

        assertThat(pirt.steps()).extracting(PathwayStep::code).containsExactly("NIB", "OSS_APPLICATION",
                "PKP_TRAINING", "FACILITY_INSPECTION", "CORRECTIVE_ACTION", "LABEL_REVIEW", "ISSUANCE");
        assertThat(issuance.actor()).isEqualTo(Actor.EXTERNAL);
        assertThat(issuance.body()).isEqualTo(ExternalBody.DPMPTSP);
        assertThat(issuance.guards()).extracting(Guard::type).containsExactly(Guard.Type.DOCUMENT_PRESENT,
                Guard.Type.INSPECTION_LEVEL_AT_MOST, Guard.Type.DOCUMENT_PRESENT, Guard.Type.EXTERNAL_REFERENCE_RECORDED);
        assertThat(issuance.guards().get(0).document().code()).isEqualTo("PKP_CERTIFICATE");
        assertThat(issuance.guards().get(1).maxInspectionLevel()).isEqualTo(2);
        assertThat(issuance.guards().get(1).unconfirmed()).isTrue();
        assertThat(pirt.step("CORRECTIVE_ACTION").orElseThrow().optional()).isTrue();
    }

    @Test
    void pirtCommitmentIsThreeMonthsAsNinetyCalendarDaysFromTheOssApplication() {
        Window commitment = TEMPLATES.forPermit(PermitType.PIRT, null).orElseThrow().windows().get(0);

        assertThat(commitment.code()).isEqualTo("COMMITMENT");
        assertThat(commitment.fromStep()).isEqualTo("OSS_APPLICATION");
        assertThat(commitment.untilStep()).isEqualTo("LABEL_REVIEW");
        assertThat(commitment.sla()).isEqualTo(new Sla(90, Sla.Unit.CALENDAR_DAYS));
        // Calendar days ignore Idul Fitri: applied 16 Mar 2026, the commitment ends 14 Jun 2026.
        assertThat(commitment.sla().dueDate(LocalDate.of(2026, 3, 16), CALENDAR)).isEqualTo(LocalDate.of(2026, 6, 14));
    }

    @Test
    void halalSelfDeclareTakesTwelveWorkingDaysFromSubmissionToCertificate() {
        PathwayTemplate selfDeclare = TEMPLATES.forPermit(PermitType.HALAL, Route.SELF_DECLARE).orElseThrow();
        Window whole = selfDeclare.windows().get(0);
        PathwayStep verification = selfDeclare.step("PPH_VERIFICATION").orElseThrow();

        assertThat(whole.fromStep()).isEqualTo("SUBMISSION");
        assertThat(whole.untilStep()).isEqualTo("CERTIFICATE_ISSUED");
        assertThat(whole.sla()).isEqualTo(new Sla(12, Sla.Unit.WORKING_DAYS));
        assertThat(whole.sla().dueDate(LocalDate.of(2026, 3, 16), CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(verification.actor()).isEqualTo(Actor.FACILITATOR);
        assertThat(verification.actorDailyCap()).isEqualTo(10);
        assertThat(selfDeclare.step("CHOOSE_FACILITATOR").orElseThrow().guards().get(0).scales())
                .containsExactlyInAnyOrder(BusinessScale.MIKRO, BusinessScale.KECIL);
    }

    @Test
    void halalRegularCarriesBpjphServiceLevelsMarkingTheOldOnesUnconfirmed() {
        PathwayTemplate regular = TEMPLATES.forPermit(PermitType.HALAL, Route.REGULAR).orElseThrow();
        Map<String, PathwayStep> steps = regular.steps().stream()
                .collect(Collectors.toMap(PathwayStep::code, step -> step));

        assertThat(steps.get("DOCUMENT_CHECK").sla()).isEqualTo(new Sla(10, Sla.Unit.WORKING_DAYS));
        assertThat(steps.get("DOCUMENT_CHECK").unconfirmed()).isTrue();
        assertThat(steps.get("MISSING_DOCUMENTS").sla()).isEqualTo(new Sla(5, Sla.Unit.WORKING_DAYS));
        assertThat(steps.get("MISSING_DOCUMENTS").optional()).isTrue();
        assertThat(steps.get("AUDIT").sla()).isEqualTo(new Sla(40, Sla.Unit.WORKING_DAYS));
        assertThat(steps.get("FATWA").sla()).isEqualTo(new Sla(3, Sla.Unit.WORKING_DAYS));
        assertThat(steps.get("FATWA").unconfirmed()).isFalse();
        assertThat(steps.get("FATWA").body()).isEqualTo(ExternalBody.FATWA_COMMITTEE);
        // Document check started on the Tuesday before Nyepi and Idul Fitri 2026.
        assertThat(steps.get("DOCUMENT_CHECK").sla().dueDate(LocalDate.of(2026, 3, 17), CALENDAR))
                .isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void bnspCertifiesAPersonThroughAnLsp() {
        PathwayTemplate bnsp = TEMPLATES.forPermit(PermitType.BNSP, null).orElseThrow();

        assertThat(bnsp.subject()).isEqualTo(Subject.PERSON);
        assertThat(bnsp.steps()).filteredOn(step -> step.actor() == Actor.EXTERNAL)
                .extracting(PathwayStep::body).containsOnly(ExternalBody.LSP);
        assertThat(TEMPLATES.all()).filteredOn(template -> template != bnsp)
                .extracting(PathwayTemplate::subject).containsOnly(Subject.PRODUCT);
    }

    @Test
    void everyTemplateMarksTheStepThatFilesTheApplicationAndPirtItsNibStep() {
        assertThat(TEMPLATES.all()).allSatisfy(template -> assertThat(template.filingStep()).as(template.code()).isPresent());
        assertThat(TEMPLATES.byCode("halal-self-declare").orElseThrow().filingStep().orElseThrow().code()).isEqualTo("SUBMISSION");
        assertThat(TEMPLATES.byCode("halal-regular").orElseThrow().filingStep().orElseThrow().code()).isEqualTo("APPLICATION");
        assertThat(TEMPLATES.byCode("pirt").orElseThrow().steps()).filteredOn(PathwayStep::recordsNib)
                .extracting(PathwayStep::code).containsExactly("NIB");
    }

    @Test
    void aStepRecordingTheNibMustWaitForItAndOnlyOneStepFiles() {
        assertThatThrownBy(() -> parse(VALID.replace("actor: OWNER\n", "actor: OWNER\n    records_nib: true\n")))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("'records_nib' needs the guard NIB_PRESENT");
        assertThatThrownBy(() -> parse(VALID.replace("actor: OWNER\n", "actor: OWNER\n    filing: true\n")
                        .replace("body: DPMPTSP\n", "body: DPMPTSP\n    filing: true\n")))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("only one step may be the 'filing' one");
    }

    @Test
    void aValidMinimalFileLoads() {
        PathwayTemplate template = parse(VALID).all().get(0);

        assertThat(template.steps()).hasSize(2);
        assertThat(template.steps().get(1).externalSystem()).isEqualTo(ExternalSystem.OSS);
        assertThat(template.steps().get(0).externalSystem()).isEqualTo(ExternalSystem.NONE);
        assertThat(template.windows().get(0).sla()).isEqualTo(new Sla(90, Sla.Unit.CALENDAR_DAYS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void aMalformedFileFailsWithAClearMessage(String problem, String from, String to, String message) {
        assertThat(VALID).as("the case must change the valid file").contains(from);
        assertThatThrownBy(() -> parse(VALID.replace(from, to)))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining(message);
    }

    static Stream<Arguments> malformedFiles() {
        String guard = "{guard: DOCUMENT_PRESENT, document: PKP_CERTIFICATE}";
        return Stream.of(
                Arguments.of("unknown actor", "actor: OWNER", "actor: PEMILIK",
                        "test.yml (test) > step 'FIRST': unknown actor 'PEMILIK'; expected one of [OWNER, FACILITATOR, OFFICER, EXTERNAL]"),
                Arguments.of("unknown guard", guard, "{guard: PKP_PRESENT}",
                        "step 'FIRST': unknown guard 'PKP_PRESENT'; expected one of [NIB_PRESENT, DOCUMENT_PRESENT"),
                Arguments.of("unknown document in a guard", guard, "{guard: DOCUMENT_PRESENT, document: PKP}",
                        "step 'FIRST' > guard DOCUMENT_PRESENT: unknown document 'PKP'; known documents: [KTP, PKP_CERTIFICATE]"),
                Arguments.of("unknown required document", "[KTP]", "[KTP, SIUP]",
                        "step 'FIRST' > required_documents: unknown document 'SIUP'"),
                Arguments.of("required document twice", "[KTP]", "[KTP, KTP]", "required document 'KTP' is listed twice"),
                Arguments.of("duplicate step code", "code: SECOND", "code: FIRST", "step code 'FIRST' is used twice"),
                Arguments.of("step title missing in English", "    title_en: Step one\n", "",
                        "step 'FIRST': 'title_en' is missing or empty; every title needs Indonesian (title_id) and English (title_en) text"),
                Arguments.of("step description missing in Indonesian", "    description_id: Lakukan ini\n", "",
                        "step 'FIRST': 'description_id' is missing or empty"),
                Arguments.of("blank step title", "title_en: Step two", "title_en: \"  \"",
                        "step 'SECOND': 'title_en' is missing or empty"),
                Arguments.of("template title missing in Indonesian", "title_id: Judul\n", "",
                        "test.yml (test): 'title_id' is missing or empty"),
                Arguments.of("misspelt key", "required_documents: [KTP]", "documents: [KTP]",
                        "step: unknown key 'documents'"),
                Arguments.of("halal without a route", "permit: PIRT", "permit: HALAL",
                        "a HALAL template needs 'route' (SELF_DECLARE or REGULAR)"),
                Arguments.of("route on another permit", "permit: PIRT", "permit: PIRT\nroute: REGULAR",
                        "'route' is only for HALAL templates"),
                Arguments.of("unknown permit", "permit: PIRT", "permit: P_IRT", "unknown permit 'P_IRT'; expected one of [PIRT,"),
                Arguments.of("unknown subject", "subject: PRODUCT", "subject: BUSINESS", "unknown subject 'BUSINESS'"),
                Arguments.of("external step without a body", "    body: DPMPTSP\n", "",
                        "step 'SECOND': an EXTERNAL step must name its 'body'"),
                Arguments.of("body on an owner step", "actor: OWNER", "actor: OWNER\n    body: BPOM",
                        "step 'FIRST': 'body' is only for EXTERNAL steps"),
                Arguments.of("unknown external system", "external_system: OSS", "external_system: OSS_RBA",
                        "unknown external system 'OSS_RBA'"),
                Arguments.of("guard without its parameter", guard, "{guard: DOCUMENT_PRESENT}",
                        "guard DOCUMENT_PRESENT: needs 'document'"),
                Arguments.of("parameter of another guard", guard, "{guard: NIB_PRESENT, document: PKP_CERTIFICATE}",
                        "guard NIB_PRESENT: unknown key 'document'"),
                Arguments.of("inspection level out of range", guard, "{guard: INSPECTION_LEVEL_AT_MOST, level: V}",
                        "level 'V' must be I, II, III or IV (or 1–4)"),
                Arguments.of("unknown business scale", guard, "{guard: BUSINESS_SCALE_IN, scales: [UMK]}",
                        "unknown business scale 'UMK'"),
                Arguments.of("both kinds of SLA", "sla_working_days: 5", "sla_working_days: 5\n    sla_calendar_days: 7",
                        "give either 'sla_working_days' or 'sla_calendar_days', not both"),
                Arguments.of("negative SLA", "sla_working_days: 5", "sla_working_days: -1",
                        "'sla_working_days' must be a whole number of at least 0, found -1"),
                Arguments.of("window to a missing step", "until_step: SECOND", "until_step: THIRD",
                        "window 'LIMIT': no step 'THIRD' in this template"),
                Arguments.of("window backwards", "from_step: FIRST, until_step: SECOND", "from_step: SECOND, until_step: FIRST",
                        "from_step 'SECOND' must come before until_step 'FIRST'"),
                Arguments.of("window without a limit", ", calendar_days: 90", "",
                        "window 'LIMIT': needs 'working_days' or 'calendar_days'"),
                Arguments.of("version as a number", "version: \"1\"", "version: 1", "'version' must be non-empty text, found 1"),
                Arguments.of("lower-case step code", "code: FIRST", "code: first",
                        "code 'first' must be upper-case letters, digits and _"),
                Arguments.of("duplicate key", "actor: OWNER", "actor: OWNER\n    actor: OFFICER", "test.yml: not valid YAML"));
    }

    @Test
    void twoFilesMayNotShareACode() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a.yml", VALID);
        files.put("b.yml", VALID);

        assertThatThrownBy(() -> PathwayTemplates.parse(DOCUMENTS, files))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessage("b.yml: template code 'test' is used twice");
    }

    @Test
    void twoFilesMayNotServeTheSamePermitAndRoute() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a.yml", VALID);
        files.put("b.yml", VALID.replace("code: test", "code: test-two"));

        assertThatThrownBy(() -> PathwayTemplates.parse(DOCUMENTS, files))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessage("b.yml: another template is already for PIRT");
    }

    @Test
    void aBrokenDocumentCatalogueIsRefused() {
        assertThatThrownBy(() -> PathwayTemplates.parse(DOCUMENTS + "  - {code: KTP, label_id: a, label_en: b}\n", Map.of()))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("document code 'KTP' is used twice");
        assertThatThrownBy(() -> PathwayTemplates.parse(DOCUMENTS + "  - {code: NIB, label_id: NIB}\n", Map.of()))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("document 'NIB': 'label_en' is missing or empty");
    }

    private static String code(PermitType permit, Route route) {
        return TEMPLATES.forPermit(permit, route).orElseThrow().code();
    }

    private static PathwayTemplates parse(String yaml) {
        return PathwayTemplates.parse(DOCUMENTS, Map.of("test.yml", yaml));
    }

    private static final String DOCUMENTS = """
            documents:
              - {code: KTP, label_id: KTP, label_en: Identity card}
              - {code: PKP_CERTIFICATE, label_id: Sertifikat PKP, label_en: PKP certificate}
            """;

    /** The smallest file using every feature; each malformed case changes one thing in it. */
    private static final String VALID = """
            code: test
            version: "1"
            permit: PIRT
            subject: PRODUCT
            title_id: Judul
            title_en: Title
            legal_basis: Dasar
            steps:
              - code: FIRST
                title_id: Langkah satu
                title_en: Step one
                description_id: Lakukan ini
                description_en: Do this
                actor: OWNER
                required_documents: [KTP]
                guards:
                  - {guard: DOCUMENT_PRESENT, document: PKP_CERTIFICATE}
              - code: SECOND
                title_id: Langkah dua
                title_en: Step two
                description_id: Lalu ini
                description_en: Then this
                actor: EXTERNAL
                body: DPMPTSP
                external_system: OSS
                sla_working_days: 5
            windows:
              - {code: LIMIT, title_id: Batas, title_en: Limit, from_step: FIRST, until_step: SECOND, calendar_days: 90}
            """;
}
