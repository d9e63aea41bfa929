package naikkelas.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Case step transitions through the API, each with its audit record and the case's history row:
 * API clients (an officer's token) complete the current step of open cases, one case per request, as
 * fast as the server takes them. The cases come from a CSV (case id, current step) of open cases whose
 * step has no document guard, which run.sh exports from the database; each case is used once, and the
 * report's throughput (count over the run's duration) is the figure.
 */
public class CaseSteps extends Simulation {

    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 16);
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("seconds", 60));
    static final String API_TOKEN = System.getProperty("apiToken", "");
    static final String CASES = System.getProperty("cases", "target/bench/load/cases.csv");

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).acceptHeader("application/json").contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + API_TOKEN).userAgentHeader("naik-kelas-load");

    /** Each user takes its share of the cases: the run ends when they are all done (or PHASE has passed). */
    static final int PER_USER = casesIn(CASES) / USERS;

    ScenarioBuilder steps = scenario("case step transitions").repeat(PER_USER).on(
            feed(csv(CASES).queue())
                    .exec(http("case: complete step").post("/api/v1/cases/#{id}/steps/#{step}/complete")
                            .body(StringBody("{\"note\":\"uji beban\",\"reference\":\"UJI-#{id}\"}")).check(status().is(200))));

    {
        setUp(steps.injectOpen(atOnceUsers(USERS)).protocols(protocol)).maxDuration(PHASE)
                .assertions(global().failedRequests().count().is(0L));
    }

    static int casesIn(String file) {
        try (var lines = java.nio.file.Files.lines(java.nio.file.Path.of(file))) {
            return (int) Math.max(0, lines.count() - 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
