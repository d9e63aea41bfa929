package id.naikkelas.certification;

import id.naikkelas.common.Today;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.PermitRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case list and the renewals come a page at a time, and the pages together are the whole list, in order. */
@IntegrationTest
class ListPagingTest {

    @Autowired
    private Today today;

    @Autowired
    Cases cases;
    @Autowired
    PermitRegister register;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void casePagesFollowOneAnotherWithoutGapOrRepeat() {
        // BNSP cases of people (no product): open ones with and without a due date, and a completed one
        // one open competency case per person of a business (V36): each open one is someone else
        int person = 0;
        for (String due : new String[] {"2026-01-05", "2026-01-05", "2026-02-01", null, null}) {
            jdbc.sql("""
                            INSERT INTO certification_case (business_id, person_name, region_code, permit_type, template_code,
                                template_version, status, current_step, step_due_on, opened_by)
                            SELECT id, ?, region_code, 'BNSP', 'bnsp', '2025.1', 'OPEN', 'ELIGIBILITY', ?::date, 'test'
                            FROM business ORDER BY id LIMIT 1""")
                    .params("Peserta Uji Halaman " + (++person) + " " + System.nanoTime(), due).update();
        }
        jdbc.sql("""
                INSERT INTO certification_case (business_id, person_name, region_code, permit_type, template_code, template_version,
                    status, opened_by)
                SELECT id, 'Peserta Uji Halaman', region_code, 'BNSP', 'bnsp', '2025.1', 'COMPLETED', 'test'
                FROM business ORDER BY id LIMIT 1""").update();
        AsUser.run("admin", () -> {
            var whole = cases.list(null, false, null, 9, 0);
            assertThat(whole).hasSizeGreaterThan(4);
            var paged = new ArrayList<CaseRow>();
            for (int offset = 0; offset < whole.size(); offset += 2) {
                paged.addAll(cases.list(null, false, null, 2, offset));
            }
            assertThat(paged.subList(0, whole.size())).extracting(CaseRow::id).containsExactlyElementsOf(whole.stream().map(CaseRow::id).toList());
        });
    }

    @Test
    void renewalPagesContinueAfterTheLastPermitShown() {
        AsUser.run("admin", () -> {
            var today = this.today.date();
            var whole = register.expiring(400, today, null, null, 6);
            assertThat(whole).hasSizeGreaterThan(3);
            var first = register.expiring(400, today, null, null, 3);
            var last = first.get(2).permit();
            var second = register.expiring(400, today, last.expiresOn(), last.id(), 3);
            var both = new ArrayList<>(first);
            both.addAll(second);
            assertThat(both).extracting(e -> e.permit().id()).containsExactlyElementsOf(whole.stream().map(e -> e.permit().id()).toList());
        });
    }

    @Test
    void thePagesAcceptTheirPagingParameters() throws Exception {
        mvc.perform(get("/kasus").param("page", "1").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/izin/perpanjangan").param("afterExpiry", "2026-01-01").param("afterId", "1")
                .with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }
}
