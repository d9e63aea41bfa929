package naikkelas.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A provincial office's busy morning, in three phases of one run so their figures compare, after a warm-up:
 * <ol>
 *   <li><b>warm-up</b> ({@code warmup} seconds, not counted): every role's pages by a few users without pauses, so
 *   the phases measure the app as it runs all day, its code compiled, not its first minute;</li>
 *   <li><b>bare</b>: the app's liveness endpoint (same server, filters and connection handling, no
 *   page, no database) at {@code saturate} users without pauses: the reference throughput;</li>
 *   <li><b>reads</b>: officers' pages and the API at the same concurrency without pauses: throughput
 *   as a share of the bare endpoint's;</li>
 *   <li><b>morning</b>: {@code users} signed-in sessions at once (officers, facilitators, owners, API
 *   clients, anonymous permit checks), arriving over 30 s, each reading a page 1–3 s before the next (API
 *   clients: a round of five pages): errors and response times as
 *   people see them.</li>
 * </ol>
 * Every request of a role carries its role in its name, so the report lists them apart.
 */
public class BusyMorning extends Simulation {

    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 200);
    static final int SATURATE = Integer.getInteger("saturate", 32);
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("seconds", 60));
    static final String PASSWORD = System.getProperty("password", "Demo-2026!");
    static final String OFFICER = System.getProperty("officer", "petugas.lampung");
    static final String FACILITATOR = System.getProperty("facilitator", "pendamping.palangkaraya");
    static final String OWNER = System.getProperty("owner", "pemilik.demo");
    /** An API token (Bearer) for the API client; without one it signs in with HTTP Basic as the officer. */
    static final String API_TOKEN = System.getProperty("apiToken", "");

    static final List<String> WORDS = List.of("kripik", "keripik", "kopi", "sambal", "dodol", "tempe", "kerupuk", "madu",
            "abon", "rendang", "bolu", "pisang", "kemplang", "lempok", "sari", "berkah", "jaya", "bu", "ikan", "tapis");

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).acceptLanguageHeader("id").acceptHeader("text/html,application/json")
            .userAgentHeader("naik-kelas-load");

    static Iterator<Map<String, Object>> words() {
        return Stream.generate((Supplier<Map<String, Object>>) () -> Map.of(
                "word", WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size())),
                "permitNumber", "P-IRT " + (2000000000000000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000L)))).iterator();
    }

    static ChainBuilder signIn(String username) {
        return exec(http("sign in: form").get("/login").check(regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign in").post("/login").disableFollowRedirect()
                        .formParam("username", username).formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").not(BASE_URL + "/login?error")));
    }

    /** An officer's round: search, open a business, the registry list, cases, a case, renewals. */
    static ChainBuilder officerPages(String phase) {
        return officerPages(phase, NO_THINK);
    }

    /** The same, doing {@code think} after each page (a person reads a page before opening the next). */
    static ChainBuilder officerPages(String phase, ChainBuilder think) {
        return exec(http(phase + "officer: registry search").get("/usaha?q=#{word}")
                .check(regex("href=\"/usaha/(\\d+)\"").findRandom().optional().saveAs("businessId"))).exec(think)
                .doIf(session -> session.contains("businessId")).then(exec(http(phase + "officer: business").get("/usaha/#{businessId}")).exec(think))
                .exec(http(phase + "officer: registry list").get("/usaha")).exec(think)
                .exec(http(phase + "officer: cases").get("/kasus")
                        .check(regex("href=\"/kasus/(\\d+)\"").findRandom().optional().saveAs("caseId"))).exec(think)
                .doIf(session -> session.contains("caseId")).then(exec(http(phase + "officer: case").get("/kasus/#{caseId}")).exec(think))
                .exec(http(phase + "officer: renewals").get("/izin/perpanjangan")).exec(think);
    }

    /** An API client pages through the registry, 50 businesses a page, up to five pages. */
    static ChainBuilder apiPages(String phase) {
        return exec(session -> session.remove("after"))
                .exec(http(phase + "api: businesses page 1").get("/api/v1/businesses?size=50").header("Authorization", "#{auth}")
                        .check(status().is(200), jsonPath("$.next").optional().saveAs("after")))
                .repeat(4).on(doIf(session -> session.contains("after") && session.getString("after") != null)
                        .then(exec(http(phase + "api: businesses next page").get("/api/v1/businesses?size=50&after=#{after}")
                                .header("Authorization", "#{auth}")
                                .check(status().is(200), jsonPath("$.next").optional().saveAs("after")))));
    }

    static String authorization() {
        return API_TOKEN.isBlank()
                ? "Basic " + Base64.getEncoder().encodeToString((OFFICER + ":" + PASSWORD).getBytes())
                : "Bearer " + API_TOKEN;
    }

    /** Names of the saturation phase's requests start with this, so the report keeps the phases apart. */
    static final String SATURATED = "saturated ";

    static final Duration THINK_MIN = Duration.ofMillis(Long.getLong("thinkMinMs", 1000));
    static final Duration THINK_MAX = Duration.ofMillis(Long.getLong("thinkMaxMs", 3000));
    /** A person reads each page before the next; until 2026-12-04 the officers paused only after a round of six. */
    static final ChainBuilder THINK = pause(THINK_MIN, THINK_MAX);
    static final ChainBuilder NO_THINK = exec(session -> session);

    ScenarioBuilder bare = scenario("bare endpoint").during(PHASE).on(exec(http("bare: liveness").get("/actuator/health/liveness")));

    ScenarioBuilder reads = scenario("reads at saturation").exec(signIn(OFFICER))
            .exec(session -> session.set("auth", authorization()))
            .during(PHASE).on(feedWords().exec(officerPages(SATURATED)).exec(apiPages(SATURATED)));

    ScenarioBuilder officers = scenario("officers").exec(signIn(OFFICER))
            .during(PHASE).on(feedWords().exec(officerPages("", THINK)));

    ScenarioBuilder facilitators = scenario("facilitators").exec(signIn(FACILITATOR))
            .during(PHASE).on(facilitatorPages("", THINK));

    ScenarioBuilder owners = scenario("owners").exec(signIn(OWNER))
            .during(PHASE).on(ownerPages("", THINK));

    ScenarioBuilder anonymous = scenario("anonymous permit checks")
            .during(PHASE).on(feedWords().exec(permitCheck("")).pause(THINK_MIN, THINK_MAX));

    static ChainBuilder facilitatorPages(String phase, ChainBuilder think) {
        return exec(http(phase + "facilitator: worklist").get("/pendamping")
                        .check(regex("href=\"/peserta/(\\d+)\"").findRandom().optional().saveAs("enrollmentId"))).exec(think)
                .doIf(session -> session.contains("enrollmentId"))
                .then(exec(http(phase + "facilitator: participant").get("/peserta/#{enrollmentId}")).exec(think));
    }

    static ChainBuilder ownerPages(String phase, ChainBuilder think) {
        return exec(http(phase + "owner: my permits").get("/izin-saya")).exec(think)
                .exec(http(phase + "owner: training").get("/pelatihan")).exec(think);
    }

    static ChainBuilder permitCheck(String phase) {
        return exec(http(phase + "anonymous: verify permit").get("/verifikasi?nomor=#{permitNumber}"));
    }

    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("warmup", 60));
    /** Names of the warm-up's requests start with this; the summary leaves them out of the figures. */
    static final String WARMING = "warm-up ";

    /** Eight users, two per role, each asking for its role's pages without pauses until the warm-up ends. */
    ScenarioBuilder warmUp = scenario("warm-up").exec(session -> session.set("role", (int) (session.userId() % 4)))
            .doSwitch("#{role}").on(
                    onCase(0).then(exec(signIn(OFFICER)).exec(session -> session.set("auth", authorization()))
                            .during(WARM_UP).on(feedWords().exec(officerPages(WARMING)).exec(apiPages(WARMING)))),
                    onCase(1).then(exec(signIn(FACILITATOR)).during(WARM_UP).on(facilitatorPages(WARMING, NO_THINK))),
                    onCase(2).then(exec(signIn(OWNER)).during(WARM_UP).on(ownerPages(WARMING, NO_THINK))),
                    onCase(3).then(during(WARM_UP).on(feedWords().exec(permitCheck(WARMING)))));

    ScenarioBuilder apiClients = scenario("api clients").exec(session -> session.set("auth", authorization()))
            .during(PHASE).on(exec(apiPages("")).pause(THINK_MIN, THINK_MAX));

    /** People arrive over the first 30 seconds (each signs in once: a password check), then all stay for the phase. */
    static ClosedInjectionStep[] arriving(int users) {
        return new ClosedInjectionStep[] {rampConcurrentUsers(0).to(users).during(Duration.ofSeconds(30)),
                constantConcurrentUsers(users).during(PHASE)};
    }

    static ChainBuilder feedWords() {
        return exec(session -> {
            var next = words().next();
            return session.set("word", next.get("word")).set("permitNumber", next.get("permitNumber"));
        });
    }

    {
        int officers = USERS * 50 / 100, facilitators = USERS * 20 / 100, owners = USERS * 15 / 100, api = USERS * 5 / 100;
        int anonymousUsers = USERS - officers - facilitators - owners - api;
        setUp(warmUp.injectOpen(atOnceUsers(8)).protocols(protocol).andThen(
                bare.injectClosed(constantConcurrentUsers(SATURATE).during(PHASE)).protocols(protocol)
                        .andThen(reads.injectClosed(constantConcurrentUsers(SATURATE).during(PHASE)).protocols(protocol)
                                .andThen(
                                        this.officers.injectClosed(arriving(officers)).protocols(protocol),
                                        this.facilitators.injectClosed(arriving(facilitators)).protocols(protocol),
                                        this.owners.injectClosed(arriving(owners)).protocols(protocol),
                                        this.apiClients.injectClosed(arriving(api)).protocols(protocol),
                                        this.anonymous.injectClosed(arriving(anonymousUsers)).protocols(protocol)))))
                .assertions(global().failedRequests().count().is(0L));
    }
}
