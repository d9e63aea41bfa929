package id.naikkelas.security;

import id.naikkelas.IntegrationTest;
import id.naikkelas.assessment.AssessmentDefinitions;
import id.naikkelas.assessment.CorrectiveActions;
import id.naikkelas.assessment.Inspections;
import id.naikkelas.certification.Cases;
import id.naikkelas.identity.Accounts;
import id.naikkelas.programs.Enrollments;
import id.naikkelas.programs.Programs;
import id.naikkelas.programs.Visits;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Products;
import id.naikkelas.training.Quizzes;
import id.naikkelas.training.Registrations;
import id.naikkelas.training.TrainingEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 14: the generated authorization matrix. Every operation of the OpenAPI document and every page, asked by
 * every demo account (and nobody) about objects inside and outside their scope (region, ownership, assignment):
 * what is outside is never read or changed, a role the rules exclude is refused, and what is inside is reachable
 * for the roles meant to use it. The expectations are {@link AccessRules}; an operation or page it does not cover
 * fails {@link #everyOperationAndPageHasALineInTheTable}, so a new endpoint cannot escape the matrix.
 */
@IntegrationTest
class AccessMatrixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
    @Autowired
    Cases cases;
    @Autowired
    Programs programs;
    @Autowired
    Enrollments enrollments;
    @Autowired
    Visits visits;
    @Autowired
    TrainingEvents events;
    @Autowired
    Registrations registrations;
    @Autowired
    Quizzes quizzes;
    @Autowired
    Inspections inspections;
    @Autowired
    CorrectiveActions actions;
    @Autowired
    Accounts accounts;
    @Autowired
    AssessmentDefinitions definitions;

    @Test
    void everyOperationAndPageHasALineInTheTable() throws Exception {
        var documented = documentedOperations();
        var apiKeys = keys(AccessRules.api());
        assertThat(difference(documented, apiKeys)).as("operations of /v3/api-docs without a line in AccessRules.api()").isEmpty();
        assertThat(difference(apiKeys, documented)).as("lines of AccessRules.api() for no documented operation").isEmpty();

        var pages = pages();
        var webKeys = keys(AccessRules.web());
        assertThat(difference(pages, webKeys)).as("pages without a line in AccessRules.web()").isEmpty();
        assertThat(difference(webKeys, pages)).as("lines of AccessRules.web() for no page").isEmpty();
    }

    @Test
    void outsideItsScopeNothingIsReadOrChangedAndInsideItTheRolesMeantForItGetThrough() throws Exception {
        long started = System.nanoTime();
        var world = new World(jdbc);
        world.build(new World.Services(businesses, products, cases, programs, enrollments, visits, events, registrations, quizzes,
                inspections, actions, accounts, definitions, json));
        for (Caller owner : List.of(Caller.OFFICER_DUMAI, Caller.OWNER)) {
            world.token(owner, token(owner, world.marker));
        }
        long built = System.nanoTime();
        String certificate = jdbc.sql("SELECT code FROM training_certificate WHERE revoked_at IS NULL ORDER BY id LIMIT 1")
                .query(String.class).single();
        var matrix = new Matrix(mvc, world, new Matrix.Ctx(world, jdbc, certificate), new Fingerprint(jdbc, world.ids()),
                new TransactionTemplate(transactions), json);

        var rules = new ArrayList<Rule>(AccessRules.api());
        rules.addAll(AccessRules.web());
        int probed = 0;
        for (Rule rule : rules) {
            if (rule.unprobed != null) {
                continue;
            }
            assertThat(rule.kind == null || !world.of(rule.kind).isEmpty()).as("objects of kind %s for %s", rule.kind, rule).isTrue();
            for (var probe : matrix.probes(rule)) {
                matrix.run(probe);
                probed++;
            }
        }
        long done = System.nanoTime();
        var summary = new StringBuilder("Access matrix: ");
        summary.append(rules.stream().filter(r -> !r.web).count()).append(" operations and ")
                .append(rules.stream().filter(r -> r.web).count()).append(" pages x ").append(Caller.values().length)
                .append(" callers; ").append(probed).append(" requests (");
        matrix.counts.forEach((k, v) -> summary.append(k).append(": ").append(v[0]).append(" reachable, ").append(v[1]).append(" refused; "));
        summary.append(") fixtures ").append((built - started) / 1_000_000).append(" ms, requests ")
                .append((done - built) / 1_000_000).append(" ms (");
        matrix.nanos.forEach((k, v) -> summary.append(k).append(' ').append(v / 1_000_000).append(" ms, "));
        summary.append("of which ").append(matrix.fingerprints).append(" database fingerprints ")
                .append(matrix.fingerprintNanos / 1_000_000).append(" ms); ")
                .append(matrix.failures.size()).append(" failures");
        System.out.println(summary);
        matrix.outcomes.forEach((operation, statuses) -> {
            if (statuses.keySet().stream().noneMatch(code -> code < 400)) {
                System.out.println("  reachable, though refused as invalid or conflicting each time: " + operation + " " + statuses);
            }
        });
        assertThat(matrix.failures).as(summary.toString()).isEmpty();
    }

    private long token(Caller owner, String marker) throws Exception {
        var answer = mvc.perform(post("/api/v1/tokens").with(user(owner.username).roles(owner.role.name()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + marker + " token " + owner + "\", \"days\": 30}"))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(201);
        return json.readTree(answer.getContentAsString()).get("id").asLong();
    }

    private Set<String> documentedOperations() throws Exception {
        var doc = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        var operations = new TreeSet<String>();
        for (var path : doc.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        assertThat(operations).hasSizeGreaterThan(50);
        return operations;
    }

    /** Every page and form: the handler mappings outside the API, the error page and the API documentation. */
    private Set<String> pages() {
        var pages = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/error") || pattern.startsWith("/v3/")
                        || pattern.startsWith("/swagger")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    pages.add("GET " + pattern);
                }
                methods.forEach(m -> pages.add(m.name() + " " + pattern));
            }
        });
        return pages;
    }

    private static Set<String> keys(List<Rule> rules) {
        var keys = new TreeSet<String>();
        for (Rule rule : rules) {
            assertThat(keys.add(rule.key())).as("one line per operation: %s", rule.key()).isTrue();
        }
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
