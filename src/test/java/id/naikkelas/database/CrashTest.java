package id.naikkelas.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 14: no acknowledged write is lost, and the application starts again after a crash. The application runs in
 * a JVM of its own on a fresh data directory with the production durability (fsync and synchronous commit on).
 * Eight clients write comments, each with a text of its own, and record every one answered 201. Mid-write, first
 * the application's JVM alone is killed with SIGKILL (its PostgreSQL keeps running, orphaned, and the next start must
 * stop it), then the JVM and all its PostgreSQL processes; after each restart on the same data every acknowledged
 * comment must be there.
 */
class CrashTest {

    private static final int WRITERS = 8;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One crash: the comments answered 201, those answered otherwise (an error while the database was gone) or not at all. */
    record Round(String name, Set<String> acknowledged, int failed, int unanswered, long writingMillis) {
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyAcknowledgedWriteSurvivesKillingTheApplicationAndItsDatabase() throws Exception {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        // the embedded PostgreSQL binaries in the build are Linux ones (amd64, arm64), and the kill is a Unix signal
        assumeTrue(os.contains("linux") && (arch.equals("amd64") || arch.equals("aarch64")),
                "the crash test runs on Linux amd64/arm64 only, not " + os + " " + arch);

        long started = System.nanoTime();
        Path home = Path.of("target", "crash-test-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Files.createDirectories(home);
        String password = "Kr4sh-" + UUID.randomUUID();
        boolean passed = false;
        try (var app = new AppProcess(home, password)) {
            try {
                app.start(Duration.ofSeconds(60));
                String token = token(app, password);
                long caseId = aCase(app, token);
                var rounds = new ArrayList<Round>();

                rounds.add(writeAndCrash(app, token, caseId, "jvm", app::killApplication));
                assertThat(app.postmaster()).as("the killed application's PostgreSQL, left running").isPresent();
                app.start(Duration.ofSeconds(60)); // finds that server on its data directory and stops it first
                check(app, token, caseId, rounds);

                rounds.add(writeAndCrash(app, token, caseId, "jvm+postgres", app::killDatabaseAndApplication));
                assertThat(app.postgresProcesses()).as("no PostgreSQL process of the data directory is left").isEmpty();
                app.start(Duration.ofSeconds(60)); // PostgreSQL recovers from its write-ahead log
                check(app, token, caseId, rounds);

                app.stop();
                System.out.printf("Crash test passed in %d ms%n", (System.nanoTime() - started) / 1_000_000);
                passed = true;
            } catch (Throwable e) {
                throw new AssertionError(e.getMessage() + "\n--- application log (" + home + ") ---\n" + app.logTail(), e);
            }
        } finally {
            if (passed) {
                delete(home);
            }
        }
    }

    /** Writers keep commenting; once a few hundred are acknowledged, and while they still write, the crash comes. */
    private Round writeAndCrash(AppProcess app, String token, long caseId, String name, Crash crash) throws Exception {
        var acknowledged = ConcurrentHashMap.<String>newKeySet();
        var failed = new AtomicInteger();
        var unanswered = new AtomicInteger();
        var stop = new AtomicBoolean();
        var inFlight = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        long began = System.nanoTime();
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        String body = name + "-" + writer + "-" + n;
                        inFlight.incrementAndGet();
                        try {
                            var response = send(app, token, "POST", "/api/v1/cases/" + caseId + "/comments",
                                    JSON.writeValueAsString(java.util.Map.of("body", body)));
                            if (response.statusCode() == 201) {
                                acknowledged.add(body);
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            unanswered.incrementAndGet(); // cut off by the crash, or sent after it: not acknowledged
                            try {
                                Thread.sleep(5); // the application is gone: no need to spin
                            } catch (InterruptedException stopped) {
                                return;
                            }
                        } catch (InterruptedException e) {
                            return;
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(acknowledged).as("comments acknowledged before the crash").hasSizeGreaterThan(50);
            assertThat(inFlight.get()).as("writers busy when the crash comes").isPositive();
            crash.run();
            long writing = (System.nanoTime() - began) / 1_000_000;
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            return new Round(name, Set.copyOf(acknowledged), failed.get(), unanswered.get(), writing);
        } finally {
            stop.set(true);
            writers.shutdownNow();
        }
    }

    interface Crash {
        void run() throws Exception;
    }

    private void check(AppProcess app, String token, long caseId, List<Round> rounds) throws Exception {
        var response = send(app, token, "GET", "/api/v1/cases/" + caseId, null);
        assertThat(response.statusCode()).isEqualTo(200);
        var found = new HashSet<String>();
        for (JsonNode comment : JSON.readTree(response.body()).get("comments")) {
            found.add(comment.get("body").asString());
        }
        for (var round : rounds) {
            var lost = new HashSet<>(round.acknowledged());
            lost.removeAll(found);
            long stored = found.stream().filter(b -> b.startsWith(round.name() + "-")).count();
            System.out.printf("Crash test, kill -9 of %s after %d ms of writing, checked after restart %d: %d comments acknowledged "
                            + "(%d answered with an error, %d without an answer), %d found, %d acknowledged missing%n", round.name(),
                    round.writingMillis(), rounds.size(), round.acknowledged().size(), round.failed(), round.unanswered(), stored, lost.size());
            assertThat(lost).as("acknowledged comments missing after the restart (round %s)", round.name()).isEmpty();
        }
    }

    private String token(AppProcess app, String password) throws Exception {
        var basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"uji tabrakan\", \"days\": 30}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("token").asString();
    }

    /** A business, its product and a P-IRT case, to comment on. */
    private long aCase(AppProcess app, String token) throws Exception {
        var business = send(app, token, "POST", "/api/v1/businesses", """
                {"name": "Keripik Uji Tabrakan", "legalForm": "PERORANGAN", "sector": "PROCESSED_FOOD", "address": "Jl. Uji No. 1",
                 "regionCode": "14.72.01.1003", "workers": 2, "foundedYear": 2020, "annualSales": 90000000, "premises": "RESIDENCE",
                 "equipment": "MANUAL", "productionSites": 1, "outlets": 1, "owner": {"fullName": "Pemilik Uji", "gender": "P"}}""");
        assertThat(business.statusCode()).as(business.body()).isEqualTo(201);
        long businessId = JSON.readTree(business.body()).get("id").asLong();
        var product = send(app, token, "POST", "/api/v1/businesses/" + businessId + "/products", """
                {"name": "Keripik Singkong", "brand": "Uji", "foodCategoryCode": "15.0", "irtFoodTypeCode": "06", "packaging": "PLASTIC",
                 "netContent": "250 g", "shelfLifeDays": 90, "storage": "AMBIENT", "ingredients": "singkong, minyak, garam"}""");
        assertThat(product.statusCode()).as(product.body()).isEqualTo(201);
        long productId = JSON.readTree(product.body()).get("id").asLong();
        var opened = send(app, token, "POST", "/api/v1/cases", "{\"productId\": " + productId + ", \"permit\": \"PIRT\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return JSON.readTree(opened.body()).get("id").asLong();
    }

    private HttpResponse<String> send(AppProcess app, String token, String method, String path, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void delete(Path home) throws IOException {
        try (var files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
