package id.naikkelas.certification;

import id.naikkelas.certification.PathwayTemplate.Subject;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards on the shipped pathways block a step for the right reason and say so in both languages. */
class GuardsTest {

    private static final PathwayTemplates TEMPLATES = PathwayTemplates.loadDefault();
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final PathwayStep PIRT_ISSUANCE = step(PermitType.PIRT, null, "ISSUANCE");
    /** Everything the P-IRT issuance step asks for. */
    private static final GuardContext PIRT_READY = GuardContext.empty().withNib()
            .withDocuments("PKP_CERTIFICATE", "LABEL_DESIGN").withInspectionLevel(2).withExternalReference("ISSUANCE");

    @Test
    void aStepWhoseGuardsHoldMayBeDone() {
        assertThat(Guards.check(PIRT_ISSUANCE, PIRT_READY)).isEmpty();
    }

    @Test
    void aMissingPkpCertificateBlocksPirtIssuance() {
        GuardContext withoutPkp = new GuardContext(true, Set.of("LABEL_DESIGN"), 2, null, Set.of("ISSUANCE"), false);

        List<GuardFailure> failures = Guards.check(PIRT_ISSUANCE, withoutPkp);

        assertThat(failures).hasSize(1);
        GuardFailure failure = failures.get(0);
        assertThat(failure.guard().type()).isEqualTo(Guard.Type.DOCUMENT_PRESENT);
        assertThat(failure.messageKey()).isEqualTo("certification.guard.documentMissing");
        assertThat(failure.textId()).isEqualTo("Sertifikat PKP (Penyuluhan Keamanan Pangan) belum diunggah.");
        assertThat(failure.textEn()).isEqualTo("Not uploaded yet: PKP food-safety training certificate.");
        assertThat(failure.args(INDONESIAN)).containsExactly("Sertifikat PKP (Penyuluhan Keamanan Pangan)");
        assertThat(failure.args(Locale.ENGLISH)).containsExactly("PKP food-safety training certificate");
    }

    @ParameterizedTest(name = "inspection level {0} blocks issuance: {1}")
    @CsvSource({"1, false", "2, false", "3, true", "4, true"})
    void pirtIssuanceNeedsInspectionLevelIOrII(int level, boolean blocked) {
        List<GuardFailure> failures = Guards.check(PIRT_ISSUANCE, PIRT_READY.withInspectionLevel(level));

        assertThat(failures).hasSize(blocked ? 1 : 0);
    }

    @Test
    void levelIIIExplainsWhatToDo() {
        GuardFailure failure = Guards.check(PIRT_ISSUANCE, PIRT_READY.withInspectionLevel(3)).get(0);

        assertThat(failure.messageKey()).isEqualTo("certification.guard.inspectionLevelTooHigh");
        assertThat(failure.args(Locale.ENGLISH)).containsExactly("III", "II");
        assertThat(failure.textId()).isEqualTo("Pemeriksaan terakhir menilai sarana produksi Level III; langkah ini "
                + "memerlukan Level II atau lebih baik. Perbaiki temuan pemeriksaan, lalu minta pemeriksaan ulang.");
        assertThat(failure.textEn()).isEqualTo("The latest inspection rated the production facility Level III; this "
                + "step needs Level II or better. Fix the findings, then ask for a re-inspection.");
    }

    @Test
    void noInspectionYetIsItsOwnReason() {
        GuardContext notInspected = new GuardContext(true, Set.of("PKP_CERTIFICATE", "LABEL_DESIGN"), null, null,
                Set.of("ISSUANCE"), false);

        assertThat(Guards.check(PIRT_ISSUANCE, notInspected)).extracting(GuardFailure::messageKey)
                .containsExactly("certification.guard.inspectionMissing");
        assertThat(Guards.check(step(PermitType.PIRT, null, "FACILITY_INSPECTION"), notInspected))
                .extracting(GuardFailure::textEn)
                .containsExactly("The production facility has not been inspected yet, or the inspection result has not been recorded.");
    }

    @Test
    void aMissingNibBlocksTheOssApplication() {
        GuardContext noNib = GuardContext.empty().withExternalReference("OSS_APPLICATION");

        List<GuardFailure> failures = Guards.check(step(PermitType.PIRT, null, "OSS_APPLICATION"), noNib);

        assertThat(failures).extracting(GuardFailure::messageKey).containsExactly("certification.guard.nibMissing");
        assertThat(failures.get(0).textId()).startsWith("NIB belum dicatat.");
        assertThat(failures.get(0).textEn()).startsWith("No NIB has been recorded.");
        assertThat(failures.get(0).args(INDONESIAN)).isEmpty();
    }

    @ParameterizedTest(name = "{0} may take the self-declare route")
    @EnumSource(value = BusinessScale.class, names = {"MIKRO", "KECIL"})
    void microAndSmallBusinessesMaySelfDeclare(BusinessScale scale) {
        GuardContext umk = GuardContext.empty().withScale(scale).withFacilitator();

        assertThat(Guards.check(step(PermitType.HALAL, Route.SELF_DECLARE, "CHOOSE_FACILITATOR"), umk)).isEmpty();
    }

    @Test
    void aMediumBusinessCannotSelfDeclare() {
        GuardContext medium = GuardContext.empty().withScale(BusinessScale.MENENGAH).withFacilitator();

        List<GuardFailure> failures = Guards.check(step(PermitType.HALAL, Route.SELF_DECLARE, "CHOOSE_FACILITATOR"), medium);

        assertThat(failures).extracting(GuardFailure::messageKey).containsExactly("certification.guard.scaleNotAllowed");
        assertThat(failures.get(0).textId())
                .isEqualTo("Langkah ini hanya untuk usaha mikro atau kecil, sedangkan usaha ini tercatat sebagai usaha menengah.");
        assertThat(failures.get(0).textEn())
                .isEqualTo("This step is only for micro or small businesses, and this business is recorded as medium.");
        assertThat(failures.get(0).args(Locale.ENGLISH)).containsExactly("micro or small", "medium");
    }

    @Test
    void anUnknownScaleAsksForTheScale() {
        List<GuardFailure> failures = Guards.check(step(PermitType.HALAL, Route.SELF_DECLARE, "SUBMISSION"),
                GuardContext.empty().withExternalReference("SUBMISSION"));

        assertThat(failures).extracting(GuardFailure::textEn).containsExactly(
                "The business scale has not been recorded. This step is only for micro or small businesses.");
    }

    @Test
    void theExternalReferenceMustBeForThisStepAndTheMessageNamesTheSystem() {
        PathwayStep submission = step(PermitType.HALAL, Route.SELF_DECLARE, "SUBMISSION");
        GuardContext otherStepOnly = GuardContext.empty().withScale(BusinessScale.MIKRO).withExternalReference("STTD");

        List<GuardFailure> failures = Guards.check(submission, otherStepOnly);

        assertThat(failures).extracting(GuardFailure::messageKey)
                .containsExactly("certification.guard.externalReferenceMissing");
        assertThat(failures.get(0).textId()).isEqualTo("Nomor dari SIHALAL (ptsp.halal.go.id) untuk langkah ini "
                + "(nomor pengajuan, tanda terima, atau nomor sertifikat) belum dicatat.");
        assertThat(Guards.check(submission, otherStepOnly.withExternalReference("SUBMISSION"))).isEmpty();
    }

    @Test
    void aStepOutsideAnySystemAsksForItsReferenceNumber() {
        PathwayStep certificate = step(PermitType.BNSP, null, "CERTIFICATE");

        assertThat(Guards.check(certificate, GuardContext.empty().withDocuments("COMPETENCY_CERTIFICATE")))
                .extracting(GuardFailure::textEn)
                .containsExactly("The reference number for this step (for example the certificate number) has not been recorded.");
    }

    @Test
    void pphVerificationNeedsAnAssignedFacilitator() {
        PathwayStep verification = step(PermitType.HALAL, Route.SELF_DECLARE, "PPH_VERIFICATION");

        assertThat(Guards.check(verification, GuardContext.empty())).extracting(GuardFailure::textId)
                .containsExactly("Belum ada pendamping yang ditugaskan untuk usaha ini.");
        assertThat(Guards.check(verification, GuardContext.empty().withFacilitator())).isEmpty();
    }

    @Test
    void failuresComeInTheTemplatesGuardOrder() {
        assertThat(Guards.check(PIRT_ISSUANCE, GuardContext.empty())).extracting(GuardFailure::messageKey).containsExactly(
                "certification.guard.documentMissing", "certification.guard.inspectionMissing",
                "certification.guard.documentMissing", "certification.guard.externalReferenceMissing");
    }

    @Test
    void aStepWithoutGuardsIsNeverBlocked() {
        assertThat(Guards.check(step(PermitType.BNSP, null, "CHOOSE_SCHEME"), GuardContext.empty())).isEmpty();
    }

    @Test
    void textFollowsTheLocaleWithIndonesianAsTheDefault() {
        GuardFailure failure = Guards.check(PIRT_ISSUANCE, GuardContext.empty()).get(0);

        assertThat(failure.text(Locale.ENGLISH)).isEqualTo(failure.textEn());
        assertThat(failure.text(Locale.UK)).isEqualTo(failure.textEn());
        assertThat(failure.text(INDONESIAN)).isEqualTo(failure.textId());
        assertThat(failure.text(Locale.FRENCH)).isEqualTo(failure.textId());
    }

    /** The web layer resolves key + args through Spring; that must give the very texts the domain gives. */
    @Test
    void everyFailureResolvesThroughAMessageSourceToItsOwnText() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/certification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        List<GuardFailure> failures = everyKindOfFailure();

        assertThat(failures.stream().map(GuardFailure::messageKey).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(keys("i18n/certification.properties").stream()
                        .filter(key -> key.startsWith("certification.guard.")).toList());
        for (GuardFailure failure : failures) {
            for (Locale locale : List.of(INDONESIAN, Locale.ENGLISH)) {
                assertThat(messages.getMessage(failure.messageKey(), failure.args(locale), locale))
                        .as(failure.messageKey() + " " + locale).isEqualTo(failure.text(locale));
            }
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(keys("i18n/certification_en.properties"))
                .containsExactlyInAnyOrderElementsOf(keys("i18n/certification.properties"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/certification.properties", "i18n/certification_en.properties"})
    void everyVocabularyHasALabelAndNoMessageUsesASingleQuote(String bundle) {
        Properties messages = load(bundle);
        List<String> labels = Stream.of(
                        labels("actor", Actor.values()), labels("body", ExternalBody.values()),
                        labels("system", ExternalSystem.values()), labels("scale", BusinessScale.values()),
                        labels("subject", Subject.values()))
                .flatMap(List::stream).toList();

        assertThat(messages.stringPropertyNames()).containsAll(labels);
        messages.stringPropertyNames().forEach(key ->
                assertThat(messages.getProperty(key)).as(key).isNotBlank().doesNotContain("'"));
    }

    /** One failure of each message key, from the shipped steps. */
    private static List<GuardFailure> everyKindOfFailure() {
        List<GuardFailure> failures = new ArrayList<>(Guards.check(PIRT_ISSUANCE, GuardContext.empty()));
        failures.addAll(Guards.check(PIRT_ISSUANCE, PIRT_READY.withInspectionLevel(4)));
        failures.addAll(Guards.check(step(PermitType.PIRT, null, "NIB"), GuardContext.empty()));
        failures.addAll(Guards.check(step(PermitType.HALAL, Route.SELF_DECLARE, "CHOOSE_FACILITATOR"), GuardContext.empty()));
        failures.addAll(Guards.check(step(PermitType.HALAL, Route.SELF_DECLARE, "CHOOSE_FACILITATOR"),
                GuardContext.empty().withScale(BusinessScale.BESAR)));
        failures.addAll(Guards.check(step(PermitType.BNSP, null, "CERTIFICATE"), GuardContext.empty()));
        return failures;
    }

    private static PathwayStep step(PermitType permit, Route route, String code) {
        return TEMPLATES.forPermit(permit, route).orElseThrow().step(code).orElseThrow();
    }

    private static List<String> labels(String group, Enum<?>[] constants) {
        return Stream.of(constants).map(constant -> "certification." + group + "." + constant.name()).toList();
    }

    private static Set<String> keys(String bundle) {
        return load(bundle).stringPropertyNames();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = GuardsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }
}
