package id.naikkelas.assessment;

import id.naikkelas.AsUser;
import id.naikkelas.Assignments;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;

import static id.naikkelas.assessment.AssessmentFixtures.FACILITATOR;
import static id.naikkelas.assessment.AssessmentFixtures.LEVEL_TWO;
import static id.naikkelas.assessment.AssessmentFixtures.OFFICER;
import static id.naikkelas.assessment.AssessmentFixtures.OTHER_REGION_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Most owners have no account: their facilitator or an officer records the corrective-action evidence for them, as such. */
@IntegrationTest
class EvidenceOnBehalfTest {

    @Autowired
    Inspections inspections;
    @Autowired
    CorrectiveActions actions;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aFacilitatorOrOfficerRecordsEvidenceForAnOwnerWithoutAnAccountWithANoteAndItSaysSo() throws Exception {
        long business = AsUser.call(OFFICER, () -> businesses.register(new BusinessData("Kerupuk Ikan Tanpa Akun", LegalForm.PERORANGAN,
                null, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Tjilik Riwut 7", "62.71.01.1001", null, null, 2, 2020, null,
                new BigDecimal("60000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Ibu Tanpa Akun", null, "P", null, null)), null));
        Assignments.assign(jdbc, FACILITATOR, business);
        var raised = AssessmentFixtures.finishedCppbIrt(inspections, business, null, LEVEL_TWO).actions();
        long b2 = raised.stream().filter(a -> a.itemCode().equals("B.2")).findFirst().orElseThrow().id();
        long d8 = raised.stream().filter(a -> a.itemCode().equals("D.8")).findFirst().orElseThrow().id();

        assertThat(AsUser.call(FACILITATOR, () -> actions.get(b2)).permissions().submitEvidence()).isTrue();
        assertThat(AsUser.call(OFFICER, () -> actions.get(b2)).permissions().submitEvidence()).isTrue();
        assertThatThrownBy(() -> AsUser.run(FACILITATOR, () -> actions.submitEvidence(b2, "lantai.png", AssessmentFixtures.photo(), " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::code)
                        .containsExactly("assessment.evidence.onBehalfNeedsNote"));
        assertThatThrownBy(() -> AsUser.run(OTHER_REGION_OFFICER, () -> actions.submitEvidence(b2, "lantai.png", AssessmentFixtures.photo(),
                "dilihat"))).isInstanceOf(NotFound.class);
        assertThat(AsUser.call(OFFICER, () -> actions.get(b2)).evidence()).as("nothing changed").isNull();

        AsUser.run(FACILITATOR, () -> actions.submitEvidence(b2, "lantai.png", AssessmentFixtures.photo(), "Lantai sudah dikeramik, dilihat langsung"));
        AsUser.run(OFFICER, () -> actions.submitEvidence(d8, "nota.png", AssessmentFixtures.photo(), "Nota toren air baru"));

        var recorded = AsUser.call(OFFICER, () -> actions.get(b2));
        assertThat(recorded.status()).isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);
        assertThat(recorded.evidence().onBehalf()).isTrue();
        assertThat(recorded.evidence().byName()).isEqualTo("Dewi Lestari");
        assertThat(AsUser.call(FACILITATOR, () -> actions.get(d8)).evidence().byName()).isEqualTo("Yohanes Nahan");
        // only an owner replaces evidence already sent; staff who recorded it ask the verifier instead
        assertThatThrownBy(() -> AsUser.run(FACILITATOR, () -> actions.submitEvidence(b2, "lagi.png", AssessmentFixtures.photo(), "lagi")))
                .isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("""
                        SELECT actor || ' ' || changes::text FROM audit_event
                        WHERE entity_type = 'corrective_action' AND entity_id = ? AND action = 'EVIDENCE'""")
                .param(String.valueOf(b2)).query(String.class).list())
                .singleElement().satisfies(row -> assertThat(row).startsWith(FACILITATOR).contains("\"onBehalf\": {\"to\": true"));

        // a second look: who recorded the evidence for the owner may send it back, not accept it
        assertThat(AsUser.call(FACILITATOR, () -> actions.get(b2)).permissions()).satisfies(p -> {
            assertThat(p.verify()).isTrue();
            assertThat(p.accept()).isFalse();
        });
        assertThatThrownBy(() -> AsUser.run(FACILITATOR, () -> actions.verify(b2, true, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::code)
                        .containsExactly("assessment.evidence.needsSecondLook"));
        assertThat(AsUser.call(OFFICER, () -> actions.get(b2)).status()).as("nothing changed").isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);
        mvc.perform(get("/usaha/{id}/tindakan", business).with(user(FACILITATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("diterima oleh pendamping atau petugas lain")));
        assertThat(AsUser.call(OFFICER, () -> actions.get(b2)).permissions().accept()).isTrue();
        AsUser.run(OFFICER, () -> actions.verify(b2, true, null));
        assertThat(AsUser.call(OFFICER, () -> actions.get(b2)).status()).isEqualTo(ActionStatus.VERIFIED);

        mvc.perform(get("/usaha/{id}/tindakan", business).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("dicatat oleh Dewi Lestari atas nama pemilik")));
        mvc.perform(get("/api/v1/corrective-actions/{id}", b2).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence.onBehalf").value(true))
                .andExpect(jsonPath("$.evidence.byName").value("Dewi Lestari"));
    }
}
