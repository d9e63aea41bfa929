package id.naikkelas.identity;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API tokens (ADR 0008): a token acts exactly as its account, and nothing else gets through. */
@IntegrationTest
class ApiTokensTest {

    static final String PASSWORD = "Demo-2026!";
    static final Pattern TOKEN = Pattern.compile("nk_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Accounts accounts;
    @Autowired
    JsonMapper json;
    @Autowired
    TestClock clock;

    @Test
    void aTokenReadsTheApiAsItsAccountWithItsJurisdiction() throws Exception {
        String token = issueByApi("petugas.dumai", "jurisdiction check");
        long dumai = businessIn("14.72.");
        long bengkalis = businessIn("14.03.");

        mvc.perform(get("/api/v1/businesses/" + dumai).with(bearer(token))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(dumai));
        // another region's business: not found, just as for the person with their password
        mvc.perform(get("/api/v1/businesses/" + bengkalis).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/businesses/" + bengkalis).with(httpBasic("petugas.dumai", PASSWORD))).andExpect(status().isNotFound());

        // the same list, item for item, as the account's own login gets
        String byToken = mvc.perform(get("/api/v1/businesses").param("size", "100").with(bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String byPassword = mvc.perform(get("/api/v1/businesses").param("size", "100").with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byToken).isEqualTo(byPassword).contains("\"id\":" + dumai).doesNotContain("\"id\":" + bengkalis + ",");

        // an owner's token sees only the owner's own businesses
        String owner = issueByApi("pemilik.demo", "owner check");
        mvc.perform(get("/api/v1/businesses/" + bengkalis).with(bearer(owner))).andExpect(status().isNotFound());
    }

    @Test
    void revokedExpiredUnknownAndMalformedTokensAreRefusedWithProblemDetails() throws Exception {
        expectRefused("Bearer not-a-token", "MALFORMED", "tidak berformat benar");
        expectRefused("Bearer " + TokenSecret.generate(), "UNKNOWN", "tidak dikenal");

        String revoked = issueByApi("petugas.dumai", "to revoke");
        mvc.perform(delete("/api/v1/tokens/" + idOf(revoked)).with(bearer(revoked))).andExpect(status().isNoContent());
        expectRefused("Bearer " + revoked, "REVOKED", "sudah dicabut");
        mvc.perform(get("/api/v1/tokens").with(bearer(revoked)).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("This API token has been revoked."));

        String expired = issueByApi("petugas.dumai", "to expire");
        // a 30-day token, 31 days on
        clock.advance(java.time.Duration.ofDays(31));
        try {
            expectRefused("Bearer " + expired, "EXPIRED", "kedaluwarsa");
            // a refused token is refused even where no sign-in is needed: it does not fall back to anonymous
            mvc.perform(get("/api/v1/regions").param("parent", "14").header("Authorization", "Bearer " + expired))
                    .andExpect(status().isUnauthorized());
        } finally {
            clock.reset();
        }
        // no credentials at all: a problem too, naming both ways in
        mvc.perform(get("/api/v1/tokens")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("Bearer")));
        // HTTP Basic keeps working for a person's quick use
        mvc.perform(get("/api/v1/tokens").with(httpBasic("petugas.dumai", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aDisabledOrLockedAccountsTokensStopAtOnce() throws Exception {
        if (!accounts.usernameTaken("token.kunci")) {
            accounts.create(new Accounts.NewUser("token.kunci", "Token Kunci", null, null, "Rahasia-Kuat-1", null,
                    Set.of(Role.OFFICER), List.of("14.72")));
        }
        String token = AsUser.call("token.kunci", () -> tokens.issue("kunci", 30)).secret();
        mvc.perform(get("/api/v1/tokens").with(bearer(token))).andExpect(status().isOk());

        jdbc.sql("UPDATE app_user SET locked_until = now() + interval '15 minutes' WHERE username = 'token.kunci'").update();
        expectRefused("Bearer " + token, "ACCOUNT_UNAVAILABLE", "dinonaktifkan atau sedang terkunci");
        jdbc.sql("UPDATE app_user SET locked_until = NULL WHERE username = 'token.kunci'").update();
        mvc.perform(get("/api/v1/tokens").with(bearer(token))).andExpect(status().isOk());

        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = 'token.kunci'").update();
        expectRefused("Bearer " + token, "ACCOUNT_UNAVAILABLE", "dinonaktifkan");
    }

    @Test
    void onlyTheHashIsStoredAndTheAuditTrailNeverSeesTheSecret() throws Exception {
        String token = issueByApi("petugas.bengkalis", "clear-text scan");
        long id = idOf(token);
        // every column of every token row, as text: neither the token nor its secret part appears
        for (String needle : List.of(token, token.substring(7), token.substring(20, 40))) {
            assertThat(jdbc.sql("SELECT count(*) FROM api_token t WHERE row_to_json(t)::text LIKE ?").param("%" + needle + "%")
                    .query(Integer.class).single()).as(needle).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE changes::text LIKE ?").param("%" + needle + "%")
                    .query(Integer.class).single()).as(needle).isZero();
        }
        assertThat(jdbc.sql("SELECT secret_hash FROM api_token WHERE id = ?").param(id).query(byte[].class).single())
                .isEqualTo(TokenSecret.hash(token));
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE tablename = 'api_token' AND indexdef LIKE 'CREATE UNIQUE INDEX%(secret_hash)'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePageShowsANewTokenOnceAndItWorks() throws Exception {
        String page = mvc.perform(post("/akun/token").with(user("petugas.dumai")).with(csrf())
                        .param("name", "Skrip rekap mingguan").param("days", "90"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hanya ditampilkan sekali")))
                .andReturn().getResponse().getContentAsString();
        var found = TOKEN.matcher(page);
        assertThat(found.find()).isTrue();
        String token = found.group();
        assertThat(page).contains("data-copy=\"#new-token\"");

        mvc.perform(get("/api/v1/tokens").with(bearer(token))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Skrip rekap mingguan')].status").value("ACTIVE"))
                .andExpect(content().string(not(containsString(token))));
        mvc.perform(get("/akun/token").with(user("petugas.dumai"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Skrip rekap mingguan")))
                .andExpect(content().string(containsString(TokenSecret.hint(token))))
                .andExpect(content().string(not(containsString(token))));
        assertThat(jdbc.sql("SELECT expires_at - created_at FROM api_token WHERE id = ?").param(idOf(token))
                .query(String.class).single()).isEqualTo("90 days");
    }

    @Test
    void aPagePostWithoutCsrfIssuesNothingAndFieldErrorsAreInTheUsersLanguage() throws Exception {
        int before = count();
        mvc.perform(post("/akun/token").with(user("petugas.dumai")).param("name", "tanpa csrf").param("days", "30"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/akun/token").with(user("petugas.dumai")).with(csrf()).param("name", " ").param("days", "400"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("Masa berlaku 1 sampai 365 hari.")));
        mvc.perform(post("/akun/token").with(user("petugas.dumai")).with(csrf()).cookie(new jakarta.servlet.http.Cookie("lang", "en"))
                        .param("name", "x".repeat(81)).param("days", "0"))
                .andExpect(content().string(containsString("A token name has at most 80 characters.")))
                .andExpect(content().string(containsString("Valid for 1 to 365 days.")));
        mvc.perform(post("/api/v1/tokens").with(httpBasic("petugas.dumai", PASSWORD)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'days')].message").value("This field is required."));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aTokenCannotIssueTokens() throws Exception {
        String token = issueByApi("petugas.dumai", "no minting");
        int before = count();
        mvc.perform(post("/api/v1/tokens").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"successor\",\"days\":365}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("tidak dapat membuat token baru")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anAccountCannotRevokeAnotherAccountsTokenButAnAdministratorCan() throws Exception {
        String token = issueByApi("petugas.dumai", "someone else's");
        long id = idOf(token);
        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("petugas.bengkalis", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(post("/akun/token/" + id + "/cabut").with(user("petugas.bengkalis")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(user("petugas.bengkalis").roles("OFFICER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tokens").with(bearer(token))).andExpect(status().isOk());

        mvc.perform(get("/admin/tokens").param("q", "petugas.dumai").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("someone else&#39;s")));
        mvc.perform(post("/admin/tokens/" + id + "/revoke").param("q", "petugas.dumai").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/tokens?q=petugas.dumai"));
        expectRefused("Bearer " + token, "REVOKED", "sudah dicabut");
        assertThat(jdbc.sql("SELECT revoked_by FROM api_token WHERE id = ?").param(id).query(String.class).single()).isEqualTo("admin");
        assertThat(jdbc.sql("""
                        SELECT string_agg(action || ':' || actor, ',' ORDER BY id) FROM audit_event
                        WHERE entity_type = 'api_token' AND entity_id = ?""")
                .param(String.valueOf(id)).query(String.class).single()).isEqualTo("CREATE:petugas.dumai,REVOKE:admin");
    }

    @Test
    void lastUseIsRecordedAtMostOnceAMinute() throws Exception {
        String token = issueByApi("petugas.dumai", "last used");
        long id = idOf(token);
        assertThat(lastUsed(id)).isNull();
        mvc.perform(get("/api/v1/tokens").with(bearer(token))).andExpect(status().isOk());
        var first = lastUsed(id);
        assertThat(first).isNotNull();
        mvc.perform(get("/api/v1/tokens").with(bearer(token))).andExpect(status().isOk());
        assertThat(lastUsed(id)).as("no second write within the minute").isEqualTo(first);

        clock.advance(java.time.Duration.ofSeconds(61));
        try {
            mvc.perform(get("/api/v1/tokens").with(bearer(token))).andExpect(status().isOk());
            assertThat(lastUsed(id)).isAfter(first);
        } finally {
            clock.reset();
        }
    }

    private String issueByApi(String username, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of("name", name + " " + System.nanoTime(), "days", 30))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asString();
    }

    private void expectRefused(String authorization, String code, String detail) throws Exception {
        mvc.perform(get("/api/v1/tokens").header("Authorization", authorization))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private long idOf(String token) {
        return jdbc.sql("SELECT id FROM api_token WHERE secret_hash = ?").param(TokenSecret.hash(token)).query(Long.class).single();
    }

    private long businessIn(String regionPrefix) {
        return jdbc.sql("SELECT min(id) FROM business WHERE region_code LIKE ?").param(regionPrefix + "%").query(Long.class).single();
    }

    private OffsetDateTime lastUsed(long id) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE id = ?").param(id)
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).list().get(0);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM api_token").query(Integer.class).single();
    }
}
