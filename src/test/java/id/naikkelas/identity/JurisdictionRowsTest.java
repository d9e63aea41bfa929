package id.naikkelas.identity;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Agencies' and users' jurisdictions as rows of the region picker, with and without script (issue 17). */
@IntegrationTest
class JurisdictionRowsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Agencies agencies;

    @Test
    void anAgencysRegionsArePickedRowByRowAndComeBackAsRows() throws Exception {
        mvc.perform(post("/admin/agencies").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", "Dinas Koperasi Baris").param("kind", "DINAS_KOPERASI_UMKM").param("active", "true")
                        // the picker's selects decide: Riau, then Kota Dumai
                        .param("regions[0].code", "").param("regions[0].province", "14").param("regions[0].regency", "14.72")
                        .param("regions[1].code", "").param("regions[1].province", "14").param("regions[1].regency", "14.03")
                        .param("regions[2].code", ""))
                .andExpect(redirectedUrl("/admin/agencies"));
        var agency = agencies.list().stream().filter(a -> a.name().equals("Dinas Koperasi Baris")).findFirst().orElseThrow();
        assertThat(agency.regionCodes()).containsExactlyInAnyOrder("14.72", "14.03");

        mvc.perform(get("/admin/agencies/" + agency.id()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"regions[0].province\"")))
                .andExpect(content().string(containsString("name=\"regions[1].regency\"")))
                .andExpect(content().string(not(containsString("name=\"regionCodes\""))));
    }

    @Test
    void withoutScriptAddAndRemoveAnswerTheFormAgainAndSaveNothing() throws Exception {
        int before = count();
        mvc.perform(post("/admin/agencies").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", "Instansi Tanpa Skrip").param("kind", "BPOM").param("regions[0].code", "14.72").param("add", "regions"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Instansi Tanpa Skrip\"")))
                .andExpect(content().string(containsString("name=\"regions[1].province\"")));
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", "baris.hapus").param("fullName", "Baris Hapus")
                        .param("regions[0].code", "14.72").param("regions[1].code", "14.03").param("remove", "regions:0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Baris Hapus\"")))
                .andExpect(content().string(containsString("name=\"regions[0].province\"")))
                .andExpect(content().string(not(containsString("name=\"regions[1].province\""))));
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'baris.hapus'").query(Integer.class).single()).isZero();
    }

    @Test
    void anUnknownRegionIsExplainedOnItsOwnRowInBothLanguagesAndNothingTypedIsLost() throws Exception {
        int before = count();
        for (var lang : new String[][] {{"id", "Kode wilayah 14.99 tidak dikenal."}, {"en", "Unknown region code 14.99."}}) {
            var html = mvc.perform(post("/admin/agencies").with(user("admin").roles("ADMIN")).with(csrf()).cookie(new jakarta.servlet.http.Cookie("lang", lang[0]))
                            .param("name", "Instansi Salah Kode").param("kind", "BPOM").param("address", "Jl. Sudirman 1")
                            .param("regions[0].code", "14.72").param("regions[1].code", "14.99"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains(lang[1]).contains("value=\"Instansi Salah Kode\"").contains("value=\"Jl. Sudirman 1\"");
            // the message sits in the second row, after its picker; the first row keeps Kota Dumai and shows no error
            int second = html.indexOf("name=\"remove\" value=\"regions:0\"");
            assertThat(second).isPositive();
            assertThat(html.lastIndexOf(lang[1])).isGreaterThan(second);
            assertThat(html).contains("name=\"regions[0].code\" value=\"14.72\"");
        }
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", "kode.salah").param("fullName", "Kode Salah").param("password", "Keamanan-Pangan-1")
                        .param("roles", "OFFICER").param("regions[0].code", "14.99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode wilayah 14.99 tidak dikenal.")))
                .andExpect(content().string(containsString("value=\"Kode Salah\"")));
        assertThat(count()).isEqualTo(before);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM agency").query(Integer.class).single();
    }
}
