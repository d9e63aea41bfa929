package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.Assignments;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: a facilitator works on the businesses assigned to them, not on every business of their region: before
 * the assignment (and after it ends) the business, its owner's phone, its inspections and enrolments answer 404 and
 * search does not list it; while assigned, all of these work.
 */
@IntegrationTest
class FacilitatorReachTest {

    private static final String FACILITATOR = "pendamping.palangkaraya";

    @Autowired
    MockMvc mvc;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFacilitatorReachesOnlyTheBusinessesAssignedToThem() throws Exception {
        String name = "Amplang Jangkauan " + UUID.randomUUID().toString().substring(0, 6);
        var data = new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Uji", "62.71.01.1001",
                null, null, 2, 2020, null, new BigDecimal("50000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Pemilik Jangkauan", null, "P", "0812-5100-0042", null));
        long id = AsUser.call("petugas.palangkaraya", () -> businesses.register(data, null));
        String inspection = "{\"businessId\": " + id + ", \"templateCode\": \"cppb-irt\"}";

        expectOutOfReach(id, name, inspection);

        Assignments.assign(jdbc, FACILITATOR, id);
        mvc.perform(get("/api/v1/businesses/{id}", id).with(user(FACILITATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner.phone").value("+6281251000042"));
        mvc.perform(get("/api/v1/businesses").param("q", name).with(user(FACILITATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(post("/api/v1/inspections").with(user(FACILITATOR)).contentType(MediaType.APPLICATION_JSON).content(inspection))
                .andExpect(status().isCreated());
        mvc.perform(get("/usaha/{id}", id).with(user(FACILITATOR))).andExpect(status().isOk());

        Assignments.unassign(jdbc, FACILITATOR, id);
        expectOutOfReach(id, name, inspection);
        // the officers of the region keep their reach, assigned or not
        mvc.perform(get("/api/v1/businesses/{id}", id).with(user("petugas.palangkaraya"))).andExpect(status().isOk());
    }

    private void expectOutOfReach(long id, String name, String inspection) throws Exception {
        mvc.perform(get("/api/v1/businesses/{id}", id).with(user(FACILITATOR))).andExpect(status().isNotFound());
        mvc.perform(get("/usaha/{id}", id).with(user(FACILITATOR))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/businesses").param("q", name).with(user(FACILITATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        mvc.perform(post("/api/v1/inspections").with(user(FACILITATOR)).contentType(MediaType.APPLICATION_JSON).content(inspection))
                .andExpect(status().isNotFound());
    }
}
