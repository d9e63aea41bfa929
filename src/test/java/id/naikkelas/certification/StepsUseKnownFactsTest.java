package id.naikkelas.certification;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.assessment.Answer;
import id.naikkelas.assessment.ChecklistItem;
import id.naikkelas.assessment.Inspections;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Products;
import id.naikkelas.training.EventData;
import id.naikkelas.training.EventMode;
import id.naikkelas.training.EventType;
import id.naikkelas.training.TrainingEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static id.naikkelas.certification.CaseFixtures.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Steps link what the platform already knows (issue 15): the NIB from the business profile, the open PKP trainings
 * of the region, and the level of a finished inspection.
 */
@IntegrationTest
class StepsUseKnownFactsTest {

    @Autowired
    Cases cases;
    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
    @Autowired
    Inspections inspections;
    @Autowired
    TrainingEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(businesses, products, jdbc);
    }

    @Test
    void theNibStepSavesTheNibTypedIntoItToTheBusinessProfile() {
        long businessId = fixtures.business("Dodol Tanpa NIB", null);
        long caseId = openPirt(businessId, "Dodol Nanas Ketik NIB");

        assertThatThrownBy(() -> AsUser.run(OFFICER, () -> cases.complete(caseId, "NIB", withReference("81200"))))
                .as("a NIB that is not 13 digits is refused on the field, and nothing is kept")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("reference"));
        assertThat(AsUser.call(OFFICER, () -> businesses.get(businessId)).nib()).isNull();

        String nib = CaseFixtures.newNib();
        String spaced = nib.substring(0, 4) + " " + nib.substring(4, 8) + " " + nib.substring(8);
        AsUser.run(CaseFixtures.FACILITATOR, () -> cases.complete(caseId, "NIB", withReference(spaced)));
        assertThat(AsUser.call(OFFICER, () -> businesses.get(businessId)).nib()).as("saved, normalised, to the profile").isEqualTo(nib);
        var view = AsUser.call(OFFICER, () -> cases.get(caseId));
        assertThat(view.currentStep()).isEqualTo("OSS_APPLICATION");
        assertThat(view.steps().get(0).reference()).isEqualTo(nib);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'business' AND entity_id = ? AND changes::text LIKE ?")
                .params(String.valueOf(businessId), "%" + nib + "%").query(Long.class).single()).isEqualTo(1);

        // a NIB another business holds is refused on the same field
        long other = fixtures.business("Dodol Lain", null);
        long otherCase = openPirt(other, "Dodol Nanas Lain");
        assertThatThrownBy(() -> AsUser.run(OFFICER, () -> cases.complete(otherCase, "NIB", withReference(nib))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0))
                        .extracting(InvalidInput.Violation::field, InvalidInput.Violation::code)
                        .containsExactly("reference", "registry.nib.taken"));
    }

    @Test
    void theNibStepTakesTheProfilesNibAndRefusesAnother() throws Exception {
        String nib = CaseFixtures.newNib();
        long businessId = fixtures.business("Dodol Ber-NIB", nib);
        long caseId = openPirt(businessId, "Dodol Nanas Ber-NIB");
        assertThat(AsUser.call(OFFICER, () -> cases.get(caseId)).current().reference()).as("prefilled").isEqualTo(nib);
        mvc.perform(get("/kasus/" + caseId).with(user(OFFICER)))
                .andExpect(content().string(containsString("value=\"" + nib + "\"")))
                .andExpect(content().string(containsString("Diambil dari profil usaha")));
        assertThatThrownBy(() -> AsUser.run(OFFICER, () -> cases.complete(caseId, "NIB", withReference(CaseFixtures.newNib()))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("registry.nib.differs"));
        mvc.perform(post("/api/v1/cases/" + caseId + "/steps/NIB/complete").with(httpBasic(OFFICER, "Demo-2026!")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentStep").value("OSS_APPLICATION"));
        assertThat(AsUser.call(OFFICER, () -> cases.get(caseId)).steps().get(0).reference()).isEqualTo(nib);
    }

    @Test
    void anotherStepWaitingForTheNibTakesItInAFieldOfItsOwn() throws Exception {
        long businessId = fixtures.business("Dodol Halal Tanpa NIB", null);
        long productId = fixtures.keripik(businessId, "Dodol Halal Tanpa NIB");
        long caseId = AsUser.call(OFFICER, () -> cases.open(productId, PermitType.HALAL, Route.SELF_DECLARE));
        mvc.perform(get("/kasus/" + caseId).with(user(OFFICER)))
                .andExpect(content().string(containsString("name=\"nib\"")));
        var officer = httpBasic(OFFICER, "Demo-2026!");
        mvc.perform(post("/api/v1/cases/" + caseId + "/steps/SIHALAL_ACCOUNT/complete").with(officer)
                        .contentType("application/json").content("{\"nib\":\"12345\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("\"field\":\"nib\"")));
        String nib = CaseFixtures.newNib();
        mvc.perform(post("/api/v1/cases/" + caseId + "/steps/SIHALAL_ACCOUNT/complete").with(officer)
                        .contentType("application/json").content("{\"nib\":\"" + nib + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentStep").value("CHOOSE_FACILITATOR"));
        assertThat(AsUser.call(OFFICER, () -> businesses.get(businessId)).nib()).isEqualTo(nib);
    }

    @Test
    void thePkpStepOffersTheOpenPkpTrainingsOfTheRegion() throws Exception {
        long businessId = fixtures.business("Amplang Latih", CaseFixtures.newNib());
        long caseId = openPirt(businessId, "Amplang Latih PKP");
        AsUser.run(OFFICER, () -> cases.complete(caseId, "NIB", StepInput.none()));
        AsUser.run(OFFICER, () -> cases.complete(caseId, "OSS_APPLICATION", withReference("OSS-PKP-7781")));
        long here = pkp("PKP Palangka Raya Desember", "62.71");
        long elsewhere = pkp("PKP Kapuas Desember", "62.03");

        var step = AsUser.call(OFFICER, () -> cases.get(caseId)).current();
        assertThat(step.step().code()).isEqualTo("PKP_TRAINING");
        assertThat(step.trainings()).extracting(t -> t.id()).contains(here).doesNotContain(elsewhere);
        mvc.perform(get("/kasus/" + caseId).with(user(OFFICER)))
                .andExpect(content().string(containsString("/pelatihan/" + here)));
        mvc.perform(get("/api/v1/cases/" + caseId).with(httpBasic(OFFICER, "Demo-2026!")))
                .andExpect(jsonPath("$.steps[2].trainings[?(@.id == " + here + ")].type").value("PKP"));

        // with a PKP certificate the step waits for nothing a training gives
        AsUser.run(OFFICER, () -> cases.upload(caseId, "PKP_CERTIFICATE", "pkp.pdf", CasesTest.PDF));
        assertThat(AsUser.call(OFFICER, () -> cases.get(caseId)).current().trainings()).isEmpty();
    }

    @Test
    void aReInspectionNotLinkedToTheCaseFeedsItsLevelToTheWaitingCase() {
        long businessId = fixtures.business("Kerupuk Periksa Ulang", CaseFixtures.newNib());
        long caseId = openPirt(businessId, "Kerupuk Periksa Ulang");
        AsUser.run(OFFICER, () -> cases.complete(caseId, "NIB", StepInput.none()));
        AsUser.run(OFFICER, () -> cases.complete(caseId, "OSS_APPLICATION", withReference("OSS-INSP-3301")));
        AsUser.run(OFFICER, () -> cases.upload(caseId, "PKP_CERTIFICATE", "pkp.pdf", CasesTest.PDF));
        AsUser.run(OFFICER, () -> cases.complete(caseId, "PKP_TRAINING", StepInput.none()));

        // a poor inspection started from the business's page, naming no case
        long poor = inspect(businessId, Answer.NOT_MET);
        int poorLevel = awaitLevel(caseId, poor);
        assertThat(poorLevel).as("level III or IV").isGreaterThan(2);
        var atInspection = AsUser.call(OFFICER, () -> cases.get(caseId));
        assertThat(atInspection.inspectionId()).isEqualTo(poor);
        assertThatThrownBy(() -> AsUser.run(OFFICER, () -> cases.complete(caseId, "FACILITY_INSPECTION",
                new StepInput(null, 1, null, null, null, null, null))))
                .as("the inspection's level is not overwritten from the case")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0))
                        .extracting(InvalidInput.Violation::field, InvalidInput.Violation::code)
                        .containsExactly("inspectionLevel", "certification.case.levelFromInspection"));
        AsUser.run(OFFICER, () -> cases.complete(caseId, "FACILITY_INSPECTION", StepInput.none()));
        assertThat(AsUser.call(OFFICER, () -> cases.get(caseId)).currentStep()).isEqualTo("CORRECTIVE_ACTION");

        // the re-inspection after the fixes, again from the business's page: the case takes its level I
        long good = inspect(businessId, Answer.MET);
        assertThat(awaitLevel(caseId, good)).isEqualTo(1);
        AsUser.run(OFFICER, () -> cases.complete(caseId, "CORRECTIVE_ACTION", StepInput.none()));
        var after = AsUser.call(OFFICER, () -> cases.get(caseId));
        assertThat(after.currentStep()).isEqualTo("LABEL_REVIEW");
        assertThat(after.documents()).filteredOn(d -> d.type().code().equals("CPPB_INSPECTION_REPORT")).hasSize(2);
    }

    private long openPirt(long businessId, String product) {
        long productId = fixtures.keripik(businessId, product);
        return AsUser.call(OFFICER, () -> cases.open(productId, PermitType.PIRT, null));
    }

    private long pkp(String topic, String region) {
        var first = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(20).withHour(9).withMinute(0).withSecond(0).withNano(0);
        var data = new EventData(EventType.PKP, topic, null, null, List.of(), List.of("Dinkes"), EventMode.ON_SITE, region,
                "Aula Dinkes", null, 25, first.minusDays(3), List.of(new EventData.Session(first, first.plusHours(4))),
                List.of(region), Set.of(), null, null);
        // the Palangka Raya office covers the whole province, Kapuas (62.03) too
        return AsUser.call(OFFICER, () -> events.create(data));
    }

    private long inspect(long businessId, Answer every) {
        return AsUser.call(OFFICER, () -> {
            long id = inspections.start(businessId, null, "cppb-irt");
            for (ChecklistItem item : inspections.get(id).template().items()) {
                inspections.answer(id, item.code(), every, every == Answer.NOT_MET ? "temuan" : null);
            }
            inspections.finish(id);
            return id;
        });
    }

    private int awaitLevel(long caseId, long inspectionId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT inspection_id FROM certification_case WHERE id = ?").param(caseId).query(Long.class).optional())
                .contains(inspectionId));
        return jdbc.sql("SELECT inspection_level FROM certification_case WHERE id = ?").param(caseId).query(Integer.class).single();
    }

    private static StepInput withReference(String reference) {
        return new StepInput(reference, null, null, null, null, null, null);
    }
}
