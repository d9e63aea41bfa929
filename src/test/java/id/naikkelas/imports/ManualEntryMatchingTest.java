package id.naikkelas.imports;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.naikkelas.imports.ImportFixtures.business;
import static id.naikkelas.imports.ImportFixtures.nik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 16: a business typed into the registry form is matched as an imported line is; the officer sees the candidates first. */
@IntegrationTest
class ManualEntryMatchingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder entry(String name, String owner, String nik) {
        return post("/usaha").with(user("petugas.dumai")).with(csrf()).param("name", name).param("sector", "PROCESSED_FOOD")
                .param("legalForm", "PERORANGAN").param("regionCode", "14.72.06.1002").param("address", "Jl. Sultan Syarif Kasim 77")
                .param("owner.fullName", owner).param("owner.nik", nik).param("owner.phone", "0812 7300 0077");
    }

    @Test
    void aBusinessLikeARegisteredOneShowsTheCandidatesBeforeItIsSaved() throws Exception {
        String ownerNik = nik();
        long existing = AsUser.call("petugas.dumai", () -> businesses.register(business("Lempok Durian Wak Dollah", "Abdullah Saman",
                "Jl. Sultan Syarif Kasim No. 77", "14.72.06.1002", "0812-7300-0077", ownerNik), null));
        int before = count();
        mvc.perform(entry("Lempuk Durian Wak Dolah", "Abdullah Saman", ownerNik))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mirip dengan usaha yang sudah terdaftar")))
                .andExpect(content().string(containsString("/usaha/" + existing)))
                .andExpect(content().string(containsString("Lempok Durian Wak Dollah")));
        assertThat(count()).as("nothing saved yet").isEqualTo(before);

        // the officer looked and says it is another business: saved
        mvc.perform(entry("Lempuk Durian Wak Dolah", "Abdullah Saman", ownerNik).param("notADuplicate", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 1);

        // nothing alike: saved at once
        mvc.perform(entry("Bengkel Las Sinar Terang", "Poniman", nik()))
                .andExpect(status().is3xxRedirection())
                .andExpect(content().string(not(containsString("mirip"))));
        assertThat(count()).isEqualTo(before + 2);
    }

    int count() {
        return jdbc.sql("SELECT count(*) FROM business").query(Integer.class).single();
    }
}
