package id.naikkelas.assessment;

import id.naikkelas.IntegrationTest;
import id.naikkelas.identity.Accounts;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static id.naikkelas.assessment.AssessmentFixtures.FACILITATOR;
import static id.naikkelas.assessment.AssessmentFixtures.LEVEL_TWO;
import static id.naikkelas.assessment.AssessmentFixtures.OTHER_REGION_OFFICER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API keeps the pages' rules: drafts take answers by idempotent PUTs; other regions see nothing. */
@IntegrationTest
class InspectionApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Businesses businesses;
    @Autowired
    Inspections inspections;

    @Test
    void aDraftTakesAnswersByIdempotentPutsAndOtherRegionsCannotTouchIt() throws Exception {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Api");
        String created = mvc.perform(post("/api/v1/inspections").with(user(FACILITATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"businessId\": " + kitchen.businessId() + ", \"templateCode\": \"cppb-irt\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/inspections/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.template.version").value(1))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        for (int i = 0; i < 2; i++) {
            mvc.perform(put("/api/v1/inspections/{id}/answers/{item}", id, "C.5").with(user(FACILITATOR))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"NOT_MET\", \"note\": \"talenan berkarat\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.counts.critical").value(1))
                    .andExpect(jsonPath("$.level.code").value("IV"))
                    .andExpect(jsonPath("$.unansweredItems", hasSize(36)));
        }
        mvc.perform(put("/api/v1/inspections/{id}/answers/{item}", id, "Z.1").with(user(FACILITATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"MET\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("assessment.item.unknown"));

        mvc.perform(get("/api/v1/inspections/{id}", id).with(user(OTHER_REGION_OFFICER))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/inspections/{id}/answers/{item}", id, "C.5").with(user(OTHER_REGION_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"MET\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inspections/{id}/finish", id).with(user(OTHER_REGION_OFFICER))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inspections/{id}/finish", id).with(user(FACILITATOR)))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("assessment.finish.unanswered"));
        mvc.perform(get("/api/v1/inspections/{id}", id).with(user(FACILITATOR)))
                .andExpect(jsonPath("$.answers['C.5'].answer").value("NOT_MET"))
                .andExpect(jsonPath("$.answers['C.5'].note").value("talenan berkarat"));
    }

    @Test
    void theOwnerReadsTheirFinishedInspectionAndActionsButChangesNothing() throws Exception {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Api Pemilik");
        var finished = AssessmentFixtures.finishedCppbIrt(inspections, kitchen.businessId(), null, LEVEL_TWO);

        mvc.perform(get("/api/v1/inspections/{id}", finished.id()).with(user(kitchen.owner())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.level.code").value("II"))
                .andExpect(jsonPath("$.summary.level.unconfirmed").value(true))
                .andExpect(jsonPath("$.actions", hasSize(3)));
        mvc.perform(put("/api/v1/inspections/{id}/answers/{item}", finished.id(), "B.2").with(user(kitchen.owner()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"MET\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inspections/{id}/report", finished.id()).with(user(kitchen.owner())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/api/v1/corrective-actions").with(user(kitchen.owner())).param("businessId", String.valueOf(kitchen.businessId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[0].permissions.submitEvidence").value(true));
        mvc.perform(get("/api/v1/corrective-actions").with(user("pemilik.demo")).param("businessId", String.valueOf(kitchen.businessId())))
                .andExpect(jsonPath("$.items", hasSize(0)));
        long action = finished.actions().get(0).id();
        mvc.perform(post("/api/v1/corrective-actions/{id}/verification", action).with(user(kitchen.owner()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accepted\": true}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/corrective-actions/{id}", action).with(user(OTHER_REGION_OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspections").param("businessId", String.valueOf(kitchen.businessId())).with(user(kitchen.owner())))
                .andExpect(jsonPath("$[0].levelCode").value("II"));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/inspections/{id}/answers/{itemCode}")))
                .andExpect(content().string(containsString("/api/v1/corrective-actions/{id}/verification")));
    }
}
