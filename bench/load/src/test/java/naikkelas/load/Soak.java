package naikkelas.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.holdFor;
import static io.gatling.javaapi.core.CoreDsl.reachRps;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static naikkelas.load.BusyMorning.apiPages;
import static naikkelas.load.BusyMorning.authorization;
import static naikkelas.load.BusyMorning.feedWords;
import static naikkelas.load.BusyMorning.officerPages;
import static naikkelas.load.BusyMorning.signIn;

/**
 * The soak: a steady {@code rps} (100) of the morning's mix for {@code seconds} (1,800), from signed-in officers,
 * an API client and anonymous permit checks, capped by Gatling's throttle. Errors must stay 0 and the heap flat
 * (run.sh prints the heap per five minutes).
 */
public class Soak extends Simulation {

    static final int RPS = Integer.getInteger("rps", 100);
    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("seconds", 1800));

    HttpProtocolBuilder protocol = http.baseUrl(BusyMorning.BASE_URL).acceptLanguageHeader("id").acceptHeader("text/html,application/json")
            .userAgentHeader("naik-kelas-soak");

    ScenarioBuilder officers = scenario("officers").exec(signIn(BusyMorning.OFFICER))
            .exec(session -> session.set("auth", authorization()))
            .during(LENGTH).on(feedWords().exec(officerPages("")).exec(apiPages("")));

    ScenarioBuilder anonymous = scenario("anonymous permit checks")
            .during(LENGTH).on(feedWords().exec(http("anonymous: verify permit").get("/verifikasi?nomor=#{permitNumber}")));

    {
        setUp(officers.injectClosed(constantConcurrentUsers(24).during(LENGTH)).protocols(protocol),
                anonymous.injectClosed(constantConcurrentUsers(4).during(LENGTH)).protocols(protocol))
                .throttle(reachRps(RPS).in(Duration.ofSeconds(10)), holdFor(LENGTH))
                .maxDuration(LENGTH.plusSeconds(30))
                .assertions(global().failedRequests().count().is(0L));
    }
}
