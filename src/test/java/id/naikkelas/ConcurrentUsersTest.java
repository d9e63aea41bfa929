package id.naikkelas;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Many people at once, as on a busy morning in a provincial office: the failures seen under load
 * (duplicate session attributes, a pool that ran dry because requests held two connections) must not
 * come back. Not a timed test: it counts errors and nested connections, with a generous timeout.
 */
@IntegrationTest
class ConcurrentUsersTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The object each detail page of a path prefix shows: a demo row of its table. */
    private static final Map<String, String> DETAIL_TABLES = Map.ofEntries(
            Map.entry("/usaha/", "business"), Map.entry("/api/v1/businesses/", "business"),
            Map.entry("/kasus/", "certification_case"), Map.entry("/api/v1/cases/", "certification_case"),
            Map.entry("/program/", "program"), Map.entry("/api/v1/programs/", "program"),
            Map.entry("/pelatihan/", "training_event"), Map.entry("/api/v1/training/events/", "training_event"),
            Map.entry("/peserta/", "enrollment"), Map.entry("/api/v1/enrollments/", "enrollment"),
            Map.entry("/produk/", "product"), Map.entry("/api/v1/products/", "product"),
            Map.entry("/pemeriksaan/", "inspection"), Map.entry("/api/v1/inspections/", "inspection"));

    private static final List<String> BUSY_PAGES = List.of("/usaha", "/kasus", "/program", "/pelatihan", "/izin/perpanjangan",
            "/tindakan", "/petugas", "/usaha?q=kripik");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    @SuppressWarnings("rawtypes")
    SessionRepository sessions;
    @LocalServerPort
    int port;

    @Test
    void noPageOrApiReadHoldsTwoConnectionsAtOnceForAnyRole() throws Exception {
        var paths = readablePaths();
        assertThat(paths).hasSizeGreaterThan(40);
        var users = jdbc.sql("SELECT username, roles FROM app_user WHERE username IN "
                        + "('admin', 'petugas.lampung', 'manajer.dumai', 'pendamping.palangkaraya', 'pemilik.demo', 'mitra.demo')")
                .query((rs, i) -> Map.entry(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()))).list();
        var serverErrors = new ArrayList<String>();
        ConnectionWatch.reset();
        for (var u : users) {
            var authorities = u.getValue().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
            for (String path : paths) {
                int status = mvc.perform(get(path).with(user(u.getKey()).authorities(authorities))).andReturn().getResponse().getStatus();
                if (status >= 500) {
                    serverErrors.add(u.getKey() + " " + path + " → " + status);
                }
            }
        }
        assertThat(serverErrors).isEmpty();
        assertThat(ConnectionWatch.nestedSince()).isEmpty();
    }

    @Test
    void morePeopleThanPooledConnectionsAllGetTheirPages() throws Exception {
        int people = 24; // the pool has 10 connections
        ExecutorService pool = Executors.newFixedThreadPool(people);
        try {
            var signIns = new ArrayList<Future<HttpClient>>();
            for (int i = 0; i < people; i++) {
                String username = i % 2 == 0 ? "petugas.lampung" : "manajer.dumai";
                signIns.add(pool.submit(() -> signIn(username)));
            }
            var work = new ArrayList<Callable<List<Integer>>>();
            for (var signIn : signIns) {
                var person = signIn.get();
                work.add(() -> {
                    var statuses = new ArrayList<Integer>();
                    for (int round = 0; round < 2; round++) {
                        for (String page : BUSY_PAGES) {
                            statuses.add(person.send(page(page), HttpResponse.BodyHandlers.discarding()).statusCode());
                        }
                    }
                    return statuses;
                });
            }
            var statuses = new ArrayList<Integer>();
            for (var done : pool.invokeAll(work)) {
                statuses.addAll(done.get());
            }
            // the pages a manager of Dumai may not open answer 403/404, never 5xx or a timeout
            assertThat(statuses).hasSize(people * 2 * BUSY_PAGES.size()).allMatch(s -> s < 500);
            assertThat(statuses.stream().filter(s -> s == 200).count()).isGreaterThan(statuses.size() / 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoRequestsOfOneSessionStoringTheSameAttributeBothSucceed() {
        Session session = sessions.createSession();
        sessions.save(session);
        Session first = sessions.findById(session.getId());
        Session second = sessions.findById(session.getId());
        first.setAttribute("probe", "first");
        second.setAttribute("probe", "second");
        sessions.save(first);
        sessions.save(second);
        assertThat((String) sessions.findById(session.getId()).getAttribute("probe")).isEqualTo("second");
        sessions.deleteById(session.getId());
    }

    @Test
    void pagesOpenedAtOnceRightAfterSigningInAllCarryAWorkingFormToken() throws Exception {
        var person = signIn("petugas.lampung");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            var pages = new ArrayList<Callable<HttpResponse<String>>>();
            for (int i = 0; i < 12; i++) {
                pages.add(() -> person.send(page("/usaha"), HttpResponse.BodyHandlers.ofString()));
            }
            var tokens = new ArrayList<String>();
            for (var response : pool.invokeAll(pages)) {
                assertThat(response.get().statusCode()).isEqualTo(200);
                var token = CSRF.matcher(response.get().body());
                assertThat(token.find()).isTrue();
                tokens.add(token.group(1));
            }
            // each page's search form posts with the token it was given: none may be refused
            for (String token : tokens) {
                var posted = person.send(HttpRequest.newBuilder(uri("/usaha/cari"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("q=kripik&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.discarding());
                assertThat(posted.statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anErrorPageNeedsNeitherTheUserNorTheFormTokenFromTheDatabase() throws Exception {
        var person = signIn("petugas.lampung");
        // a POST without its form token is refused and answered by the error page
        var refused = person.send(HttpRequest.newBuilder(uri("/usaha/cari")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=kripik")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<main").doesNotContain("name=\"_csrf\"").doesNotContain("Agus Setiawan");
    }

    /** Every GET page and API read without path variables, and the detail pages of one demo object each. */
    private List<String> readablePaths() {
        var paths = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().isEmpty() && !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/logout") || pattern.startsWith("/error")) {
                    continue;
                }
                if (!pattern.contains("{")) {
                    paths.add(pattern);
                    continue;
                }
                var detail = Pattern.compile("^(.*/)\\{(id|businessId|productId)}(/[^{}]*)?$").matcher(pattern);
                if (detail.matches() && DETAIL_TABLES.containsKey(detail.group(1))) {
                    var id = jdbc.sql("SELECT min(id) FROM " + DETAIL_TABLES.get(detail.group(1))).query(Long.class).optional();
                    id.ifPresent(value -> paths.add(detail.group(1) + value + (detail.group(3) == null ? "" : detail.group(3))));
                }
            }
        });
        return List.copyOf(paths);
    }

    private HttpClient signIn(String username) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var login = client.send(page("/login"), HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(login.body());
        assertThat(token.find()).isTrue();
        var form = "username=" + username + "&password=" + URLEncoder.encode("Demo-2026!", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var signedIn = client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    private HttpRequest page(String path) {
        // a request that waits on a stalled pool fails here instead of hanging the build
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").timeout(Duration.ofSeconds(20)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Parallel workers of one page's LIMIT query read far ahead and take the cores of other people's requests. */
    @Test
    void theAppsConnectionsPlanWithoutParallelWorkers() {
        assertThat(jdbc.sql("SHOW max_parallel_workers_per_gather").query(String.class).single()).isEqualTo("0");
    }
}
