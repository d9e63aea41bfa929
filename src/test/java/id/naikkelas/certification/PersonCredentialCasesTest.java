package id.naikkelas.certification;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Products;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static id.naikkelas.certification.CaseFixtures.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** BNSP is a person's credential: a competency case for the owner or a worker, from the business page (issue 15). */
@IntegrationTest
class PersonCredentialCasesTest {

    @Autowired
    Cases cases;
    @Autowired
    Requirements requirements;
    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
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
    void theOwnerAndAWorkerEachGetTheirOwnCompetencyCase() {
        long businessId = fixtures.business("Olahan Ikan Kompeten", CaseFixtures.newNib());
        String owner = AsUser.call(OFFICER, () -> businesses.get(businessId)).owner().fullName();
        long ownerCase = AsUser.call(OFFICER, () -> cases.openForPerson(businessId, " ", CredentialHolder.OWNER));
        var view = AsUser.call(OFFICER, () -> cases.get(ownerCase));
        assertThat(view.personName()).as("the owner's registered name").isEqualTo(owner);
        assertThat(view.personRole()).isEqualTo("OWNER");
        assertThat(view.productId()).isNull();
        assertThat(view.template().code()).isEqualTo("bnsp");
        assertThat(AsUser.call(OFFICER, () -> cases.openForPerson(businessId, owner.toUpperCase(), CredentialHolder.OWNER)))
                .as("the same person's open case, not a second one").isEqualTo(ownerCase);

        long workerCase = AsUser.call(CaseFixtures.FACILITATOR, () -> cases.openForPerson(businessId, "Siti Aminah", CredentialHolder.WORKER));
        assertThat(workerCase).isNotEqualTo(ownerCase);
        assertThat(AsUser.call(OFFICER, () -> cases.credentials(businessId))).extracting(CaseRow::productName)
                .containsExactlyInAnyOrder(owner, "Siti Aminah");

        assertThatThrownBy(() -> AsUser.call(OFFICER, () -> cases.openForPerson(businessId, "", CredentialHolder.WORKER)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("personName"));
        assertThatThrownBy(() -> AsUser.call(OFFICER, () -> cases.openForPerson(businessId, "Siti", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("personRole"));
    }

    @Test
    void theWorkersOwnBimtekCertificateCountsAndTheProductPageLeadsToTheBusiness() {
        long businessId = fixtures.business("Olahan Ikan Bimtek", CaseFixtures.newNib());
        long productId = fixtures.keripik(businessId, "Kerupuk Ikan Bimtek");
        var bnsp = AsUser.call(OFFICER, () -> requirements.forProduct(productId)).items().stream()
                .filter(i -> i.permit() == PermitType.BNSP).findFirst().orElseThrow();
        assertThat(bnsp.progress()).as("not 'guidance not yet available'").isEqualTo(ProductRequirements.Progress.PERSON_CREDENTIAL);
        assertThat(bnsp.startable()).isFalse();

        long workerCase = AsUser.call(OFFICER, () -> cases.openForPerson(businessId, "Rudi Hartono", CredentialHolder.WORKER));
        long otherCase = AsUser.call(OFFICER, () -> cases.openForPerson(businessId, "Dewi Lestari", CredentialHolder.WORKER));
        certificate(businessId, "Rudi Hartono");
        assertThat(documentPresent(workerCase, "TRAINING_CERTIFICATE")).as("his own bimtek certificate").isTrue();
        assertThat(documentPresent(otherCase, "TRAINING_CERTIFICATE")).as("not a colleague's").isFalse();
    }

    @Test
    void theApiAndTheBusinessPageStartACompetencyCase() throws Exception {
        long businessId = fixtures.business("Olahan Ikan Halaman", CaseFixtures.newNib());
        mvc.perform(post("/api/v1/businesses/" + businessId + "/competency-cases").with(httpBasic(OFFICER, "Demo-2026!"))
                        .contentType("application/json").content("{\"personName\":\"Yanti Kusuma\",\"personRole\":\"WORKER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.personName").value("Yanti Kusuma"))
                .andExpect(jsonPath("$.personRole").value("WORKER"))
                .andExpect(jsonPath("$.template.permit").value("BNSP"));
        mvc.perform(post("/api/v1/businesses/" + businessId + "/competency-cases").with(httpBasic(OFFICER, "Demo-2026!"))
                        .contentType("application/json").content("{\"personRole\":\"WORKER\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("\"field\":\"personName\"")));

        mvc.perform(get("/usaha/" + businessId).with(user(OFFICER)))
                .andExpect(content().string(containsString("Yanti Kusuma")))
                .andExpect(content().string(containsString("Mulai sertifikasi kompetensi")));
        mvc.perform(post("/usaha/" + businessId + "/kompetensi").with(user(OFFICER)).with(csrf())
                        .param("personRole", "OWNER").param("personName", ""))
                .andExpect(redirectedUrlPattern("/kasus/*"));
    }

    @Test
    void aCompetencyCaseWalksToItsCertificateOnThePages() throws Exception {
        long businessId = fixtures.business("Olahan Ikan Sertifikat", CaseFixtures.newNib());
        long caseId = AsUser.call(OFFICER, () -> cases.openForPerson(businessId, "Budi Santoso", CredentialHolder.WORKER));
        AsUser.run(OFFICER, () -> {
            cases.complete(caseId, "CHOOSE_SCHEME", StepInput.none());
            cases.upload(caseId, "KTP", "ktp.pdf", CasesTest.PDF);
            cases.upload(caseId, "COMPETENCY_APPLICATION", "apl.pdf", CasesTest.PDF);
            cases.upload(caseId, "COMPETENCY_CERTIFICATE", "sertifikat.pdf", CasesTest.PDF);
            for (String step : new String[] {"APPLICATION", "ELIGIBILITY", "ASSESSMENT"}) {
                cases.complete(caseId, step, StepInput.none());
            }
        });
        // the last step of a person's case asks for the certificate's number (a product's asks for a permit number)
        mvc.perform(get("/kasus/" + caseId).with(user(OFFICER)))
                .andExpect(content().string(containsString("Nomor sertifikat kompetensi yang terbit")));
        mvc.perform(post("/kasus/" + caseId + "/langkah/CERTIFICATE").with(user(OFFICER)).with(csrf())
                        .param("reference", "62.BNSP.2026.00117"))
                .andExpect(redirectedUrlPattern("/kasus/*"));
        var done = AsUser.call(OFFICER, () -> cases.get(caseId));
        assertThat(done.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(done.steps().get(done.steps().size() - 1).reference()).isEqualTo("62.BNSP.2026.00117");
    }

    /** A finished bimtek certificate for one named person of the business, as the training module records it. */
    private void certificate(long businessId, String participant) {
        long event = jdbc.sql("SELECT id FROM training_event WHERE type = 'BIMTEK' ORDER BY id LIMIT 1").query(Long.class).single();
        String token = UUID.randomUUID().toString().replace("-", "");
        long registration = jdbc.sql("""
                        INSERT INTO training_registration (event_id, business_id, region_code, participant_name, participant_role, status,
                            token, short_code, registered_by) VALUES (?, ?, ?, ?, 'WORKER', 'CONFIRMED', ?, ?, ?) RETURNING id""")
                .params(event, businessId, CaseFixtures.REGION, participant, token, token.substring(0, 8).toUpperCase(), OFFICER)
                .query(Long.class).single();
        // issued when the bimtek's last session ended: a certificate dated before its training proves nothing
        jdbc.sql("""
                        INSERT INTO training_certificate (registration_id, code, issued_by, issued_at)
                        VALUES (?, ?, ?, (SELECT max(ends_at) FROM training_session WHERE event_id = ?))""")
                .params(registration, "BT" + token.substring(8, 18).toUpperCase(), OFFICER, event).update();
    }

    private boolean documentPresent(long caseId, String document) {
        var view = AsUser.call(OFFICER, () -> cases.get(caseId));
        return view.steps().stream().filter(s -> s.step().code().equals("APPLICATION")).findFirst().orElseThrow()
                .documents().stream().anyMatch(d -> d.type().code().equals(document) && d.uploaded());
    }
}
