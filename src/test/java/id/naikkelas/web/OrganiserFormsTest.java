package id.naikkelas.web;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: an owner who may see a program or a training event gets its page, not its organisers' edit form
 * (saving was already refused); the organisers still get it.
 */
@IntegrationTest
class OrganiserFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ownersSeeProgramsAndEventsButNotTheirEditForms() throws Exception {
        long program = jdbc.sql("""
                        SELECT id FROM program WHERE status = 'ACTIVE' AND '14.72' = ANY (region_codes) ORDER BY id LIMIT 1""")
                .query(Long.class).single();
        mvc.perform(get("/program/{id}", program).with(user("pemilik.demo"))).andExpect(status().isOk());
        mvc.perform(get("/program/{id}/ubah", program).with(user("pemilik.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/program/{id}/ubah", program).with(user("manajer.dumai"))).andExpect(status().isOk());

        long event = jdbc.sql("SELECT id FROM training_event WHERE region_code LIKE '14.72%' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        mvc.perform(get("/pelatihan/{id}", event).with(user("pemilik.demo"))).andExpect(status().isOk());
        mvc.perform(get("/pelatihan/{id}/ubah", event).with(user("pemilik.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/pelatihan/{id}/ubah", event).with(user("petugas.dumai"))).andExpect(status().isOk());
    }
}
