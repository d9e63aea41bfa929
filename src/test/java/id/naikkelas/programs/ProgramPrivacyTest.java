package id.naikkelas.programs;

import id.naikkelas.common.Today;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.PermitType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: an owner who sees a program (to apply, or as a participant) sees their own enrolment only,
 * not the other businesses' place, stage, facilitator and visits; the program's staff see everyone.
 */
@IntegrationTest
class ProgramPrivacyTest {

    @Autowired
    private Today today;

    @Autowired
    MockMvc mvc;
    @Autowired
    Programs programs;
    @Autowired
    Enrollments enrollments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOwnerSeesTheirOwnEnrolmentOnlyOnTheApiAndThePage() throws Exception {
        long own = jdbc.sql("""
                        SELECT b.id FROM business b JOIN owner o ON o.id = b.owner_id JOIN app_user u ON u.id = o.user_id
                        WHERE u.username = 'pemilik.demo' ORDER BY b.id LIMIT 1""").query(Long.class).single();
        String region = jdbc.sql("SELECT left(region_code, 5) FROM business WHERE id = ?").param(own).query(String.class).single();
        var other = jdbc.sql("""
                        SELECT b.id, b.name FROM business b JOIN owner o ON o.id = b.owner_id
                        WHERE b.region_code LIKE ? AND b.status <> 'INACTIVE' AND (o.user_id IS NULL OR o.user_id <> (
                            SELECT id FROM app_user WHERE username = 'pemilik.demo')) ORDER BY b.id LIMIT 1""")
                .param(region + ".%").query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long otherId = (Long) other[0];
        String ownName = jdbc.sql("SELECT name FROM business WHERE id = ?").param(own).query(String.class).single();
        var data = new ProgramData("Uji Privasi Program", "uji", List.of(region), this.today.date(), 10, Set.of(PermitType.PIRT),
                Facilitation.CASELOAD, 5, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pelatihan", 30, null)), List.of());
        // the demo owner's business is in Dumai: its program manager runs the program
        org.assertj.core.api.Assertions.assertThat(region).isEqualTo("14.72");
        long program = AsUser.call("manajer.dumai", () -> programs.create(data));
        AsUser.run("manajer.dumai", () -> enrollments.enroll(program, List.of(own, otherId)));

        mvc.perform(get("/api/v1/programs/{id}/enrollments", program).with(user("manajer.dumai")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].businessId", containsInAnyOrder((int) own, (int) otherId)));
        mvc.perform(get("/api/v1/programs/{id}/enrollments", program).with(user("pemilik.demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].businessId").value(own));
        mvc.perform(get("/program/{id}", program).with(user("pemilik.demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(ownName))))
                .andExpect(content().string(not(containsString(HtmlUtils.htmlEscape((String) other[1])))));
    }
}
