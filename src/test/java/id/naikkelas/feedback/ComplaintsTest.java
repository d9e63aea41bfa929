package id.naikkelas.feedback;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ComplaintsTest {

    @Autowired
    Complaints complaints;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long dumai() {
        return jdbc.sql("SELECT id FROM identity_agency WHERE name = 'Loka POM di Kota Dumai'").query(Long.class).single();
    }

    Complaints.Form form(String subject) {
        return new Complaints.Form(dumai(), ComplaintCategory.SERVICE, subject, "Antrean loket terlalu lama, tiga jam menunggu.",
                "Budi Santoso", "0812 7777 1234");
    }

    static String address() {
        return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void aComplaintIsAssignedToAnOfficerOfTheUnitAndDueInWorkingDays() {
        var filed = complaints.file(form("Antrean lama " + UUID.randomUUID()), address());
        assertThat(filed.trackingCode()).matches("ADU-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        var row = jdbc.sql("SELECT c.status, u.username, c.received_on, c.due_on, c.tracking_hash FROM complaint c "
                        + "LEFT JOIN identity_user u ON u.id = c.assigned_to WHERE c.tracking_hash = ?")
                .param(TrackingCodes.hash(filed.trackingCode()))
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getString(5)})
                .single();
        assertThat(row[0]).isEqualTo("IN_PROGRESS");
        assertThat(row[1]).isEqualTo("petugas.dumai");
        var received = (java.time.LocalDate) row[2];
        var due = (java.time.LocalDate) row[3];
        // five working days: at least a week later counting the weekend, and never on a weekend
        assertThat(due).isAfterOrEqualTo(received.plusDays(5)).isEqualTo(filed.dueOn());
        assertThat(due.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        // the code itself is not stored
        assertThat(jdbc.sql("SELECT count(*) FROM complaint WHERE tracking_hash = ? OR body LIKE ?")
                .params(filed.trackingCode(), "%" + filed.trackingCode() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void theTrackingCodeReadsTheAnswerButNoPersonalData() {
        String subject = "Petugas tidak ramah " + UUID.randomUUID();
        var filed = complaints.file(form(subject), address());
        var before = complaints.track(filed.trackingCode().toLowerCase().replace("-", " ")).orElseThrow();
        assertThat(before.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(before.answer()).isNull();

        long id = AsUser.call("petugas.dumai", () -> complaints.list(false, null, 500).stream()
                .filter(r -> r.subject().equals(subject)).findFirst().orElseThrow().id());
        var detail = AsUser.call("petugas.dumai", () -> complaints.get(id));
        assertThat(detail.name()).isEqualTo("Budi Santoso");
        AsUser.run("petugas.dumai", () -> complaints.answer(id, detail.version(), "Mohon maaf, loket kedua sudah kami buka."));

        var after = complaints.track(filed.trackingCode()).orElseThrow();
        assertThat(after.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(after.answer()).isEqualTo("Mohon maaf, loket kedua sudah kami buka.");
        assertThat(after.toString()).doesNotContain("Budi", "0812", "petugas.dumai", "Hendra");
        assertThat(complaints.track("ADU-2222-2222")).isEmpty();

        // answered once: a second answer, or one on a stale version, changes nothing
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> complaints.answer(id, detail.version() + 1, "lagi")))
                .isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'complaint' AND entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anotherRegionsOfficerCannotReadAssignOrAnswer() {
        String subject = "Biaya tidak resmi " + UUID.randomUUID();
        complaints.file(form(subject), address());
        long id = AsUser.call("petugas.dumai", () -> complaints.list(false, null, 500).stream()
                .filter(r -> r.subject().equals(subject)).findFirst().orElseThrow().id());
        int version = AsUser.call("petugas.dumai", () -> complaints.get(id).version());
        assertThat(AsUser.call("petugas.bengkalis", () -> complaints.list(false, null, 500)))
                .noneMatch(r -> r.subject().equals(subject));
        assertThatThrownBy(() -> AsUser.run("petugas.bengkalis", () -> complaints.get(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.run("petugas.bengkalis", () -> complaints.answer(id, version, "bukan wilayah saya")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.run("pendamping.palangkaraya", () -> complaints.list(false, null, 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(AsUser.call("petugas.dumai", () -> complaints.get(id)).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    }

    @Test
    void aStaleVersionIsAConflict() {
        String subject = "Versi lama " + UUID.randomUUID();
        complaints.file(form(subject), address());
        long id = AsUser.call("petugas.dumai", () -> complaints.list(false, null, 500).stream()
                .filter(r -> r.subject().equals(subject)).findFirst().orElseThrow().id());
        long officer = jdbc.sql("SELECT id FROM identity_user WHERE username = 'manajer.dumai'").query(Long.class).single();
        int version = AsUser.call("petugas.dumai", () -> complaints.get(id).version());
        AsUser.run("petugas.dumai", () -> complaints.assign(id, version, officer));
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> complaints.answer(id, version, "jawaban")))
                .isInstanceOf(EditConflict.class);
        long bengkalisOfficer = jdbc.sql("SELECT id FROM identity_user WHERE username = 'petugas.bengkalis'").query(Long.class).single();
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> complaints.assign(id, version + 1, bengkalisOfficer)))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).violations().get(0).field()).isEqualTo("officerId"));
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        long before = jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single();
        assertThatThrownBy(() -> complaints.file(new Complaints.Form(null, null, " ", "", null, null), address()))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::field)
                        .containsExactlyInAnyOrder("agencyId", "category", "subject", "body"));
        long partner = jdbc.sql("SELECT id FROM identity_agency WHERE kind = 'UNIVERSITY' LIMIT 1").query(Long.class).single();
        assertThatThrownBy(() -> complaints.file(new Complaints.Form(partner, ComplaintCategory.OTHER, "s", "b", null, null), address()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> complaints.file(new Complaints.Form(dumai(), ComplaintCategory.OTHER, "s", "x".repeat(4001), null, null), address()))
                .isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void oneAddressMayFileOnlyAFewAnHour() {
        String from = address();
        for (int i = 0; i < 5; i++) {
            complaints.file(form("Banjir " + i + " " + UUID.randomUUID()), from);
        }
        assertThatThrownBy(() -> complaints.file(form("Keenam"), from)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations().get(0).code()).isEqualTo("feedback.complaint.tooMany"));
        complaints.file(form("Dari alamat lain " + UUID.randomUUID()), address());
    }

    @Test
    void theHoneypotTellsABotItWorkedAndStoresNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single();
        mvc.perform(post("/pengaduan").with(csrf()).with(r -> { r.setRemoteAddr(address()); return r; })
                        .param("agencyId", String.valueOf(dumai())).param("category", "SERVICE").param("subject", "Promo murah")
                        .param("body", "Kunjungi situs kami").param("website", "http://spam.example"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("filed"));
        assertThat(jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theFormShowsEachProblemOnItsFieldInTheUsersLanguage() throws Exception {
        mvc.perform(post("/pengaduan").with(csrf()).with(r -> { r.setRemoteAddr(address()); return r; })
                        .param("agencyId", String.valueOf(dumai())).param("category", "SERVICE").param("subject", ""))
                .andExpect(status().is(422)).andExpect(content().string(org.hamcrest.Matchers.containsString("Wajib diisi.")));
        mvc.perform(post("/pengaduan").with(csrf()).header("Accept-Language", "en").param("lang", "en")
                        .with(r -> { r.setRemoteAddr(address()); return r; }).param("subject", "x"))
                .andExpect(status().is(422)).andExpect(content().string(org.hamcrest.Matchers.containsString("This field is required.")));
    }

    @Test
    void theApiFilesTracksListsAndAnswersWithIfMatch() throws Exception {
        String subject = "Lewat API " + UUID.randomUUID();
        var filed = mvc.perform(post("/api/v1/public/complaints").with(r -> { r.setRemoteAddr(address()); return r; })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyId\":" + dumai() + ",\"category\":\"PERMIT\",\"subject\":\"" + subject + "\",\"body\":\"Izin lambat\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.trackingCode").exists())
                .andReturn().getResponse().getContentAsString();
        String code = com.jayway.jsonpath.JsonPath.read(filed, "$.trackingCode");
        mvc.perform(post("/api/v1/public/complaints/track").contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subject").value(subject)).andExpect(jsonPath("$.name").doesNotExist());
        mvc.perform(post("/api/v1/public/complaints/track").contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"ADU-2222-3333\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/public/complaints").with(r -> { r.setRemoteAddr(address()); return r; })
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"PERMIT\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[?(@.field == 'agencyId')]").exists());

        long id = AsUser.call("petugas.dumai", () -> complaints.list(false, null, 500).stream()
                .filter(r -> r.subject().equals(subject)).findFirst().orElseThrow().id());
        var read = mvc.perform(get("/api/v1/complaints/" + id).with(httpBasic("petugas.dumai", "Demo-2026!")))
                .andExpect(status().isOk()).andReturn().getResponse();
        String etag = read.getHeader("ETag");
        mvc.perform(get("/api/v1/complaints/" + id).with(httpBasic("petugas.bengkalis", "Demo-2026!"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/complaints/" + id + "/answer").with(httpBasic("petugas.dumai", "Demo-2026!"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"Sudah kami proses.\"}"))
                .andExpect(status().is(422));
        mvc.perform(post("/api/v1/complaints/" + id + "/answer").with(httpBasic("petugas.dumai", "Demo-2026!")).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"Sudah kami proses.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
        mvc.perform(get("/api/v1/complaints").param("overdue", "true").with(httpBasic("petugas.dumai", "Demo-2026!")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")]").doesNotExist());
        assertThat(complaints.track(code).orElseThrow().answer()).isEqualTo("Sudah kami proses.");
    }
}
