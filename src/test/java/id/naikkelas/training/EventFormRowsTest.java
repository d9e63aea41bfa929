package id.naikkelas.training;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import static id.naikkelas.FormHtml.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: the event form binds sessions as rows (date, start, end) and its regions through the region picker, one row
 * per region whose businesses may join; each row's problem shows at its field, in both languages, with what was typed.
 */
@IntegrationTest
class EventFormRowsTest {

    static final String OFFICER = "petugas.dumai";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final LocalDate day = LocalDate.now(WIB).plusDays(40);

    MockHttpServletRequestBuilder form(String topic) {
        return post("/pelatihan").with(user(OFFICER)).with(csrf()).param("version", "0").param("type", "SOCIALISATION")
                .param("topic", topic).param("mode", "ON_SITE").param("venue", "Aula Loka POM Dumai").param("capacity", "30")
                .param("registrationDeadline", day.minusDays(3) + "T16:00");
    }

    @Test
    void sessionsAndRegionsFromRowsAreSavedInTheEventsLocalTime() throws Exception {
        String topic = "Sosialisasi baris " + UUID.randomUUID();
        mvc.perform(form(topic)
                        // as a page without script sends the pickers: their selects, the values not refreshed
                        .param("region.code", "").param("region.province", "14").param("region.regency", "14.72")
                        .param("sessions[0].date", day.toString()).param("sessions[0].startsAt", "09:00").param("sessions[0].endsAt", "12:00")
                        .param("sessions[1].date", "").param("sessions[1].startsAt", "").param("sessions[1].endsAt", "")
                        .param("sessions[2].date", day.plusDays(1).toString()).param("sessions[2].startsAt", "08:30").param("sessions[2].endsAt", "15:00")
                        .param("targetRegions[0].code", "14.72").param("targetRegions[0].province", "14").param("targetRegions[0].regency", "14.72")
                        .param("targetRegions[1].code", "").param("targetRegions[1].province", "14").param("targetRegions[1].regency", "14.03"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM training_event WHERE topic = ?").param(topic).query(Long.class).single();
        assertThat(jdbc.sql("SELECT region_code || ' ' || array_to_string(target_region_codes, ',') FROM training_event WHERE id = ?")
                .param(id).query(String.class).single()).isEqualTo("14.72 14.72,14.03");
        assertThat(jdbc.sql("SELECT starts_at FROM training_session WHERE event_id = ? ORDER BY position").param(id)
                .query(OffsetDateTime.class).list()).extracting(t -> t.atZoneSameInstant(WIB).toLocalDateTime().toString())
                .containsExactly(day + "T09:00", day.plusDays(1) + "T08:30");

        String edit = mvc.perform(get("/pelatihan/{id}/ubah", id).with(user(OFFICER))).andReturn().getResponse().getContentAsString();
        assertThat(field(edit, "sessions[1].startsAt")).contains("value=\"08:30\"");
        assertThat(field(edit, "sessions[1].date")).contains("value=\"" + day.plusDays(1) + "\"");
        assertThat(edit).contains("name=\"targetRegions[1].code\" value=\"14.03\"").contains("name=\"region.code\" value=\"14.72\"");
    }

    @Test
    void eachSessionsAndRegionsProblemIsShownAtItsRowInBothLanguages() throws Exception {
        String topic = "Sosialisasi salah " + UUID.randomUUID();
        var request = form(topic).param("region.code", "14.72")
                .param("sessions[0].date", day.toString()).param("sessions[0].startsAt", "09:00").param("sessions[0].endsAt", "12:00")
                .param("sessions[1].date", day.plusDays(1).toString()).param("sessions[1].startsAt", "13:00").param("sessions[1].endsAt", "10:00")
                .param("sessions[2].date", "").param("sessions[2].startsAt", "09:00").param("sessions[2].endsAt", "11:00");
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(field(html, "sessions[1].endsAt")).contains("value=\"10:00\"").contains("Jam selesai harus setelah jam mulai.");
        assertThat(field(html, "sessions[1].startsAt")).contains("value=\"13:00\"").doesNotContain("class=\"error\"");
        assertThat(field(html, "sessions[2].date")).contains("Wajib diisi.");
        assertThat(field(html, "sessions[2].startsAt")).contains("value=\"09:00\"");
        assertThat(field(html, "topic")).contains("value=\"" + topic + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM training_event WHERE topic = ?").param(topic).query(Long.class).single()).isZero();

        String english = mvc.perform(request.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(field(english, "sessions[1].endsAt")).contains("The end time must be after the start time.");
        assertThat(field(english, "sessions[2].date")).contains("This field is required.");

        // the service's rule about one region lands on that region's row
        String unknown = mvc.perform(form(topic).param("region.code", "14.72").param("sessions[0].date", day.toString())
                        .param("sessions[0].startsAt", "09:00").param("sessions[0].endsAt", "12:00")
                        .param("targetRegions[0].code", "14.03").param("targetRegions[1].code", "99.99"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = unknown.substring(unknown.indexOf("name=\"targetRegions[1].code\""));
        assertThat(second.substring(0, second.indexOf("data-row-remove"))).contains("Kode wilayah 99.99 tidak dikenal.");
    }

    @Test
    void withoutScriptASessionRowIsAddedAndRemoved() throws Exception {
        String added = mvc.perform(form("Tambah sesi").param("add", "sessions").param("region.code", "14.72")
                        .param("sessions[0].date", day.toString()).param("sessions[0].startsAt", "09:00").param("sessions[0].endsAt", "12:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(field(added, "sessions[0].startsAt")).contains("value=\"09:00\"");
        assertThat(added).contains("name=\"sessions[1].date\"");
        String removed = mvc.perform(form("Hapus sesi").param("remove", "targetRegions:0").param("region.code", "14.72")
                        .param("targetRegions[0].code", "14.03").param("targetRegions[1].code", "14.72"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(removed).contains("name=\"targetRegions[0].code\" value=\"14.72\"").doesNotContain("name=\"targetRegions[1].code\"");
    }
}
