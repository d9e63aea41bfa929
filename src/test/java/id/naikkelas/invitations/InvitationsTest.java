package id.naikkelas.invitations;

import id.naikkelas.IntegrationTest;
import id.naikkelas.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18 part 2 (ADR 0015): a program manager invites people of their agency or its partners, never with a role or
 * a region beyond their own; the link works once, for seven days, and a new invitation spends the old one.
 */
@IntegrationTest
class InvitationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anInviteeSetsAPasswordFromTheLinkOnceAndGetsTheRoleAndAgencyInvitedTo() throws Exception {
        String username = unique("pendamping");
        String link = invite("manajer.dumai", username, agency("Loka POM di Kota Dumai"), "FACILITATOR", "[\"14.72.01\"]");
        String path = link.substring(link.indexOf("/undangan/terima/"));
        assertThat(jdbc.sql("SELECT count(*) FROM invitation WHERE token_hash = ?").param(link.substring(link.lastIndexOf('/') + 1))
                .query(Integer.class).single()).as("the token itself is never stored").isZero();

        mvc.perform(get(path)).andExpect(status().isOk());
        mvc.perform(post(path).with(csrf()).param("password", "Kopi-Dumai-Barat-77").param("confirmPassword", "Kopi-Dumai-Barat-77"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/login?undangan*"));
        var account = jdbc.sql("SELECT u.roles[1] || ' ' || a.name || ' ' || u.region_codes[1] FROM app_user u JOIN agency a ON a.id = u.agency_id "
                + "WHERE u.username = ?").param(username).query(String.class).single();
        assertThat(account).isEqualTo("FACILITATOR Loka POM di Kota Dumai 14.72.01");

        mvc.perform(get(path)).andExpect(status().isGone());
        mvc.perform(post(path).with(csrf()).param("password", "Lain-Lagi-Sandi-88").param("confirmPassword", "Lain-Lagi-Sandi-88"))
                .andExpect(status().isGone());
    }

    @Test
    void aWeakPasswordIsRefusedOnTheLinkPageAndTheLinkStillWorks() throws Exception {
        String link = invite("manajer.dumai", unique("lemah"), agency("Loka POM di Kota Dumai"), "OFFICER", "[]");
        String path = link.substring(link.indexOf("/undangan/terima/"));
        mvc.perform(post(path).with(csrf()).param("password", "password123").param("confirmPassword", "password123"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void aManagerGivesNoRoleAboveTheirsNorARegionOrAgencyOutsideTheirs() throws Exception {
        long dumai = agency("Loka POM di Kota Dumai");
        refused("manajer.dumai", dumai, "ADMIN", "[]", "role");
        refused("manajer.dumai", dumai, "OWNER", "[]", "role");
        refused("manajer.dumai", dumai, "FACILITATOR", "[\"14.03\"]", "regionCodes");
        refused("manajer.dumai", agency("Dinas Koperasi dan UKM Kabupaten Bengkalis"), "FACILITATOR", "[]", "agencyId");
        // a partner organisation's member is a facilitator or the partner's contact, not an officer
        refused("manajer.dumai", agency("Dinas Kesehatan Kota Dumai"), "OFFICER", "[]", "role");
        // an officer invites nobody
        mvc.perform(get("/api/v1/invitations").with(user("petugas.dumai"))).andExpect(status().isForbidden());
        mvc.perform(get("/undangan").with(user("petugas.dumai"))).andExpect(status().isForbidden());
    }

    @Test
    void aPartnerOrganisationsMemberIsInvitedWithinTheManagersRegion() throws Exception {
        // Universitas Palangka Raya partners in UMKM Berdikari, run by BBPOM Palangka Raya; its manager is an officer there,
        // so an administrator makes the partner invitation here and a Dumai manager may invite the Dumai health office's people
        String username = unique("mhs");
        invite("manajer.dumai", username, agency("Dinas Kesehatan Kota Dumai"), "FACILITATOR", "[]");
        mvc.perform(get("/api/v1/invitations/agencies").with(user("manajer.dumai")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Dinas Kesehatan Kota Dumai")));
        // Bandar Lampung's programs have no partnership with the university: its manager cannot invite there
        // (Dumai's may, once a Dumai program partners with it, as the access-matrix world's do)
        mvc.perform(get("/api/v1/invitations/agencies").with(user("petugas.bandarlampung")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", not(hasItem("Universitas Palangka Raya"))));
    }

    @Test
    void anotherAgencySeesNeitherRevokesNorResendsTheInvitation() throws Exception {
        String username = unique("rahasia");
        invite("manajer.dumai", username, agency("Loka POM di Kota Dumai"), "OFFICER", "[]");
        long id = jdbc.sql("SELECT id FROM invitation WHERE username = ?").param(username).query(Long.class).single();
        mvc.perform(get("/api/v1/invitations").with(user("petugas.bandarlampung")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].username", not(hasItem(username))));
        mvc.perform(post("/api/v1/invitations/{id}/revoke", id).with(user("petugas.bandarlampung")).header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/invitations/{id}/resend", id).with(user("petugas.bandarlampung")).header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM invitation WHERE id = ?").param(id).query(String.class).single()).isEqualTo("PENDING");

        mvc.perform(get("/api/v1/invitations").with(user("manajer.dumai")))
                .andExpect(jsonPath("$[*].username", hasItem(username)));
        mvc.perform(post("/api/v1/invitations/{id}/revoke", id).with(user("manajer.dumai")).header("If-Match", "\"0\""))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT status FROM invitation WHERE id = ?").param(id).query(String.class).single()).isEqualTo("REVOKED");
    }

    @Test
    void aNewInvitationOrAResendSpendsTheOldLinkAndALinkExpiresAfterSevenDays() throws Exception {
        String username = unique("ulang");
        long dumai = agency("Loka POM di Kota Dumai");
        String first = invite("manajer.dumai", username, dumai, "OFFICER", "[]");
        String second = invite("manajer.dumai", username, dumai, "OFFICER", "[]");
        mvc.perform(get(first.substring(first.indexOf("/undangan/")))).andExpect(status().isGone());
        mvc.perform(get(second.substring(second.indexOf("/undangan/")))).andExpect(status().isOk());

        var pending = jdbc.sql("SELECT id, version FROM invitation WHERE username = ? AND status = 'PENDING'").param(username)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        var resent = mvc.perform(post("/api/v1/invitations/{id}/resend", pending[0]).with(user("manajer.dumai"))
                        .header("If-Match", "\"" + pending[1] + "\""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String third = json.readTree(resent).get("link").asString();
        mvc.perform(get(second.substring(second.indexOf("/undangan/")))).andExpect(status().isGone());

        clock.advance(Duration.ofDays(8));
        mvc.perform(get(third.substring(third.indexOf("/undangan/")))).andExpect(status().isGone());
        mvc.perform(get("/api/v1/invitations").with(user("manajer.dumai")))
                .andExpect(jsonPath("$[?(@.username == '" + username + "')].status", hasItem("EXPIRED")));
    }

    @Test
    void aTemporaryPasswordLeadsEveryPageToThePasswordFormUntilChanged() throws Exception {
        String username = unique("sementara");
        var answer = mvc.perform(post("/api/v1/invitations").with(user("manajer.dumai")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "fullName": "Budi Santoso", "phone": "0812 7700 1234", "agencyId": %d,
                                 "role": "OFFICER", "regionCodes": [], "temporaryPassword": "Sementara-Dumai-4411"}"""
                                .formatted(username, agency("Loka POM di Kota Dumai"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(answer).get("link").isNull()).isTrue();

        mvc.perform(get("/program").with(user(username))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/akun/password*"));
        mvc.perform(get("/api/v1/programs").with(user(username))).andExpect(status().isForbidden());
        mvc.perform(get("/akun/password").with(user(username))).andExpect(status().isOk());
        mvc.perform(post("/akun/password").with(user(username)).with(csrf()).param("currentPassword", "Sementara-Dumai-4411")
                        .param("newPassword", "Tepian-Sungai-Rokan-92").param("confirmPassword", "Tepian-Sungai-Rokan-92"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/program").with(user(username))).andExpect(status().isOk());
    }

    @Test
    void anInviteeWhoGaveOnlyAnEmailAddressIsSentTheLinkThere() throws Exception {
        String username = unique("surel");
        mvc.perform(post("/api/v1/invitations").with(user("manajer.dumai")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "fullName": "Rina Surel", "email": "%s@example.test", "agencyId": %d,
                                 "role": "FACILITATOR", "regionCodes": ["14.72.01"]}""".formatted(username, username, agency("Loka POM di Kota Dumai"))))
                .andExpect(status().isCreated());
        // the embedded default has no mail server, so the delivery is logged as not reaching; with one it is sent
        // (AddressMessageTest): either way the invitation went to the address, not nowhere
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT channel || ' ' || kind FROM notification_delivery WHERE address = ?")
                .param(username + "@example.test").query(String.class).list()).containsExactly("EMAIL invitation.message"));
    }

    @Test
    void anAppTakesALinkUpByTheApiOnceEvenWhenItIsSentTwiceAtOnce() throws Exception {
        String username = unique("aplikasi");
        String link = invite("manajer.dumai", username, agency("Loka POM di Kota Dumai"), "FACILITATOR", "[\"14.72.01\"]");
        String api = "/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1);
        // without signing in, what the page shows: who, as what, where; no contact, id, regions or expiry
        mvc.perform(get(api)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username)).andExpect(jsonPath("$.fullName").value("Sari Wulandari"))
                .andExpect(jsonPath("$.role").value("FACILITATOR")).andExpect(jsonPath("$.agencyName").value("Loka POM di Kota Dumai"))
                .andExpect(jsonPath("$.phone").doesNotExist()).andExpect(jsonPath("$.id").doesNotExist())
                .andExpect(jsonPath("$.regionCodes").doesNotExist()).andExpect(jsonPath("$.expiresAt").doesNotExist());

        // refused the way the page refuses: the field named, nothing made, the link still good
        acceptByApi(api, null, "password123", "password123").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        acceptByApi(api, null, "Kopi-Dumai-Barat-77", "Kopi-Dumai-Barat-78").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("confirmPassword"));
        acceptByApi(api, "orang.lain", "Kopi-Dumai-Barat-77", "Kopi-Dumai-Barat-77").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        String huge = "Kopi-Dumai-".repeat(20);
        acceptByApi(api, null, huge, huge).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post(api + "/accept").contentType(MediaType.APPLICATION_JSON).content("{\"password\": [1, 2"))
                .andExpect(status().isBadRequest());
        assertThat(accounts(username)).isZero();

        var start = new java.util.concurrent.CyclicBarrier(2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> take = () -> {
                start.await();
                return acceptByApi(api, username, "Kopi-Dumai-Barat-77", "Kopi-Dumai-Barat-77").andReturn().getResponse().getStatus();
            };
            var answers = pool.invokeAll(java.util.List.of(take, take));
            assertThat(java.util.List.of(answers.get(0).get(), answers.get(1).get())).containsExactlyInAnyOrder(201, 404);
        } finally {
            pool.shutdown();
        }
        assertThat(accounts(username)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT u.roles[1] || ' ' || u.region_codes[1] FROM app_user u WHERE u.username = ?").param(username)
                .query(String.class).single()).isEqualTo("FACILITATOR 14.72.01");

        mvc.perform(get(api)).andExpect(status().isNotFound());
        acceptByApi(api, null, "Lain-Lagi-Sandi-88", "Lain-Lagi-Sandi-88").andExpect(status().isNotFound());
        // the token's shape opens the way in only to these two: the inviter's operations still want a signed-in caller
        mvc.perform(get("/api/v1/invitations/agencies")).andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredLinkAnswers410ByTheApiAndMakesNothing() throws Exception {
        String username = unique("basi");
        String link = invite("manajer.dumai", username, agency("Loka POM di Kota Dumai"), "OFFICER", "[]");
        String api = "/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1);
        clock.advance(Duration.ofDays(8));
        mvc.perform(get(api)).andExpect(status().isGone());
        acceptByApi(api, null, "Kopi-Dumai-Barat-77", "Kopi-Dumai-Barat-77").andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kedaluwarsa")));
        assertThat(accounts(username)).isZero();
        mvc.perform(get("/api/v1/invitations/" + "x".repeat(43))).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions acceptByApi(String api, String username, String password, String confirm)
            throws Exception {
        var body = new java.util.LinkedHashMap<String, String>();
        body.put("username", username);
        body.put("password", password);
        body.put("confirmPassword", confirm);
        return mvc.perform(post(api + "/accept").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private int accounts(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username).query(Integer.class).single();
    }

    private String invite(String manager, String username, long agencyId, String role, String regions) throws Exception {
        var answer = mvc.perform(post("/api/v1/invitations").with(user(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "fullName": "Sari Wulandari", "phone": "0812 7700 %04d", "agencyId": %d, "role": "%s",
                                 "regionCodes": %s}""".formatted(username, Math.abs(username.hashCode() % 10000), agencyId, role, regions)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("link").asString();
    }

    private void refused(String manager, long agencyId, String role, String regions, String field) throws Exception {
        mvc.perform(post("/api/v1/invitations").with(user(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "fullName": "Sari", "email": "sari@example.id", "agencyId": %d, "role": "%s",
                                 "regionCodes": %s}""".formatted(unique("tolak"), agencyId, role, regions)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private long agency(String name) {
        return jdbc.sql("SELECT id FROM agency WHERE name = ?").param(name).query(Long.class).single();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
