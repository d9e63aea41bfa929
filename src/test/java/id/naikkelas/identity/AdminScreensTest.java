package id.naikkelas.identity;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdminScreensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Access access;

    @Test
    void anAdministratorCreatesAnAgencyAndAnOfficerWhoSeesThatJurisdiction() throws Exception {
        mvc.perform(post("/admin/agencies").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", "Dinas Perindustrian Kota Dumai").param("kind", "DINAS_PERINDUSTRIAN").param("regions[0].code", "14.72")
                        .param("active", "true"))
                .andExpect(redirectedUrl("/admin/agencies"));
        long agencyId = jdbc.sql("SELECT id FROM agency WHERE name = 'Dinas Perindustrian Kota Dumai'").query(Long.class).single();

        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", "dinkes.dumai").param("fullName", "Nurul Huda").param("password", "Keamanan-Pangan-1")
                        .param("agencyId", String.valueOf(agencyId)).param("roles", "OFFICER"))
                .andExpect(redirectedUrl("/admin/users"));
        var officer = access.byUsername("dinkes.dumai").orElseThrow();
        assertThat(officer.agencyName()).isEqualTo("Dinas Perindustrian Kota Dumai");
        assertThat(officer.jurisdiction().covers("14.72.01.1003")).isTrue();
        assertThat(officer.jurisdiction().covers("14.03")).isFalse();
        mvc.perform(formLogin("/login").user("dinkes.dumai").password("Keamanan-Pangan-1")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'user' AND action = 'CREATE' AND changes::text LIKE '%dinkes.dumai%'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void invalidAgencyAndUserFormsExplainEachFieldAndSaveNothing() throws Exception {
        int agencies = count("agency");
        mvc.perform(post("/admin/agencies").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", "").param("kind", "BPOM").param("regions[0].code", "14.99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("Kode wilayah 14.99 tidak dikenal.")));
        int users = count("app_user");
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", "X").param("fullName", "").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nama pengguna 3–60 karakter")))
                .andExpect(content().string(containsString("Pilih minimal satu peran.")))
                .andExpect(content().string(containsString("Kata sandi minimal 10 karakter.")));
        assertThat(count("agency")).isEqualTo(agencies);
        assertThat(count("app_user")).isEqualTo(users);
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
