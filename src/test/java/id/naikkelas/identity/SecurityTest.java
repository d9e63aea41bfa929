package id.naikkelas.identity;

import id.naikkelas.common.Today;
import id.naikkelas.IntegrationTest;
import id.naikkelas.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityTest {

    @Autowired
    private Today today;
    @Autowired
    private TestClock clock;

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    org.springframework.security.web.FilterChainProxy filters;

    @Test
    void aVisitorOfThePublicPagesCostsNoSessionAndStillSignsIn() throws Exception {
        // spring-security-test's csrf() swaps the shared CsrfFilter's repository for a session-based one (for MockMvc);
        // the real server must be seen here with the configured one
        filters.getFilterChains().forEach(chain -> chain.getFilters().stream()
                .filter(org.springframework.security.web.csrf.CsrfFilter.class::isInstance)
                .forEach(filter -> org.springframework.test.util.ReflectionTestUtils.setField(filter, "tokenRepository",
                        SecurityConfiguration.csrfCookie())));
        var visitor = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        long before = sessionRows();
        String loginPage = null;
        for (String path : List.of("/katalog", "/statistik", "/cek-izin", "/verifikasi", "/pengaduan", "/pembeli/daftar", "/login")) {
            var response = visitor.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(cookie -> cookie.startsWith("SESSION="));
            loginPage = response.body();
        }
        assertThat(sessionRows()).isEqualTo(before);

        // the login form's token came with its cookie; signing in makes the session
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).isTrue();
        var signedIn = visitor.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=petugas.lampung&password=Demo-2026%21&_csrf="
                        + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(sessionRows()).isEqualTo(before + 1);
    }

    private long sessionRows() {
        return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    }

    @Test
    void demoUsersSignInAndLandOnTheirRolesHomePage() throws Exception {
        mvc.perform(formLogin("/login").user("petugas.dumai").password("Demo-2026!"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").with(user("petugas.dumai").roles("OFFICER"))).andExpect(redirectedUrl("/petugas"));
        mvc.perform(get("/").with(user("admin").roles("ADMIN"))).andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/").with(user("pendamping.palangkaraya").roles("FACILITATOR"))).andExpect(redirectedUrl("/pendamping"));
    }

    @Test
    void wrongPasswordsSlowDownThatNameFromThatSourceAndAnUnknownNameGetsTheSameAnswers() throws Exception {
        createUser("kunci.test", Role.OFFICER);
        for (String name : List.of("kunci.test", "belum.pernah.ada")) {
            for (int i = 0; i < 3; i++) {
                mvc.perform(signIn(name, "wrong-password-" + i, "10.1.1.1")).andExpect(redirectedUrl("/login?error"));
            }
            // the fourth attempt waits (1 s, doubling; here made 8 s so a slow machine cannot outlast it), even with
            // the right password: its password is not checked at all
            slowDown(name, "10.1.1.1");
            mvc.perform(signIn(name, "Rahasia-Kuat-1", "10.1.1.1")).andExpect(redirectedUrlPattern("/login?wait=*"));
        }
        mvc.perform(get("/login").param("wait", "1")).andExpect(content().string(org.hamcrest.Matchers.containsString("Coba lagi dalam 1 detik")));
        mvc.perform(get("/login").param("wait", "1 detik. Hubungi 0812")).andExpect(content().string(
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Hubungi"))));

        // nobody elsewhere can lock the real person out: the account itself is never locked
        mvc.perform(signIn("kunci.test", "Rahasia-Kuat-1", "10.2.2.2")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("SELECT locked_until FROM app_user WHERE username = 'kunci.test'").query(java.time.OffsetDateTime.class).optional()).isEmpty();

        // once the wait is over, the right password from the first source works and clears that name's count there
        clock.advance(java.time.Duration.ofMinutes(1));
        try {
            mvc.perform(signIn("kunci.test", "Rahasia-Kuat-1", "10.1.1.1")).andExpect(redirectedUrl("/"));
            mvc.perform(signIn("kunci.test", "wrong-again", "10.1.1.1")).andExpect(redirectedUrl("/login?error"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aProgramGuessingPasswordsOverBasicIsToldToWaitWithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/tokens").with(httpBasic("petugas.dumai", "salah-" + i)).with(from("10.3.3.3")))
                    .andExpect(status().isUnauthorized());
        }
        slowDown("petugas.dumai", "10.3.3.3");
        mvc.perform(get("/api/v1/tokens").with(httpBasic("petugas.dumai", "Demo-2026!")).with(from("10.3.3.3")).header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesRegex("[1-8]")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*Try again in [1-8] seconds?\\..*")));
        mvc.perform(get("/api/v1/tokens").with(httpBasic("petugas.dumai", "Demo-2026!"))).andExpect(status().isOk());
    }

    @Test
    void oneSourceTryingManyNamesWaitsTooAndEachWaitDoublesUpToTheMaximum() {
        var throttle = new LoginThrottle(jdbc, 3, 5, java.time.Duration.ofMinutes(15), today);
        for (int i = 0; i < 8; i++) {
            throttle.failed("nama-" + i, "10.4.4.4");
        }
        assertThat(throttle.waitBefore("nama-baru", "10.4.4.4")).isPositive();
        assertThat(throttle.waitBefore("nama-baru", "10.5.5.5")).isZero();
        assertThat(throttle.wait(2, 3)).isZero();
        assertThat(throttle.wait(3, 3)).hasSeconds(1);
        assertThat(throttle.wait(6, 3)).hasSeconds(8);
        assertThat(throttle.wait(40, 3)).hasMinutes(15);
        // a typed name is a stranger's text: bounded, and a NUL cannot break the statement
        throttle.failed("x".repeat(5000) + "\u0000", "10.6.6.6");
        assertThat(throttle.waitBefore("x".repeat(5000) + "\u0000", "10.6.6.6")).isZero();
    }

    /** Three more failures on the count of this name from this source, as if typed just now: a wait of 8 s. */
    private void slowDown(String name, String source) {
        assertThat(jdbc.sql("UPDATE login_failure SET failures = failures + 3, last_failure = ? WHERE throttle_key = ?")
                .params(today.now(), "name:" + name + "@" + source).update()).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String name, String password, String source) {
        return post("/login").param("username", name).param("password", password).with(csrf()).with(from(source));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String source) {
        return request -> {
            request.setRemoteAddr(source);
            return request;
        };
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRejectedAndChangesNothing() throws Exception {
        createUser("csrf.test", Role.OWNER);
        String before = passwordHash("csrf.test");
        mvc.perform(post("/akun/password").with(user("csrf.test").roles("OWNER"))
                        .param("currentPassword", "Rahasia-Kuat-1").param("newPassword", "Sangat-Baru-99").param("confirmPassword", "Sangat-Baru-99"))
                .andExpect(status().isForbidden());
        assertThat(passwordHash("csrf.test")).isEqualTo(before);
    }

    @Test
    void passwordPolicyExplainsEachProblemInTheUsersLanguage() throws Exception {
        createUser("sandi.test", Role.OWNER);
        mvc.perform(post("/akun/password").with(user("sandi.test").roles("OWNER")).with(csrf())
                        .param("currentPassword", "Rahasia-Kuat-1").param("newPassword", "pendek").param("confirmPassword", "pendek"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kata sandi minimal 10 karakter.")));
        mvc.perform(post("/akun/password").with(user("sandi.test").roles("OWNER")).with(csrf()).locale(Locale.ENGLISH)
                        .cookie(new jakarta.servlet.http.Cookie("lang", "en"))
                        .param("currentPassword", "salah-sekali-1").param("newPassword", "abcdefghijkl").param("confirmPassword", "abcdefghijkl"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The current password is not correct.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The password must contain letters and also digits or symbols.")));
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .matches("Rahasia-Kuat-1", passwordHash("sandi.test").replace("{bcrypt}", ""))).isTrue();

        mvc.perform(post("/akun/password").with(user("sandi.test").roles("OWNER")).with(csrf())
                        .param("currentPassword", "Rahasia-Kuat-1").param("newPassword", "Kopi-Robusta-7").param("confirmPassword", "Kopi-Robusta-7"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("sandi.test").password("Kopi-Robusta-7")).andExpect(redirectedUrl("/"));
    }

    @Test
    void administratorScreensAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/users").with(user("petugas.dumai").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user("petugas.dumai").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiNeedsCredentialsExceptForPublicReferenceData() throws Exception {
        mvc.perform(get("/api/v1/regions").param("parent", "14.72")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Dumai Barat")));
        mvc.perform(get("/api/v1/regions/99.99")).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/regions")));
    }

    @Test
    void healthAndPrometheusMetricsAreServedForOperations() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UP")));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("petugas.dumai", "Demo-2026!"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "Demo-2026!"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void changingThePasswordSignsThePersonOutEverywhereElse() throws Exception {
        createUser("sesi.test", Role.OFFICER);
        var here = signedIn("sesi.test", "Rahasia-Kuat-1");
        var elsewhere = signedIn("sesi.test", "Rahasia-Kuat-1");
        var form = here.send(page("/akun/password").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var changed = here.send(page("/akun/password").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("currentPassword=Rahasia-Kuat-1&newPassword=Kelapa-Muda-Segar-77"
                        + "&confirmPassword=Kelapa-Muda-Segar-77&_csrf=" + formToken(form))).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        var other = elsewhere.send(page("/usaha").GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(other.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        var same = here.send(page("/usaha").GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(same.statusCode()).isEqualTo(200);
    }

    @Test
    void pagesOfASignedInPersonMoveTheSessionsLastAccessAtMostOnceAMinute() throws Exception {
        createUser("sesi.sentuh", Role.OFFICER);
        var person = signedIn("sesi.sentuh", "Rahasia-Kuat-1");
        var touched = "SELECT last_access_time FROM spring_session WHERE principal_name = 'sesi.sentuh'";
        assertThat(person.send(page("/usaha").GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        long first = jdbc.sql(touched).query(Long.class).single();

        for (int i = 0; i < 3; i++) {
            assertThat(person.send(page("/usaha").GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        }
        assertThat(jdbc.sql(touched).query(Long.class).single()).isEqualTo(first);

        // as if the last page were two minutes ago: the next page moves the time to now
        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 120000 WHERE principal_name = 'sesi.sentuh'").update();
        assertThat(person.send(page("/usaha").GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql(touched).query(Long.class).single()).isGreaterThanOrEqualTo(first);
    }

    private java.net.http.HttpClient signedIn(String username, String password) throws Exception {
        var client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        var login = client.send(page("/login").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var response = client.send(page("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + formToken(login))).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    private java.net.http.HttpRequest.Builder page(String path) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    private static String formToken(String html) {
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aClientCannotWriteAnotherAddressIntoTheAuditTrail() throws Exception {
        var create = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("petugas.dumai:Demo-2026!".getBytes()))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.9")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"alamat palsu\",\"days\":30}")).build();
        var response = java.net.http.HttpClient.newHttpClient().send(create, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        var ips = jdbc.sql("SELECT actor_ip FROM audit_event WHERE actor = 'petugas.dumai' AND entity_type = 'api_token' ORDER BY id DESC LIMIT 1")
                .query(String.class).list();
        assertThat(ips).hasSize(1).first().isNotEqualTo("203.0.113.9");
    }

    @Test
    void jsonAnswersAndPagesLimitWhatABrowserMayDoWithThem() throws Exception {
        mvc.perform(get("/api/v1/regions"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("microphone=()")));
        mvc.perform(get("/login"))
                .andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=(self)")));
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void unknownPagesShowTheFriendlyNotFoundPageInBothLanguages() throws Exception {
        mvc.perform(get("/tidak-ada").accept("text/html").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Halaman tidak ditemukan")));
        mvc.perform(get("/tidak-ada").accept("text/html").cookie(new jakarta.servlet.http.Cookie("lang", "en")).with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
        // a program asking for JSON gets problem details
        mvc.perform(get("/api/v1/tidak-ada").accept("application/json").with(httpBasic("admin", "Demo-2026!")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private void createUser(String username, Role role) {
        if (!accounts.usernameTaken(username)) {
            accounts.create(new Accounts.NewUser(username, "Test " + username, null, null, "Rahasia-Kuat-1", null,
                    Set.of(role), List.of()));
        }
    }

    private String passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class).single();
    }
}
