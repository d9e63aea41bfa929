package id.naikkelas.notification;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inbox, templates, preferences and the delivery log, on the pages and in the API, with who may reach what. */
@IntegrationTest
class InboxTest {

    static final String OWNER = "pemilik.demo";

    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private long deliver(String username, String phone, String link) {
        var message = new Message(UUID.randomUUID(), username, phone, "training.notice.promoted", List.of("Rina", "PKP Dumai"), link, null);
        transactions.executeWithoutResult(tx -> notifications.send(message));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM notification_delivery WHERE message_id = ?")
                .param(message.id()).query(Integer.class).single() > 0);
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM notification_inbox WHERE message_id = ?").param(message.id()).query(Long.class).single();
    }

    @Test
    void withNoChannelConfiguredAMessageGoesToTheInboxOnlyAndAPhoneWithoutAnAccountIsLoggedAsUnreached() throws Exception {
        long id = deliver(OWNER, "+6281234500001", "/izin-saya");
        assertThat(jdbc.sql("SELECT channel || ' ' || status FROM notification_delivery WHERE message_id = (SELECT message_id FROM notification_inbox WHERE id = ?)")
                .param(id).query(String.class).list()).containsExactly("INBOX SENT");

        var phoneOnly = new Message(UUID.randomUUID(), null, "+6281234500002", "training.notice.promoted", List.of("A", "B"), null, null);
        transactions.executeWithoutResult(tx -> notifications.send(phoneOnly));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT status || ': ' || last_error FROM notification_delivery WHERE message_id = ?").param(phoneOnly.id()).query(String.class).list())
                .containsExactly("FAILED: no channel reaches this person"));
    }

    @Test
    void theTopBarCountsUnreadMessagesAndOpeningOneMarksItReadAndLeadsToItsThing() throws Exception {
        mvc.perform(post("/kotak-masuk/baca-semua").with(user(OWNER)).with(csrf())).andExpect(redirectedUrl("/kotak-masuk"));
        long first = deliver(OWNER, null, "/izin-saya");
        long second = deliver(OWNER, null, "https://phishing.example/");

        mvc.perform(get("/kotak-masuk").with(user(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"count\">2</span>")))
                .andExpect(content().string(containsString("Kabar baik: Rina mendapat kursi di &quot;PKP Dumai&quot;.")));
        mvc.perform(get("/api/v1/inbox/unread-count").with(user(OWNER))).andExpect(jsonPath("$.unread").value(2));

        // somebody else's message is not theirs to open
        mvc.perform(post("/kotak-masuk/{id}/baca", first).with(user("petugas.dumai")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inbox/{id}/read", first).with(user("petugas.dumai")).with(csrf())).andExpect(status().isNotFound());

        mvc.perform(post("/kotak-masuk/{id}/baca", first).with(user(OWNER)).with(csrf())).andExpect(redirectedUrl("/izin-saya"));
        // a link off the platform is never followed
        mvc.perform(post("/api/v1/inbox/{id}/read", second).with(user(OWNER)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.link").doesNotExist());
        mvc.perform(get("/").with(user(OWNER))).andExpect(content().string(not(containsString("class=\"count\""))));

        deliver(OWNER, null, null);
        mvc.perform(get("/api/v1/inbox").with(user(OWNER))).andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.items[*].text", hasItem("Kabar baik: Rina mendapat kursi di \"PKP Dumai\".")));
        mvc.perform(post("/api/v1/inbox/read-all").with(user(OWNER)).with(csrf())).andExpect(jsonPath("$.marked").value(1));
        mvc.perform(get("/api/v1/inbox/unread-count").with(user(OWNER))).andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void anAdministratorEditsATemplateWithAPreviewAndAnUnknownPlaceholderIsRefusedOnItsField() throws Exception {
        mvc.perform(get("/api/v1/notification-templates").with(user("petugas.dumai").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/templat-pesan").with(user("petugas.dumai").roles("OFFICER"))).andExpect(status().isForbidden());

        String etag = mvc.perform(get("/api/v1/notification-templates/reminder.visit.tomorrow").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        mvc.perform(post("/api/v1/notification-templates/reminder.visit.tomorrow/preview").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bodyId\":\"Besok {tanggal}: {business}\",\"bodyEn\":\"Tomorrow {date}: {business}\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("bodyId")))
                .andExpect(content().string(containsString("{tanggal}")));
        mvc.perform(post("/api/v1/notification-templates/reminder.visit.tomorrow/preview").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bodyId\":\"Besok {date}: {business}\",\"bodyEn\":\"Tomorrow {date}: {business}\"}"))
                .andExpect(jsonPath("$.id").value("Besok [date]: [business]"));

        mvc.perform(post("/admin/templat-pesan/reminder.visit.tomorrow").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("bodyId", "Kunjungan {nama}").param("bodyEn", "Visit {business}").param("version", etag.replace("\"", "")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Isian {nama} tidak dikenal")));
        mvc.perform(put("/api/v1/notification-templates/reminder.visit.tomorrow").with(user("admin").roles("ADMIN")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bodyId\":\"Pengingat: kunjungan ke {business} besok, {date}.\",\"bodyEn\":\"Reminder: visit {business} tomorrow, {date}.\"}"))
                .andExpect(status().isOk()).andExpect(header().exists("ETag"));
        mvc.perform(put("/api/v1/notification-templates/reminder.visit.tomorrow").with(user("admin").roles("ADMIN")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bodyId\":\"x {business}\",\"bodyEn\":\"y\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT body_en FROM notification_template WHERE kind = 'reminder.visit.tomorrow'").query(String.class).single())
                .isEqualTo("Reminder: visit {business} tomorrow, {date}.");
    }

    @Test
    void preferencesAreOnesOwnAndAnUnknownChoiceIsRefused() throws Exception {
        String etag = mvc.perform(get("/api/v1/notification-preferences").with(user("petugas.bengkalis")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.quietFrom").value("21:00:00"))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/notification-preferences").with(user("petugas.bengkalis")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"turnedOff\":[\"reminder.unknown/WHATSAPP\"],\"quietFrom\":\"22:00\",\"quietUntil\":\"06:00\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("turnedOff")));
        mvc.perform(put("/api/v1/notification-preferences").with(user("petugas.bengkalis")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"turnedOff\":[\"reminder.case.overdue/WHATSAPP\"],\"quietFrom\":\"22:00\",\"quietUntil\":\"06:00\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.turnedOff[0]").value("reminder.case.overdue/WHATSAPP"));

        mvc.perform(post("/akun/notifikasi").with(user("petugas.bengkalis")).with(csrf()).param("version", "1")
                        .param("on", "reminder.case.overdue/EMAIL").param("quietFrom", "21:30").param("quietUntil", "06:30"))
                .andExpect(redirectedUrl("/akun/notifikasi"));
        mvc.perform(get("/akun/notifikasi").with(user("petugas.bengkalis"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"21:30\"")));
    }

    @Test
    void aPersonsDeliveryLogIsReadByTheirRegionsOfficersAndNotByAnotherRegions() throws Exception {
        deliver(OWNER, null, null);
        String region = jdbc.sql("""
                        SELECT b.region_code FROM registry_business b JOIN identity_user u ON u.id = b.owner_user_id WHERE u.username = ? LIMIT 1""")
                .param(OWNER).query(String.class).single();
        String inside = region.startsWith("14.72") ? "petugas.dumai" : "petugas.palangkaraya";
        String outside = region.startsWith("14.72") ? "petugas.palangkaraya" : "petugas.dumai";

        mvc.perform(get("/api/v1/deliveries").param("username", OWNER).with(user(inside).roles("OFFICER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].channel", hasItem("INBOX"))).andExpect(jsonPath("$[*].status", hasItem("SENT")));
        mvc.perform(get("/api/v1/deliveries").param("username", OWNER).with(user(outside).roles("OFFICER"))).andExpect(status().isNotFound());
        mvc.perform(get("/pesan-terkirim").param("username", OWNER).with(user(outside).roles("OFFICER"))).andExpect(status().isNotFound());
        mvc.perform(get("/pesan-terkirim").param("username", OWNER).with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("terkirim")));
        mvc.perform(get("/pesan-terkirim").with(user(OWNER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/deliveries").param("username", "petugas.dumai").with(user(OWNER))).andExpect(status().isNotFound());
    }
}
