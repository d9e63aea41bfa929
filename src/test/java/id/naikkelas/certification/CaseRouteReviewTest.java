package id.naikkelas.certification;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.EditConflict;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A halal case follows the product's facts until its application is filed: a second outlet makes the self-declare
 * route unavailable, the case offers the regular route, and the switch keeps the history; after filing the route stays.
 */
@IntegrationTest
class CaseRouteReviewTest {

    @Autowired
    Cases cases;
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
    void theRouteIsOfferedWhenTheFactsChangeAndStaysOnceFiled() {
        long businessId = fixtures.business("Keripik Dua Outlet", CaseFixtures.newNib());
        long productId = fixtures.keripik(businessId, "Keripik Kelakai Jalur");
        long caseId = AsUser.call(OFFICER, () -> cases.open(productId, PermitType.HALAL, null));
        var opened = view(caseId);
        assertThat(opened.route()).as("the route the rules give").isEqualTo(Route.SELF_DECLARE);
        assertThat(opened.routeOffer()).isNull();
        AsUser.run(OFFICER, () -> cases.complete(caseId, "SIHALAL_ACCOUNT", StepInput.none()));

        outlets(businessId, 2);
        var offered = view(caseId);
        assertThat(offered.routeOffer()).isNotNull();
        assertThat(offered.routeOffer().route()).isEqualTo(Route.REGULAR);
        assertThat(offered.routeOffer().failedCriteria()).extracting(Criterion::id).contains("one-facility-one-outlet");
        assertThat(offered.permissions().switchRoute()).isTrue();
        assertThat(offered.route()).as("nothing changes until someone takes the offer").isEqualTo(Route.SELF_DECLARE);

        assertThatThrownBy(() -> AsUser.run(OFFICER, () -> cases.switchRoute(caseId, Route.REGULAR, offered.version() - 1)))
                .isInstanceOf(EditConflict.class);
        AsUser.run(OFFICER, () -> cases.switchRoute(caseId, Route.REGULAR, offered.version()));
        var switched = view(caseId);
        assertThat(switched.route()).isEqualTo(Route.REGULAR);
        assertThat(switched.template().code()).isEqualTo("halal-regular");
        assertThat(switched.currentStep()).as("the SIHALAL account is done on either route").isEqualTo("APPLICATION");
        assertThat(switched.steps().get(0).state()).isEqualTo(CaseView.StepState.DONE);
        assertThat(switched.routeChanges()).singleElement().satisfies(change -> {
            assertThat(change.fromRoute()).isEqualTo(Route.SELF_DECLARE);
            assertThat(change.toRoute()).isEqualTo(Route.REGULAR);
            assertThat(change.fromStep()).isEqualTo("CHOOSE_FACILITATOR");
            assertThat(change.toStep()).isEqualTo("APPLICATION");
            assertThat(change.changedBy()).isEqualTo(OFFICER);
        });
        assertThat(switched.routeOffer()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'case' AND entity_id = ? AND action = 'ROUTE_CHANGE'")
                .param(String.valueOf(caseId)).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> AsUser.run(OFFICER, () -> cases.switchRoute(caseId, Route.SELF_DECLARE, switched.version())))
                .as("only the route the facts lead to is offered")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("certification.route.notOffered"));

        // the outlet closes again, but the application has been filed on the regular route: the route stays
        for (String document : new String[] {"HALAL_SUPERVISOR_DOCS", "SJPH_MANUAL"}) {
            AsUser.run(OFFICER, () -> cases.upload(caseId, document, document + ".pdf", CasesTest.PDF));
        }
        AsUser.run(OFFICER, () -> cases.complete(caseId, "APPLICATION",
                new StepInput("SH2026-REG-0042", null, null, null, null, null, null)));
        outlets(businessId, 1);
        var filed = view(caseId);
        assertThat(filed.routeOffer()).isNull();
        assertThatThrownBy(() -> AsUser.run(OFFICER, () -> cases.switchRoute(caseId, Route.SELF_DECLARE, filed.version())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0))
                        .extracting(InvalidInput.Violation::field, InvalidInput.Violation::code)
                        .containsExactly("route", "certification.route.filed"));
    }

    @Test
    void theApiAndThePageSwitchTheRouteWithTheVersionRead() throws Exception {
        long businessId = fixtures.business("Keripik Api Jalur", CaseFixtures.newNib());
        long productId = fixtures.keripik(businessId, "Keripik Api Jalur");
        long caseId = AsUser.call(OFFICER, () -> cases.open(productId, PermitType.HALAL, null));
        outlets(businessId, 3);
        var officer = httpBasic(OFFICER, "Demo-2026!");
        int version = view(caseId).version();
        mvc.perform(get("/api/v1/cases/" + caseId).with(officer))
                .andExpect(jsonPath("$.routeOffer.route").value("REGULAR"))
                .andExpect(jsonPath("$.permissions.switchRoute").value(true));
        mvc.perform(post("/api/v1/cases/" + caseId + "/route").with(officer).contentType("application/json").content("{\"route\":\"REGULAR\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("If-Match")));
        mvc.perform(post("/api/v1/cases/" + caseId + "/route").with(officer).header("If-Match", "\"" + (version + 5) + "\"")
                        .contentType("application/json").content("{\"route\":\"REGULAR\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/cases/" + caseId + "/route").with(officer).header("If-Match", "\"" + version + "\"")
                        .contentType("application/json").content("{\"route\":\"REGULAR\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.route").value("REGULAR"))
                .andExpect(jsonPath("$.routeChanges.length()").value(1));

        // and back through the page once the facts lead back, before filing
        outlets(businessId, 1);
        mvc.perform(get("/kasus/" + caseId).with(user(OFFICER)))
                .andExpect(content().string(containsString("Ganti ke jalur self-declare")))
                .andExpect(content().string(containsString("Jalur diganti dari self-declare ke reguler")));
        mvc.perform(post("/kasus/" + caseId + "/jalur").with(user(OFFICER)).with(csrf())
                        .param("route", "SELF_DECLARE").param("version", String.valueOf(view(caseId).version())))
                .andExpect(redirectedUrl("/kasus/" + caseId));
        assertThat(view(caseId).route()).isEqualTo(Route.SELF_DECLARE);
        assertThat(view(caseId).routeChanges()).hasSize(2);
    }

    @Test
    void aCaseOfAWithdrawnProductStillShowsAndOffersNothing() {
        long businessId = fixtures.business("Keripik Ditarik", CaseFixtures.newNib());
        long productId = fixtures.keripik(businessId, "Keripik Ditarik");
        long caseId = AsUser.call(OFFICER, () -> cases.open(productId, PermitType.HALAL, null));
        outlets(businessId, 2);
        AsUser.run(OFFICER, () -> products.deactivate(productId));
        assertThat(view(caseId).routeOffer()).isNull();
    }

    private void outlets(long businessId, int outlets) {
        jdbc.sql("UPDATE business SET outlets = ?, version = version + 1 WHERE id = ?").params(outlets, businessId).update();
    }

    private CaseView view(long caseId) {
        return AsUser.call(OFFICER, () -> cases.get(caseId));
    }
}
