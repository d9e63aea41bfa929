package id.naikkelas.programs;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.Today;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18 part 6: a facilitator at their cap, a disabled one, or none in the region each answer with a page in the
 * user's language naming the reason and the ranked alternatives, and in the API with a problem detail listing them.
 */
@IntegrationTest
class FacilitatorUnavailableTest {

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
    @Autowired
    Today today;

    @Test
    void aFacilitatorAtTheCapOrDisabledIsRefusedWithTheAlternativesRankedByPlacesLeft() throws Exception {
        var businesses = jdbc.sql("SELECT id FROM business WHERE region_code LIKE '14.72.%' AND status <> 'INACTIVE' ORDER BY id DESC LIMIT 4")
                .query(Long.class).list();
        var data = new ProgramData("Uji Kuota Pendamping " + UUID.randomUUID().toString().substring(0, 6), "uji", List.of("14.72"),
                today.date(), 10, Set.of(PermitType.PIRT), Facilitation.CASELOAD, 2, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pelatihan", 30, null)), List.of());
        long program = AsUser.call("manajer.dumai", () -> programs.create(data));
        AsUser.run("manajer.dumai", () -> enrollments.enroll(program, businesses));
        var ids = jdbc.sql("SELECT id FROM enrollment WHERE program_id = ? ORDER BY id").param(program).query(Long.class).list();

        long full = facilitator("Penuh");
        long roomy = facilitator("Lega");
        long busy = facilitator("Sibuk");
        // full has no place left in this program, busy one, roomy two: roomy is offered first
        assign(ids.get(0), full);
        assign(ids.get(1), full);
        assign(ids.get(3), busy);

        mvc.perform(post("/api/v1/enrollments/{id}/facilitator", ids.get(2)).with(user("manajer.dumai")).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"facilitatorId\": " + full + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("PROGRAM_CAP"))
                .andExpect(jsonPath("$.errors[0].field").value("facilitator"))
                .andExpect(jsonPath("$.errors[0].message", containsString("cap")))
                .andExpect(jsonPath("$.alternatives[0].userId").value((int) roomy))
                .andExpect(jsonPath("$.alternatives[0].remaining").value(2))
                .andExpect(jsonPath("$.alternatives[?(@.userId == " + full + ")]").isEmpty());

        var page = mvc.perform(post("/peserta/{id}/pendamping", ids.get(2)).with(user("manajer.dumai")).with(csrf())
                        .param("facilitator", String.valueOf(full)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Pendamping ini tidak dapat ditetapkan")))
                .andExpect(content().string(containsString("data-reason=\"PROGRAM_CAP\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Pendamping Lega")).as("the roomiest first").isPositive().isLessThan(page.indexOf("Pendamping Sibuk"));

        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = ?").param(roomy).update();
        mvc.perform(post("/api/v1/enrollments/{id}/facilitator", ids.get(2)).with(user("manajer.dumai")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"facilitatorId\": " + roomy + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("DISABLED"))
                .andExpect(jsonPath("$.alternatives[?(@.userId == " + roomy + ")]").isEmpty());
        mvc.perform(post("/peserta/{id}/pendamping", ids.get(2)).with(user("manajer.dumai")).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("lang", "en")).param("facilitator", String.valueOf(roomy)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This facilitator cannot be assigned")))
                .andExpect(content().string(containsString("data-reason=\"DISABLED\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM assignment WHERE enrollment_id = ?").param(ids.get(2)).query(Integer.class).single()).isZero();
    }

    @Test
    void aRegionWithoutFacilitatorsSaysSoAndOffersToInviteOne() throws Exception {
        // Bengkalis's seed program, its office's demo facilitators away for the test: nobody else serves the regency
        var away = jdbc.sql("""
                        UPDATE app_user SET enabled = false WHERE enabled AND 'FACILITATOR' = ANY(roles)
                        AND agency_id = (SELECT id FROM agency WHERE name = 'Dinas Koperasi dan UKM Kabupaten Bengkalis') RETURNING id""")
                .query(Long.class).list();
        try {
            withoutFacilitators();
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = true WHERE id = ANY(?)").param(away.toArray(Long[]::new)).update();
        }
    }

    private void withoutFacilitators() throws Exception {
        long enrollment = jdbc.sql("""
                        SELECT e.id FROM enrollment e JOIN program p ON p.id = e.program_id
                        WHERE p.name LIKE 'Fasilitasi Sertifikasi Halal dan P-IRT Bengkalis%' AND e.status = 'ENROLLED' ORDER BY e.id LIMIT 1""")
                .query(Long.class).single();
        mvc.perform(get("/peserta/{id}", enrollment).with(user("petugas.bengkalis")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-no-facilitator")))
                .andExpect(content().string(not(containsString("name=\"facilitator\""))));
    }

    @Autowired
    Facilitators facilitators;

    private void assign(long enrollment, long facilitator) {
        AsUser.run("manajer.dumai", () -> facilitators.assign(enrollment, facilitator, null));
    }

    private long facilitator(String name) {
        long agency = jdbc.sql("SELECT id FROM agency WHERE name = 'Loka POM di Kota Dumai'").query(Long.class).single();
        String username = "pendamping.kuota." + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new Accounts.NewUser(username, "Pendamping " + name, null, null, "Lapangan-Uji-Kopi-1", agency,
                Set.of(Role.FACILITATOR), List.of()));
    }
}
