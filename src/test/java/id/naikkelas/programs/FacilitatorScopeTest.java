package id.naikkelas.programs;

import id.naikkelas.common.Today;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.PermitType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: a facilitator is assigned only where their jurisdiction covers the business and they work for the
 * program's agency or a partner of it; others are neither offered nor accepted (422 naming the field).
 */
@IntegrationTest
class FacilitatorScopeTest {

    @Autowired
    private Today today;

    @Autowired
    MockMvc mvc;
    @Autowired
    Programs programs;
    @Autowired
    Enrollments enrollments;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFacilitatorOfAnotherRegionOrAgencyIsNeitherOfferedNorAssigned() throws Exception {
        long business = jdbc.sql("""
                        SELECT id FROM business WHERE region_code LIKE '14.72.%' AND status <> 'INACTIVE' ORDER BY id DESC LIMIT 1""")
                .query(Long.class).single();
        var data = new ProgramData("Uji Wilayah Pendamping " + UUID.randomUUID().toString().substring(0, 6), "uji", List.of("14.72"),
                this.today.date(), 10, Set.of(PermitType.PIRT), Facilitation.CASELOAD, 5, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pelatihan", 30, null)), List.of());
        long program = AsUser.call("manajer.dumai", () -> programs.create(data));
        AsUser.run("manajer.dumai", () -> enrollments.enroll(program, List.of(business)));
        long enrollment = jdbc.sql("SELECT id FROM enrollment WHERE program_id = ? AND business_id = ?").params(program, business)
                .query(Long.class).single();

        long palangkaRaya = userId("pendamping.palangkaraya");
        long dumai = facilitator("Loka POM di Kota Dumai", List.of());
        // a Bengkalis office's facilitator whose own regions include Dumai: the region fits, the agency does not
        long bengkalis = facilitator("Dinas Koperasi dan UKM Kabupaten Bengkalis", List.of("14.72"));

        mvc.perform(get("/api/v1/enrollments/{id}/facilitator-suggestions", enrollment).with(user("manajer.dumai")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].userId", hasItem((int) dumai)))
                .andExpect(jsonPath("$[*].userId", not(hasItem((int) palangkaRaya))))
                .andExpect(jsonPath("$[*].userId", not(hasItem((int) bengkalis))));
        mvc.perform(get("/peserta/{id}", enrollment).with(user("manajer.dumai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + dumai + "\"")))
                .andExpect(content().string(not(containsString("value=\"" + palangkaRaya + "\""))));

        mvc.perform(post("/api/v1/enrollments/{id}/facilitator", enrollment).with(user("manajer.dumai")).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facilitatorId\": " + palangkaRaya + "}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("facilitator"))
                .andExpect(jsonPath("$.errors[0].code").value("programs.facilitator.outsideRegion"))
                .andExpect(jsonPath("$.errors[0].message", containsString("jurisdiction")));
        mvc.perform(post("/api/v1/enrollments/{id}/facilitator", enrollment).with(user("manajer.dumai")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"facilitatorId\": " + bengkalis + "}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("facilitator"))
                .andExpect(jsonPath("$.errors[0].message", containsString("instansi penyelenggara")));
        assertThat(jdbc.sql("SELECT count(*) FROM assignment WHERE enrollment_id = ?").param(enrollment).query(Integer.class).single())
                .isZero();

        mvc.perform(post("/api/v1/enrollments/{id}/facilitator", enrollment).with(user("manajer.dumai")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"facilitatorId\": " + dumai + "}"))
                .andExpect(status().is2xxSuccessful());
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    private long facilitator(String agencyName, List<String> regions) {
        long agency = jdbc.sql("SELECT id FROM agency WHERE name = ?").param(agencyName).query(Long.class).single();
        String username = "pendamping.wilayah." + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new Accounts.NewUser(username, "Pendamping " + username, null, null, "Lapangan-Uji-Kopi-1", agency,
                Set.of(Role.FACILITATOR), regions));
    }
}
