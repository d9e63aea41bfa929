package id.naikkelas.programs;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.UUID;

import static id.naikkelas.FormHtml.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: the program form binds regions, stages and partners as rows ({@code stages[0].name}), shows each row's
 * problem next to the row's field in both languages, keeps what was typed, and adds or removes rows without script.
 */
@IntegrationTest
class ProgramFormRowsTest {

    static final String MANAGER = "manajer.dumai";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder form(String name) {
        return post("/program").with(user(MANAGER)).with(csrf()).param("version", "0").param("name", name)
                .param("startsOn", LocalDate.now().toString()).param("facilitation", "ONE_TO_ONE");
    }

    long university() {
        return jdbc.sql("SELECT id FROM agency WHERE name = 'Universitas Palangka Raya'").query(Long.class).single();
    }

    @Test
    void rowsAreSavedInOrderAndBlankRowsLeftOut() throws Exception {
        String district = jdbc.sql("SELECT min(code) FROM region WHERE parent_code = '14.72'").query(String.class).single();
        String name = "Program Baris " + UUID.randomUUID();
        mvc.perform(form(name)
                        // the first region as a page without script sends it: the picker's selects, its value stale
                        .param("regions[0].code", "").param("regions[0].province", "14").param("regions[0].regency", "14.72")
                        .param("regions[1].code", district)
                        .param("stages[0].name", "Pendataan").param("stages[0].durationDays", "30")
                        .param("stages[1].name", "").param("stages[1].durationDays", "").param("stages[1].visitIntervalDays", "")
                        .param("stages[2].name", "Monitoring").param("stages[2].durationDays", "180").param("stages[2].visitIntervalDays", "30")
                        .param("partners[0].agencyId", "").param("partners[0].mouNumber", "")
                        .param("partners[1].agencyId", String.valueOf(university())).param("partners[1].mouNumber", "21/UPR/2027")
                        .param("partners[1].mouSignedOn", "2026-11-01").param("partners[1].mouExpiresOn", "2027-11-01")
                        .param("partners[1].mouScope", "mahasiswa pendamping"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM program WHERE name = ?").param(name).query(Long.class).single();
        assertThat(jdbc.sql("SELECT array_to_string(region_codes, ',') FROM program WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("14.72," + district);
        assertThat(jdbc.sql("SELECT position || ':' || name || ':' || duration_days || ':' || coalesce(visit_interval_days::text, '-') "
                + "FROM program_stage WHERE program_id = ? ORDER BY position").param(id).query(String.class).list())
                .containsExactly("1:Pendataan:30:-", "2:Monitoring:180:30");
        assertThat(jdbc.sql("SELECT mou_number || ' ' || mou_signed_on || ' ' || mou_expires_on || ' ' || mou_scope FROM program_partner "
                + "WHERE program_id = ?").param(id).query(String.class).list())
                .containsExactly("21/UPR/2027 2026-11-01 2027-11-01 mahasiswa pendamping");

        // the edit form shows the rows again, one input per value
        String edit = mvc.perform(get("/program/{id}/ubah", id).with(user(MANAGER))).andReturn().getResponse().getContentAsString();
        assertThat(field(edit, "stages[1].name")).contains("value=\"Monitoring\"");
        assertThat(field(edit, "stages[1].visitIntervalDays")).contains("value=\"30\"");
        assertThat(field(edit, "partners[0].mouExpiresOn")).contains("value=\"2027-11-01\"");
        assertThat(edit).contains("name=\"regions[1].code\" value=\"" + district + "\"");
    }

    @Test
    void eachRowsProblemIsShownAtItsFieldInBothLanguagesAndNothingTypedIsLost() throws Exception {
        String name = "Program Salah " + UUID.randomUUID();
        var request = form(name).param("regions[0].code", "14.72")
                .param("stages[0].name", "").param("stages[0].durationDays", "tiga puluh").param("stages[0].visitIntervalDays", "10")
                .param("stages[1].name", "Monitoring").param("stages[1].durationDays", "60").param("stages[1].visitIntervalDays", "90")
                .param("partners[0].agencyId", "").param("partners[0].mouNumber", "07/MoU/2027");
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(field(html, "stages[0].name")).contains("Wajib diisi.");
        // a number field cannot show "tiga puluh" (a browser sends only numbers there): the reason shows instead
        assertThat(field(html, "stages[0].durationDays")).contains("Isi dengan angka bulat");
        assertThat(field(html, "stages[0].visitIntervalDays")).contains("value=\"10\"");
        assertThat(field(html, "stages[1].visitIntervalDays")).contains("value=\"90\"").contains("antara 1 dan 60 hari");
        assertThat(field(html, "stages[1].name")).contains("value=\"Monitoring\"").doesNotContain("class=\"error\">");
        assertThat(field(html, "partners[0].agencyId")).contains("Pilih instansi mitra");
        assertThat(field(html, "partners[0].mouNumber")).contains("value=\"07/MoU/2027\"");
        assertThat(jdbc.sql("SELECT count(*) FROM program WHERE name = ?").param(name).query(Long.class).single()).isZero();

        String english = mvc.perform(request.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(field(english, "stages[0].name")).contains("This field is required.");
        assertThat(field(english, "stages[1].visitIntervalDays")).contains("between 1 and 60 days");
        assertThat(field(english, "partners[0].agencyId")).contains("Choose the partner organisation");
    }

    @Test
    void theServicesRulesLandOnTheRowTheyName() throws Exception {
        // Palangka Raya is outside the manager's jurisdiction (Dumai): the region's row says so
        String html = mvc.perform(form("Program Luar " + UUID.randomUUID()).param("regions[0].code", "14.72").param("regions[1].code", "62.71")
                        .param("stages[0].name", "Pendataan").param("stages[0].durationDays", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = html.substring(html.indexOf("name=\"regions[1].code\""));
        assertThat(second.substring(0, second.indexOf("data-row-remove"))).contains("Wilayah 62.71 di luar wilayah kerja Anda.");
        // the same partner twice
        String twice = mvc.perform(form("Program Dua Mitra " + UUID.randomUUID()).param("regions[0].code", "14.72")
                        .param("stages[0].name", "Pendataan").param("stages[0].durationDays", "30")
                        .param("partners[0].agencyId", String.valueOf(university())).param("partners[1].agencyId", String.valueOf(university())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(field(twice, "partners[0].agencyId")).doesNotContain("sudah ada di baris lain");
        assertThat(field(twice, "partners[1].agencyId")).contains("Instansi ini sudah ada di baris lain.");
    }

    @Test
    void withoutScriptAddAndRemoveAnswerTheFormWithOneRowMoreOrLessAndSaveNothing() throws Exception {
        String name = "Program Tambah Baris " + UUID.randomUUID();
        String added = mvc.perform(form(name).param("add", "stages").param("regions[0].code", "14.72")
                        .param("stages[0].name", "Pendataan").param("stages[0].durationDays", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(field(added, "stages[0].name")).contains("value=\"Pendataan\"");
        assertThat(added).contains("name=\"stages[1].name\"").doesNotContain("name=\"stages[2].name\"");

        // the second row is removed: the third moves up with what was typed and the reason it was refused
        String removed = mvc.perform(form(name).param("remove", "stages:1").param("regions[0].code", "14.72")
                        .param("stages[0].name", "Pendataan").param("stages[0].durationDays", "30")
                        .param("stages[1].name", "Pelatihan").param("stages[1].durationDays", "14")
                        .param("stages[2].name", "Monitoring").param("stages[2].durationDays", "enam bulan"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(removed).doesNotContain("value=\"Pelatihan\"").doesNotContain("name=\"stages[2].name\"");
        assertThat(field(removed, "stages[1].name")).contains("value=\"Monitoring\"");
        assertThat(field(removed, "stages[1].durationDays")).contains("Isi dengan angka bulat");
        assertThat(field(removed, "stages[0].durationDays")).doesNotContain("class=\"error\"");
        assertThat(jdbc.sql("SELECT count(*) FROM program WHERE name = ?").param(name).query(Long.class).single()).isZero();
    }

    @Test
    void aRowNumberFarOutIsRefusedAsInputNotAnError() throws Exception {
        int status = mvc.perform(form("Program Jauh " + UUID.randomUUID()).param("regions[0].code", "14.72")
                .param("stages[5000].name", "Jauh").param("stages[5000].durationDays", "3")).andReturn().getResponse().getStatus();
        assertThat(status).isLessThan(500);
    }
}
