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

import static id.naikkelas.certification.CaseFixtures.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Any permit with a pathway can be started on purpose: BPOM MD for an IRT product meant for export (issue 15). */
@IntegrationTest
class VoluntaryCasesTest {

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
    void anExemptBpomRegistrationIsOfferedAndStartsOnlyWhenAskedForOnPurpose() {
        long productId = fixtures.keripik(fixtures.business("Keripik Ekspor", CaseFixtures.newNib()), "Keripik Kelakai Ekspor");
        var before = AsUser.call(OFFICER, () -> requirements.forProduct(productId));
        var md = item(before, PermitType.BPOM_MD);
        assertThat(md.requirement().outcome()).isEqualTo(Outcome.EXEMPT);
        assertThat(md.voluntary()).as("exempt, but a pathway exists: offered on purpose").isTrue();
        assertThat(md.startable()).isFalse();
        assertThat(item(before, PermitType.PIRT).voluntary()).as("a required permit is simply started").isFalse();

        assertThatThrownBy(() -> AsUser.call(OFFICER, () -> cases.open(productId, PermitType.BPOM_MD, null)))
                .as("not needed: the caller must say it is sought on purpose")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0))
                        .extracting(InvalidInput.Violation::field, InvalidInput.Violation::code)
                        .containsExactly("voluntary", "certification.case.confirmVoluntary"));

        long caseId = AsUser.call(OFFICER, () -> cases.open(productId, PermitType.BPOM_MD, null, true));
        var view = AsUser.call(OFFICER, () -> cases.get(caseId));
        assertThat(view.voluntary()).isTrue();
        assertThat(view.template().code()).isEqualTo("bpom-md");
        var after = item(AsUser.call(OFFICER, () -> requirements.forProduct(productId)), PermitType.BPOM_MD);
        assertThat(after.progress()).as("the voluntary case shows as under way").isEqualTo(ProductRequirements.Progress.IN_PROGRESS);
        assertThat(after.caseId()).isEqualTo(caseId);
        assertThat(after.voluntary()).isFalse();

        long pirt = AsUser.call(OFFICER, () -> cases.open(productId, PermitType.PIRT, null));
        assertThat(AsUser.call(OFFICER, () -> cases.get(pirt)).voluntary()).as("a required permit is not voluntary").isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'case' AND entity_id = ? AND changes::text LIKE '%voluntary%'")
                .param(String.valueOf(caseId)).query(Long.class).single()).isPositive();
    }

    @Test
    void aProductThatMustSayNotHalalCannotStartAHalalCase() {
        long productId = fixtures.withLard(fixtures.business("Kue Babi", CaseFixtures.newNib()), "Kue Bulan Babi");
        var halal = item(AsUser.call(OFFICER, () -> requirements.forProduct(productId)), PermitType.HALAL);
        assertThat(halal.requirement().outcome()).isEqualTo(Outcome.LABEL_STATEMENT_REQUIRED);
        assertThat(halal.voluntary()).isFalse();
        assertThatThrownBy(() -> AsUser.call(OFFICER, () -> cases.open(productId, PermitType.HALAL, Route.REGULAR, true)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("permit"));
    }

    @Test
    void theApiAndThePagesStartAVoluntaryCase() throws Exception {
        long businessId = fixtures.business("Keripik Ritel", CaseFixtures.newNib());
        long apiProduct = fixtures.keripik(businessId, "Keripik Ritel Modern");
        var officer = httpBasic(OFFICER, "Demo-2026!");
        mvc.perform(post("/api/v1/cases").with(officer).contentType("application/json")
                        .content("{\"productId\":" + apiProduct + ",\"permit\":\"BPOM_MD\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("\"field\":\"voluntary\"")));
        mvc.perform(post("/api/v1/cases").with(officer).contentType("application/json")
                        .content("{\"productId\":" + apiProduct + ",\"permit\":\"BPOM_MD\",\"voluntary\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.voluntary").value(true))
                .andExpect(jsonPath("$.template.code").value("bpom-md"));
        mvc.perform(get("/api/v1/products/" + apiProduct + "/requirements").with(officer))
                .andExpect(jsonPath("$.items[?(@.requirement.permit == 'BPOM_MD')].progress").value("IN_PROGRESS"));

        long pageProduct = fixtures.keripik(businessId, "Keripik Ritel Halaman");
        mvc.perform(get("/produk/" + pageProduct + "/izin").with(user(OFFICER)))
                .andExpect(content().string(containsString("Ajukan sukarela")));
        var opened = mvc.perform(post("/kasus").with(user(OFFICER)).with(csrf())
                        .param("productId", String.valueOf(pageProduct)).param("permit", "BPOM_MD").param("voluntary", "true"))
                .andExpect(redirectedUrlPattern("/kasus/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(opened).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Diajukan sukarela")));
        assertThat(opened).satisfies(url -> org.hamcrest.MatcherAssert.assertThat(url, startsWith("/kasus/")));
    }

    private static ProductRequirements.Item item(ProductRequirements requirements, PermitType permit) {
        return requirements.items().stream().filter(i -> i.permit() == permit).findFirst().orElseThrow();
    }
}
