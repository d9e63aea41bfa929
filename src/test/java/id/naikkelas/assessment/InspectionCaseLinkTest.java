package id.naikkelas.assessment;

import id.naikkelas.common.Today;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.identity.Accounts;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.naikkelas.assessment.AssessmentFixtures.FACILITATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 14: an inspection is linked only to a case of the inspected business, never to another region's or to none. */
@IntegrationTest
class InspectionCaseLinkTest {

    @Autowired
    private Today today;

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Businesses businesses;
    @Autowired
    Inspections inspections;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseOfAnotherRegionOrNoneIsAFieldErrorAndTheBusinesssOwnCaseIsLinked() throws Exception {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Kasus");
        long dumaiBusiness = jdbc.sql("SELECT id FROM business WHERE region_code LIKE '14.72.%' ORDER BY id LIMIT 1").query(Long.class).single();
        long otherRegionCase = AssessmentFixtures.caseOf(jdbc, dumaiBusiness);
        long missing = jdbc.sql("SELECT coalesce(max(id), 0) + 1000 FROM certification_case").query(Long.class).single();

        for (long caseId : new long[]{otherRegionCase, missing}) {
            mvc.perform(post("/api/v1/inspections").with(user(FACILITATOR)).header("Accept-Language", "en")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"businessId\": " + kitchen.businessId() + ", \"caseId\": " + caseId + ", \"templateCode\": \"cppb-irt\"}"))
                    .andExpect(status().is(422))
                    .andExpect(jsonPath("$.errors[0].field").value("caseId"))
                    .andExpect(jsonPath("$.errors[0].message").value("Certification case #" + caseId + " was not found for this business."));
        }

        long own = AssessmentFixtures.caseOf(jdbc, kitchen.businessId());
        long id = AsUser.call(FACILITATOR, () -> inspections.start(kitchen.businessId(), own, "cppb-irt"));
        var draft = AsUser.call(FACILITATOR, () -> inspections.get(id));
        assertThat(draft.caseId()).isEqualTo(own);
        assertThatThrownBy(() -> AsUser.run(FACILITATOR, () -> inspections.updateDetails(id, draft.version(), this.today.date(), otherRegionCase)))
                .isInstanceOfSatisfying(id.naikkelas.common.InvalidInput.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("assessment.case.notOfBusiness"));
    }
}
