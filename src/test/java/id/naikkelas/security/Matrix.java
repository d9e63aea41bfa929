package id.naikkelas.security;

import id.naikkelas.identity.Role;
import id.naikkelas.security.World.Kind;
import id.naikkelas.security.World.Thing;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Runs the access table: for each operation, each caller and each object, the request a user of that role would
 * send, and what must come of it. A caller the table lets in must get through (anything but 401, 403, 404, 405 or a
 * server error; a change is rolled back so the world stays as built). Anyone else must be refused (403 or 404;
 * 401 or the login page without signing in) and leave the database as it was; no answer may name a business the
 * caller may not know.
 */
final class Matrix {

    /** What the table's request bodies read: the world and current versions. */
    record Ctx(World world, JdbcClient jdbc, String certificateCode) {

        id.naikkelas.registry.BusinessData newBusiness(String village) {
            return world.newBusiness(village);
        }

        int version(String table, long id) {
            return jdbc.sql("SELECT version FROM " + table + " WHERE id = ?").param(id).query(Integer.class).single();
        }

        String shortCode(long registration) {
            return jdbc.sql("SELECT short_code FROM training_registration WHERE id = ?").param(registration).query(String.class).single();
        }
    }

    record Probe(Rule rule, Caller caller, Thing thing, boolean allowed) {
    }

    private final MockMvc mvc;
    private final World world;
    private final Ctx ctx;
    private final Fingerprint fingerprint;
    private final TransactionTemplate rollback;
    private final JsonMapper json;
    final List<String> failures = new ArrayList<>();
    final Map<String, int[]> counts = new TreeMap<>();
    /** Per operation, the statuses its reachable probes got: one that never succeeds shows a body that needs a look. */
    final Map<String, Map<Integer, Integer>> outcomes = new TreeMap<>();
    private final Map<Caller, List<String>> secrets = new EnumMap<>(Caller.class);

    Matrix(MockMvc mvc, World world, Ctx ctx, Fingerprint fingerprint, TransactionTemplate rollback, JsonMapper json) {
        this.mvc = mvc;
        this.world = world;
        this.ctx = ctx;
        this.fingerprint = fingerprint;
        this.rollback = rollback;
        this.json = json;
        for (Caller c : Caller.values()) {
            var names = new ArrayList<String>();
            for (var b : world.businesses) {
                if (!mayKnow(c, b)) {
                    names.addAll(List.of(b.name(), b.productName(), b.ownerName()));
                }
            }
            secrets.put(c, names);
        }
    }

    /**
     * Whose names a caller may read: the businesses they reach, and for facilitators and partners the participants of
     * the programs they work in (a program's participant list is shared with its staff, partners and facilitators).
     */
    private boolean mayKnow(Caller c, World.Biz b) {
        return c.is(Role.ADMIN) || World.sees(c, b)
                || (c.is(Role.PARTNER) || c.is(Role.FACILITATOR))
                && world.programs.stream().anyMatch(p -> p.enrolled().contains(b.id()) && world.seesProgram(c, p));
    }

    /**
     * The probes of one rule, refusals first: every caller with the objects it is meant to reach (up to three; on
     * pages one per role), and the refusals: for a role the operation is meant for the three objects outside its scope
     * nearest to the caller (in the caller's own region first: an unassigned business, another owner's), for other
     * roles and on pages the nearest one.
     */
    List<Probe> probes(Rule rule) {
        var refusals = new ArrayList<Probe>();
        var reachable = new ArrayList<Probe>();
        var things = rule.kind == null ? java.util.Collections.<Thing>singletonList(null) : world.of(rule.kind);
        var rolesTried = new HashSet<Role>();
        for (Caller c : Caller.values()) {
            if (!c.signedIn()) {
                (rule.open ? reachable : refusals).add(new Probe(rule, c, things.get(0), rule.open));
                continue;
            }
            var refused = new ArrayList<Thing>();
            for (Thing t : things) {
                if (!rule.allows(world, c, t)) {
                    refused.add(t);
                } else if (!rule.refusalsOnly && (!rule.web || !rule.mutation() && rolesTried.add(c.role))
                        && reachable.stream().filter(p -> p.caller() == c).count() < 3) {
                    reachable.add(new Probe(rule, c, t, true));
                }
            }
            boolean meant = rule.roles.contains(c.role);
            int limit = meant && !rule.web ? 3 : 1;
            refused.sort(Comparator.comparingInt((Thing t) -> near(c, t)).thenComparing(t -> t == null ? "" : t.label()));
            for (Thing t : refused.subList(0, Math.min(limit, refused.size()))) {
                refusals.add(new Probe(rule, c, t, false));
            }
        }
        refusals.addAll(reachable);
        return refusals;
    }

    private int near(Caller c, Thing t) {
        if (t == null) {
            return 0;
        }
        if (t.job() != null) {
            return t.job().agency().equals(c.agency) ? 0 : 1;
        }
        String region = t.region();
        if (region == null) {
            return 1;
        }
        if (c.covers(region) || c.is(Role.OWNER) && world.ownerRegions.stream().anyMatch(r -> r.startsWith(region))
                || c.is(Role.PARTNER) && region.startsWith("62.71")) {
            return 0;
        }
        return 1;
    }

    /** The world's fingerprint as last taken; null once a reachable change was let through (and rolled back). */
    private String current;
    long fingerprintNanos;
    int fingerprints;
    final Map<String, Long> nanos = new TreeMap<>();

    private String fingerprint() {
        long started = System.nanoTime();
        fingerprints++;
        try {
            return fingerprint.take();
        } finally {
            fingerprintNanos += System.nanoTime() - started;
        }
    }

    void run(Probe p) throws Exception {
        long started = System.nanoTime();
        try {
            probe(p);
        } finally {
            nanos.merge(p.rule().web ? "halaman" : "API", System.nanoTime() - started, Long::sum);
        }
    }

    private void probe(Probe p) throws Exception {
        var rule = p.rule();
        var counter = counts.computeIfAbsent(rule.web ? "halaman" : "API", k -> new int[2]);
        counter[p.allowed() ? 0 : 1]++;
        var r = new Rule.Request();
        rule.body.fill(ctx, p.caller(), p.thing(), r);
        String url = url(rule, p.thing());
        String what = p.caller() + " " + rule.method + " " + url + (p.thing() == null ? "" : " (" + p.thing().label() + ")");
        MockHttpServletResponse response;
        if (p.allowed()) {
            if (rule.mutation()) {
                current = null;
            }
            response = rule.mutation() ? rollback.execute(status -> {
                status.setRollbackOnly();
                return perform(rule, p.caller(), url, r);
            }) : perform(rule, p.caller(), url, r);
            int code = response.getStatus();
            if (code == 401 || code == 403 || code == 404 || code == 405 || code >= 500 || toLogin(response)) {
                failures.add(what + ": meant to be reachable, got " + code + snippet(response));
            }
            outcomes.computeIfAbsent(rule.toString(), k -> new TreeMap<>()).merge(code, 1, Integer::sum);
        } else {
            if (rule.mutation() && current == null) {
                current = fingerprint();
            }
            response = perform(rule, p.caller(), url, r);
            int code = response.getStatus();
            boolean refused = p.caller().signedIn() ? code == 403 || code == 404 : rule.web ? toLogin(response) : code == 401;
            if (!refused && code == 422 && rule.refusalCode != null && p.caller().signedIn()) {
                refused = response.getContentAsString(StandardCharsets.UTF_8).contains("\"" + rule.refusalCode + "\"");
            }
            if (!refused) {
                failures.add(what + ": must be refused, got " + code + snippet(response));
            }
            if (rule.mutation()) {
                String after = fingerprint();
                if (!current.equals(after)) {
                    failures.add(what + ": answered " + code + " and changed " + Fingerprint.difference(current, after));
                    current = after;
                }
            }
        }
        String body = text(response);
        if (body != null) {
            for (String secret : secrets.get(p.caller())) {
                if (body.contains(secret)) {
                    failures.add(what + ": the answer (" + response.getStatus() + ") shows \"" + secret + "\", which this caller may not see");
                }
            }
        }
    }

    /** The answer as text to look for names in: JSON, HTML, text, and the sheets of an Excel file. */
    private static String text(MockHttpServletResponse response) throws java.io.IOException {
        var type = response.getContentType();
        if (type == null) {
            return null;
        }
        if (type.contains("json") || type.contains("html") || type.startsWith("text")) {
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        if (type.contains("spreadsheetml") && response.getStatus() == 200) {
            // written as a stream (sizes after the data), which ZipInputStream cannot read: through a file
            var text = new StringBuilder();
            var file = java.nio.file.Files.createTempFile("matriks", ".xlsx");
            try {
                java.nio.file.Files.write(file, response.getContentAsByteArray());
                try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                        var entry = entries.nextElement();
                        if (entry.getName().endsWith(".xml")) {
                            try (var in = zip.getInputStream(entry)) {
                                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return text.toString();
        }
        return null;
    }

    private static boolean toLogin(MockHttpServletResponse response) {
        var location = response.getRedirectedUrl();
        return response.getStatus() / 100 == 3 && location != null && location.contains("/login");
    }

    private MockHttpServletResponse perform(Rule rule, Caller caller, String url, Rule.Request r) {
        try {
            AbstractMockHttpServletRequestBuilder<?> b;
            if (!r.files.isEmpty()) {
                MockMultipartHttpServletRequestBuilder m = multipart(HttpMethod.valueOf(rule.method), url);
                r.files.forEach((name, content) -> {
                    boolean png = content.length > 4 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G';
                    m.file(new MockMultipartFile(name, png ? name + ".png" : "daftar.csv", png ? "image/png" : "text/csv", content));
                });
                b = m;
            } else {
                b = request(HttpMethod.valueOf(rule.method), url);
            }
            r.params.forEach((name, value) -> b.param(name, value));
            if (r.json != null) {
                b.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(r.json));
            }
            r.headers.forEach((name, value) -> b.header(name, value));
            if (rule.web) {
                b.accept("text/html,*/*;q=0.8");
                if (rule.mutation()) {
                    b.with(csrf());
                }
            }
            if (caller.signedIn()) {
                b.with(user(caller.username).roles(caller.role.name()));
            }
            return mvc.perform(b).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(caller + " " + rule.method + " " + url + ": " + e, e);
        }
    }

    private String url(Rule rule, Thing t) {
        String path = rule.path;
        boolean admin = path.startsWith("/admin/penilaian");
        path = path.replace("{kind}", admin ? "CHECKLIST" : "PRE").replace("{system}", "OSS");
        if (path.startsWith("/api/v1/regions/")) {
            return path.replace("{code}", "14.72");
        }
        if (path.contains("{code}")) {
            path = path.replace("{code}", admin ? String.valueOf(t.get("definitionCode")) : ctx.certificateCode());
        }
        if (t == null) {
            return path;
        }
        path = path.replace("{version}", String.valueOf(t.get("definitionVersion")))
                .replace("{step}", String.valueOf(t.get("step")))
                .replace("{documentId}", String.valueOf(t.get("document")))
                .replace("{sessionId}", String.valueOf(t.get("session")))
                .replace("{itemCode}", world.firstItem);
        long id = path.startsWith("/admin/agencies/") ? (Long) t.get("agency") : t.id();
        return path.replaceAll("\\{(id|businessId|productId|rid|permitId|photoId|followUpId)}", String.valueOf(id));
    }

    private static String snippet(MockHttpServletResponse response) {
        try {
            String body = response.getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            if (response.getRedirectedUrl() != null) {
                body = "-> " + response.getRedirectedUrl();
            }
            var title = java.util.regex.Pattern.compile("<title>([^<]*)</title>").matcher(body);
            if (title.find()) {
                body = title.group(1);
            }
            return body.isBlank() ? "" : " [" + (body.length() > 300 ? body.substring(0, 300) + "…" : body) + "]";
        } catch (Exception e) {
            return "";
        }
    }

    static Set<Kind> kinds(List<Rule> rules) {
        var kinds = new HashSet<Kind>();
        rules.forEach(r -> {
            if (r.kind != null) {
                kinds.add(r.kind);
            }
        });
        return kinds;
    }
}
