package id.naikkelas;

import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A bounded fuzz pass over every input the application takes over HTTP (issue 14), seeded and reproducible.
 *
 * <p>The JSON API, driven by its own OpenAPI document: every POST, PUT and PATCH operation, and every GET that takes
 * query parameters, as a user of Kota Dumai allowed to use it, on objects of that region made here (so the inputs
 * reach the checks behind the access rules, not a 404). Request 0 is valid. Then the sweep: each parameter and each
 * value of a valid body in turn replaced by {@link #VARIANTS} hostile values of its type (NUL, longer than any column,
 * longer than an index entry; numbers past int, long and the columns; dates that do not exist or are out of range;
 * unknown codes; null in a list; the wrong JSON type) and each kind of broken upload (NUL or odd file names, flipped
 * bytes, random bytes, XML with a DOCTYPE, a zip with a broken part). Then {@link #ROUNDS} random requests: one to
 * three values broken at once, the whole body (empty, null, cut short, nested 5,000 deep, not JSON, another content
 * type), the query, a path variable, the If-Match header.
 *
 * <p>The pages, driven by Spring MVC's own mapping: every form a page handler takes (POST) and every page that reads
 * query parameters, with its parameters, the properties of its form object and its uploads found by reflection; the
 * same sweep (plus each value left out) and random rounds, and the sign-in form.
 *
 * <p>No answer may be 500 or above, and no input may be refused by the database rather than by a check (the last
 * resort logs it: it names no field for a text or number refused there). Free text is bounded in the database too
 * (V90), below {@link #LONG}: so every text field the sweep reaches must have its own check of the bound, or fail here. A failure prints the seed and each failing
 * request, which {@code -Dfuzz.seed=...} replays: each request depends only on the seed, its operation and its round.
 * {@code -Dfuzz.rounds=} and {@code -Dfuzz.pageRounds=} send more.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputFuzzTest {

    /** Random requests per operation, after the sweep. */
    static final int ROUNDS = Integer.getInteger("fuzz.rounds", 24);
    /**
     * 5,000 letters that do not compress: over the 2,704 bytes of a btree index entry, which PostgreSQL would reach
     * for a repetitive text only after compressing it.
     */
    static final String LONG = new Fuzz(5000).random().ints(5000, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    /** The sweep sends, for each value of a request in turn, this many hostile values of its type (see {@link #hostile}). */
    static final int VARIANTS = 3;
    /** Operations that end their object's life (a cancelled event takes no registrations) run after the others. */
    static final java.util.regex.Pattern ENDING = java.util.regex.Pattern.compile(".*/(cancellation|cancel|finish|outcome|decision|start|verify|certificates)$");
    /** Accounts of their own (Kota Dumai's officer and program manager, an administrator), so no demo account is touched. */
    static final String OFFICER = "fuzz.petugas";
    static final String MANAGER = "fuzz.manajer";
    static final String ADMIN = "fuzz.admin";
    static final String VILLAGE = "14.72.01.1008";
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    /** An id no object has: operations on objects the fixtures do not make still parse and check their input. */
    static final String NOBODY = "2147480000";

    @Autowired
    org.springframework.web.context.WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    /** Built here rather than injected: the shared one keeps every exchange to print should the test fail, thousands here. */
    MockMvc mvc;

    final Map<String, String> ids = new HashMap<>();
    /**
     * What the last resort logs when the database refused a write (InputProblems): each such refusal is a check a service
     * lacks, so the fuzz counts it as a failure too, though the caller got a 4xx.
     */
    final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> databaseRefusals = new ch.qos.logback.core.read.ListAppender<>();
    JsonNode schemas;

    record Operation(HttpMethod method, String path, JsonNode spec) {

        String key() {
            return method + " " + path;
        }

        String tag() {
            return spec.path("tags").path(0).asString("");
        }
    }

    record Sent(String user, HttpMethod method, String url, Map<String, String> headers, String contentType, String body) {

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "… (" + body.length() + " chars)" : body;
            return "as " + user + ": " + method + " " + url + (headers.isEmpty() ? "" : " " + headers)
                    + (contentType == null ? "" : " [" + contentType + "] ") + escape(shown);
        }
    }

    @org.junit.jupiter.api.AfterAll
    void detach() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(id.naikkelas.common.InputProblems.class)).detachAppender(databaseRefusals);
    }

    @org.junit.jupiter.api.BeforeAll
    void accounts() {
        databaseRefusals.start();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(id.naikkelas.common.InputProblems.class)).addAppender(databaseRefusals);
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        Long dumai = jdbc.sql("SELECT agency_id FROM app_user WHERE username = 'petugas.dumai'").query(Long.class).single();
        for (var account : Map.of(OFFICER, Role.OFFICER, MANAGER, Role.PROGRAM_MANAGER, ADMIN, Role.ADMIN).entrySet()) {
            if (!accounts.usernameTaken(account.getKey())) {
                accounts.create(new Accounts.NewUser(account.getKey(), "Uji " + account.getKey(), null, null, "Rahasia-Kuat-1",
                        account.getValue() == Role.ADMIN ? null : dumai, Set.of(account.getValue()), List.of()));
            }
        }
    }

    /** The sweep's long text passes every bound on free text, so it reaches each one's check (see the class comment). */
    @Test
    void theLongValueIsLongerThanEveryBoundOnFreeText() {
        var bounds = jdbc.sql("""
                        SELECT conname, (regexp_match(pg_get_constraintdef(oid), '<= (\\d+)'))[1]::int AS bound FROM pg_constraint
                        WHERE contype = 'c' AND pg_get_constraintdef(oid) LIKE '%char_length%<=%'""")
                .query((rs, i) -> Map.entry(rs.getString("conname"), rs.getInt("bound"))).list();
        assertThat(bounds).hasSizeGreaterThanOrEqualTo(45).allSatisfy(b -> assertThat(b.getValue()).as(b.getKey()).isLessThan(LONG.length()));
    }

    @Test
    void noApiOperationAnswersAnyInputWithAServerError() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        schemas = docs.path("components").path("schemas");
        makeFixtures();

        var operations = new ArrayList<Operation>();
        for (var path : docs.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                var method = HttpMethod.valueOf(op.getKey().toUpperCase());
                boolean writes = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
                boolean queried = method == HttpMethod.GET && parameters(op.getValue()).stream().anyMatch(p -> p.path("in").asString().equals("query"));
                if (writes || queried) {
                    operations.add(new Operation(method, path.getKey(), op.getValue()));
                }
            }
        }
        operations.sort(java.util.Comparator.<Operation, Boolean>comparing(o -> ENDING.matcher(o.path).matches()).thenComparing(Operation::key));

        long started = System.nanoTime();
        var failures = new java.util.LinkedHashMap<String, List<String>>();
        var statuses = new java.util.TreeMap<Integer, Integer>();
        int sent = 0;
        int accepted = 0;
        for (var operation : operations) {
            int sweeps = VARIANTS * targets(operation);
            for (int round = 0; round <= sweeps + ROUNDS; round++) {
                var fuzz = Fuzz.forCase(Fuzz.SEED, operation.key(), round);
                Sent request = round == 0 ? build(operation, fuzz, -1, -1, false)
                        : round <= sweeps ? build(operation, fuzz, (round - 1) / VARIANTS, (round - 1) % VARIANTS, false)
                        : build(operation, fuzz, -1, -1, true);
                int status;
                String answer;
                int refusals = databaseRefusals.list.size();
                try {
                    MvcResult result = perform(request);
                    status = result.getResponse().getStatus();
                    answer = result.getResponse().getContentAsString();
                    if (status < 300 && request.headers.containsKey("If-Match")) {
                        // the object's new version, for the next request's If-Match
                        String etag = result.getResponse().getHeader("ETag");
                        String version = etag != null ? etag.replace("\"", "") : json.readTree(answer).path("version").asString("");
                        if (!version.isEmpty()) {
                            ids.put("version:" + operation.path, version);
                        }
                    }
                } catch (Exception | AssertionError e) {
                    status = 599;
                    answer = rootCause(e);
                }
                sent++;
                if (round == 0 && status < 300) {
                    accepted++;
                }
                statuses.merge(status / 100 * 100, 1, Integer::sum);
                judge(failures, operation.key(), "round " + round + ": " + request, status, answer, refusals);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("API fuzz: seed %d, %d operations (valid request accepted by %d), %d requests in %d ms, answers by class %s%n",
                Fuzz.SEED, operations.size(), accepted, sent, millis, statuses);
        report(failures);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // requests

    /**
     * A request for the operation: valid when neither a swept target nor random breaking is asked for; with a swept
     * target (a parameter, then each value of the body, in order) that one value replaced by the variant-th hostile
     * value of its type; at random one to three body values, the whole body, the query, a path variable, the If-Match
     * header or the upload broken.
     */
    Sent build(Operation op, Fuzz fuzz, int swept, int variant, boolean random) {
        String user = op.tag().equals("Programs") ? MANAGER : OFFICER;
        // what a random round breaks: the body (most often), the query, a path variable, a header
        int target = !random ? -1 : fuzz.nextInt(10);
        var body = op.spec.path("requestBody").path("content");
        boolean hasBody = !body.isMissingNode() && !body.isEmpty();
        if (random && !hasBody && target < 7) {
            target = 7 + fuzz.nextInt(2);
        }

        String path = op.path;
        var query = new LinkedHashMap<String, String>();
        var headers = new LinkedHashMap<String, String>();
        List<JsonNode> params = parameters(op.spec);
        List<JsonNode> pathParams = params.stream().filter(p -> p.path("in").asString().equals("path")).toList();
        JsonNode brokenPath = target == 8 && !pathParams.isEmpty() ? fuzz.pick(pathParams) : null;
        for (int i = 0; i < params.size(); i++) {
            var p = params.get(i);
            String name = p.path("name").asString();
            boolean sweptHere = i == swept;
            switch (p.path("in").asString()) {
                case "path" -> {
                    String value = sweptHere ? List.of("abc", "99999999999999999999", "\u0000").get(variant)
                            : p == brokenPath ? fuzz.pick(Fuzz.IDS) : pathValue(op.path, name);
                    path = path.replace("{" + name + "}", UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
                }
                case "query" -> {
                    String value = sweptHere ? hostileQuery(resolve(p.path("schema")), variant) : validQuery(name, p.path("schema"));
                    if (target == 7 && fuzz.chance(0.6)) {
                        value = nasty(p.path("schema"), fuzz);
                    }
                    if (value != null) {
                        query.put(name, value);
                    }
                }
                case "header" -> {
                    String value = name.equals("If-Match") ? "\"" + ids.getOrDefault("version:" + op.path, "0") + "\"" : "x";
                    if (sweptHere) {
                        value = List.of("abc", "", "\"99999999999\"").get(variant);
                    } else if (target == 9) {
                        value = fuzz.pick(List.of("abc", "\"abc\"", "", "\"99999999999\"", "-1", "W/\"1\"", "\"1.5\"", "*", "\"\u00e9\""));
                    }
                    headers.put(name, value);
                }
                default -> {
                }
            }
        }
        var url = new StringBuilder(path);
        String separator = "?";
        for (var q : query.entrySet()) {
            url.append(separator).append(UriUtils.encodeQueryParam(q.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(UriUtils.encodeQueryParam(q.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }

        if (!hasBody) {
            return new Sent(user, op.method, url.toString(), headers, null, null);
        }
        int bodyTarget = swept - params.size();
        if (body.has(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            var schema = body.path(MediaType.MULTIPART_FORM_DATA_VALUE).path("schema");
            String part = schema.path("properties").propertyNames().iterator().next();
            int broken = swept >= params.size() ? bodyTarget * VARIANTS + variant : random && target < 7 ? fuzz.nextInt(UPLOADS) : -1;
            return new Sent(user, op.method, url.toString(), headers, "multipart:" + part, upload(op, fuzz, broken));
        }
        JsonNode schema = body.path(MediaType.APPLICATION_JSON_VALUE).path("schema");
        if (target == 0) {
            // the whole body broken
            String whole = fuzz.pick(List.of("", " ", "null", "[]", "{}", "\"x\"", "0", "{", "{\"a\":", "[null]", "{\"a\":1}{",
                    "\u0000", "{\"\u0000\":1}", "[".repeat(5000), "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}", "\uFEFF{}",
                    "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"));
            String type = fuzz.chance(0.8) ? MediaType.APPLICATION_JSON_VALUE
                    : fuzz.pick(List.of(MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE, "application/json; charset=ISO-8859-1", ""));
            return new Sent(user, op.method, url.toString(), headers, type, whole);
        }
        var writer = new JsonWriter(fuzz, fuzz.chance(0.5));
        if (swept >= params.size()) {
            writer.sweep(bodyTarget, variant);
        } else if (target >= 1 && target < 7) {
            writer.breakAtRandom(1 + fuzz.nextInt(3), bodySlots(op));
        }
        writer.value(schema, null);
        return new Sent(user, op.method, url.toString(), headers, MediaType.APPLICATION_JSON_VALUE, writer.out.toString());
    }

    MvcResult perform(Sent request) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (request.contentType != null && request.contentType.startsWith("multipart:")) {
            builder = multipartOf(request);
        } else {
            builder = MockMvcRequestBuilders.request(request.method, URI.create(request.url));
            if (request.body != null) {
                if (!request.contentType.isEmpty()) {
                    builder.contentType(request.contentType);
                }
                builder.content(request.body.getBytes(StandardCharsets.UTF_8));
            }
        }
        request.headers.forEach(builder::header);
        return mvc.perform(builder.with(user(request.user))).andReturn();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // uploads: the body of a multipart request is "name|base64" so that it prints and replays

    /** The kinds of broken upload, each swept once per upload operation. */
    static final int UPLOADS = 7;

    String upload(Operation op, Fuzz fuzz, int broken) {
        String name;
        byte[] content;
        boolean imports = op.path.startsWith("/api/v1/imports");
        if (imports) {
            name = "daftar-" + new UUID(fuzz.random().nextLong(), fuzz.random().nextLong()) + ".csv";
            content = ("nama usaha;nama pemilik;kelurahan\nKeripik Fuzz " + fuzz.nextInt(1_000_000) + ";Ibu Uji;Dumai Barat\n")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            name = "foto.png";
            content = SmallPng.PNG;
        }
        switch (broken) {
            case 0 -> name = fuzz.pick(List.of("a\u0000b.png", "\u0000", "nama\u0000.csv"));
            case 1 -> name = fuzz.pick(List.of("x".repeat(300) + ".csv", "../../etc/passwd", "😀.xlsx", "", " ", "CON", "a\u202Egnp.exe",
                    "daftar.xlsx", "\uD800.png", "a\nb.pdf"));
            case 2 -> content = fuzz.mutate(content);
            case 3 -> content = fuzz.bytes(fuzz.nextInt(4096));
            case 4 -> content = fuzz.pick(List.of(
                    "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>",
                    "%PDF-1.4\n" + "x".repeat(100), "PK\u0003\u0004garbage", "\u0000\u0000\u0000", "",
                    "nama usaha\u0000;pemilik\n\u0000;\u0000\n", "nama usaha;pemilik\n" + "\"".repeat(3) + "x\n",
                    "\uFEFFnama usaha;nama pemilik\n" + "x;".repeat(3000) + "\n")).getBytes(StandardCharsets.ISO_8859_1);
            case 5 -> {
                content = fuzz.bytes(64);
                name = fuzz.pick(List.of("a.csv", "a.xlsx", "a.pdf", "a.jpg", "a.png"));
            }
            case 6 -> {
                content = zip("xl/workbook.xml", fuzz.pick(List.of(
                        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><workbook/>", "<workbook>" + "<a>".repeat(3000),
                        "\u0000\u0001\u0002")));
                name = "daftar.xlsx";
            }
            default -> {
            }
        }
        return name + "|" + java.util.Base64.getEncoder().encodeToString(content);
    }

    static byte[] zip(String entry, String text) {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    AbstractMockHttpServletRequestBuilder<?> multipartOf(Sent request) {
        String part = request.contentType.substring("multipart:".length());
        int bar = request.body.lastIndexOf('|');
        String name = request.body.substring(0, bar);
        byte[] content = java.util.Base64.getDecoder().decode(request.body.substring(bar + 1));
        return MockMvcRequestBuilders.multipart(request.method, URI.create(request.url))
                .file(new MockMultipartFile(part, name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // values

    /** Writes a JSON value for a schema, valid except at the chosen slots (each value written, in order, is a slot). */
    final class JsonWriter {
        final Fuzz fuzz;
        final boolean asciiOnly;
        final StringBuilder out = new StringBuilder();
        final java.util.Set<Integer> targets = new java.util.HashSet<>();
        int variant = -1;
        boolean counting;
        int slot;

        JsonWriter(Fuzz fuzz, boolean asciiOnly) {
            this.fuzz = fuzz;
            this.asciiOnly = asciiOnly;
        }

        void sweep(int target, int variant) {
            targets.add(target);
            this.variant = variant;
        }

        void breakAtRandom(int breaks, int slots) {
            for (int i = 0; i < breaks && slots > 0; i++) {
                targets.add(fuzz.nextInt(slots));
            }
        }

        void value(JsonNode schema, String name) {
            schema = resolve(schema);
            int here = slot++;
            if (!counting && targets.contains(here)) {
                out.append(variant >= 0 ? hostile(schema, variant) : brokenJson(schema));
                return;
            }
            String hint = hint(name, schema, fuzz);
            if (hint != null) {
                out.append(hint);
                return;
            }
            switch (schema.path("type").asString("object")) {
                case "object" -> {
                    out.append('{');
                    boolean first = true;
                    for (var property : schema.path("properties").properties()) {
                        if (!first) {
                            out.append(',');
                        }
                        first = false;
                        out.append(quote(property.getKey())).append(':');
                        value(property.getValue(), property.getKey());
                    }
                    if (!schema.has("properties") && schema.path("additionalProperties").isObject()) {
                        // a map: the one key the endpoints read (a comment's "body")
                        out.append(quote("body")).append(':');
                        value(schema.path("additionalProperties"), "body");
                    }
                    out.append('}');
                }
                case "array" -> {
                    out.append('[');
                    value(schema.path("items"), name == null ? null : name + "[]");
                    out.append(']');
                }
                case "integer" -> out.append(1);
                case "number" -> out.append("1.5");
                case "boolean" -> out.append(true);
                default -> out.append(quote(validString(schema, name, fuzz)));
            }
        }

        /** The variant-th hostile value of the schema's type: the values each input is swept with. */
        String hostile(JsonNode schema, int variant) {
            String format = schema.path("format").asString("");
            return switch (schema.path("type").asString("object")) {
                case "integer" -> List.of(format.equals("int64") ? "9223372036854775808" : "2147483648", "-1", "\"abc\"").get(variant);
                case "number" -> List.of("1000000000000000000", "-1", "1E+300").get(variant);
                case "boolean" -> List.of("\"ya\"", "2", "null").get(variant);
                case "array" -> List.of("[null]", "\"x\"", "[[]]").get(variant);
                case "object" -> List.of("[]", "\"x\"", "{\"\":null}").get(variant);
                default -> quote(schema.has("enum") ? List.of("TIDAK_ADA", "", "\u0000").get(variant) : switch (format) {
                    case "date" -> List.of("2026-02-30", "besok", "+999999999-12-31").get(variant);
                    case "date-time" -> List.of("2026-12-03T25:00:00+07:00", "besok", "+999999999-12-31T23:59:59Z").get(variant);
                    case "uuid" -> List.of("bukan-uuid", "", "\u0000").get(variant);
                    // NUL; longer than every varchar column of the schema (at most 256); longer than a btree index entry
                    default -> List.of("a\u0000b", "x".repeat(257), LONG).get(variant);
                });
            };
        }

        String brokenJson(JsonNode schema) {
            if (fuzz.chance(0.2)) {
                return fuzz.pick(List.of("null", "true", "{}", "[]", "\"\"", "0", "\"\\u0000\"", "[null]", "{\"\":null}"));
            }
            String type = schema.path("type").asString("object");
            String format = schema.path("format").asString("");
            return switch (type) {
                case "integer", "number" -> fuzz.chance(0.8) ? fuzz.pick(Fuzz.NUMBERS) : quote(fuzz.pick(Fuzz.NUMBERS));
                case "boolean" -> fuzz.pick(List.of("2", "\"ya\"", "\"true\"", "null"));
                case "array" -> fuzz.pick(List.of("[null]", "[null,null]", "[1,null]", "\"x\"", "{}", "[[]]", "[{}]", "[\"\\u0000\"]",
                        "[" + "9223372036854775808" + "]", "[" + "1,".repeat(50) + "1]", "[\"TIDAK_ADA\"]"));
                case "object" -> fuzz.pick(List.of("null", "[]", "\"x\"", "{\"tidak_ada\":1}", "{}", "{\"\\u0000\":\"\\u0000\"}"));
                default -> {
                    if (schema.has("enum")) {
                        String valid = schema.path("enum").path(0).asString();
                        yield quote(fuzz.pick(List.of("TIDAK_ADA", valid.toLowerCase(), "", " " + valid, valid + "\u0000", "\u0000")));
                    }
                    yield quote(switch (format) {
                        case "date" -> fuzz.pick(Fuzz.DATES);
                        case "date-time" -> fuzz.pick(Fuzz.DATE_TIMES);
                        case "uuid" -> fuzz.pick(List.of("bukan-uuid", "", "\u0000", "00000000-0000-0000-0000-00000000000g"));
                        default -> fuzz.string();
                    });
                }
            };
        }

        String quote(String text) {
            var quoted = new StringBuilder("\"");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    quoted.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c) && (asciiOnly || !validPair(text, i)) || asciiOnly && c > 0x7E) {
                    quoted.append(String.format("\\u%04x", (int) c));
                } else {
                    quoted.append(c);
                }
            }
            return quoted.append('"').toString();
        }

        private boolean validPair(String text, int i) {
            char c = text.charAt(i);
            return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
    }

    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** Valid values for the properties whose rules a plain string or number does not meet. */
    String hint(String name, JsonNode schema, Fuzz fuzz) {
        if (name == null) {
            return null;
        }
        var today = LocalDate.now(WIB);
        var first = OffsetDateTime.now(WIB).plusDays(20).withHour(9).withMinute(0).withSecond(0).withNano(0);
        String raw = switch (name) {
            case "regionCode" -> "\"" + VILLAGE + "\"";
            case "regionCodes", "targetRegionCodes" -> "[\"14.72\"]";
            case "nik", "nib", "npwp", "programId", "caseId", "latitude", "longitude", "sectorCategory", "email", "minSessions",
                 "meetingLink", "partners", "partnerAgencyIds", "kbliCodes", "permitHeld", "permitMissing" -> "null";
            case "phone" -> "\"0812-7000-1234\"";
            case "gender" -> "\"P\"";
            case "foodCategoryCode" -> "\"15.0\"";
            case "irtFoodTypeCode" -> "\"06\"";
            case "netContent" -> "\"250 g\"";
            case "businessId" -> ids.get("business");
            case "businessIds", "businessIds[]" -> "[" + ids.get("business") + "]";
            case "productId" -> ids.get("product");
            case "registrationIds" -> "[" + ids.get("registration") + "]";
            case "facilitatorId" -> ids.get("facilitator");
            case "templateCode" -> "\"cppb-irt\"";
            case "token" -> "\"" + new UUID(fuzz.random().nextLong(), fuzz.random().nextLong()) + "\"";
            case "mode" -> schema.has("enum") ? null : "\"ONSITE\"";
            case "responsible" -> "\"OWNER\"";
            case "foundedYear" -> "2018";
            case "capital" -> "80000000";
            case "annualSales" -> "150000000";
            case "capacity" -> "20";
            case "caseloadCap" -> "5";
            case "durationDays" -> "30";
            case "visitIntervalDays" -> "14";
            case "shelfLifeDays" -> "90";
            case "passMark", "score" -> "75";
            case "answer", "answers[]" -> schema.has("enum") ? null : "0";
            case "inspectionLevel" -> "2";
            case "days" -> "30";
            case "version" -> "0";
            case "column" -> "0";
            case "columns" -> "{\"BUSINESS_NAME\": 0, \"OWNER_NAME\": 1}";
            case "picks" -> "{\"NAME\": \"INCOMING\"}";
            case "number" -> "\"P-IRT No. 2061472010001-30\"";
            case "type" -> schema.has("enum") && schema.path("enum").toString().contains("PKP") && !schema.path("enum").toString().contains("SOCIALISATION")
                    ? "\"PIRT\"" : null;
            case "permit" -> "\"PIRT\"";
            case "registrationDeadline" -> "\"" + first.minusDays(3) + "\"";
            case "startsAt" -> "\"" + first + "\"";
            case "endsAt" -> "\"" + first.plusHours(3) + "\"";
            case "startsOn", "awardedOn", "visitedOn", "inspectedOn", "issuedOn", "dueOn" -> "\"" + today + "\"";
            case "expiresOn" -> "\"" + today.plusYears(3) + "\"";
            case "options" -> "[\"ya\",\"tidak\"]";
            case "sessions" -> "[{\"startsAt\":\"" + first + "\",\"endsAt\":\"" + first.plusHours(3) + "\"}]";
            case "venue" -> "\"Aula Uji\"";
            default -> null;
        };
        return raw;
    }

    String validString(JsonNode schema, String name, Fuzz fuzz) {
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asString();
        }
        return switch (schema.path("format").asString("")) {
            case "date" -> LocalDate.now(WIB).toString();
            case "date-time" -> OffsetDateTime.now(WIB).plusDays(5).toString();
            case "uuid" -> new UUID(fuzz.random().nextLong(), fuzz.random().nextLong()).toString();
            // names that must be unique (programs of an agency, templates, tokens)
            default -> name != null && (name.equals("name") || name.equals("topic") || name.equals("title") || name.equals("templateName"))
                    ? "Uji Fuzz " + Integer.toHexString(fuzz.random().nextInt()) : "Uji";
        };
    }

    String validQuery(String name, JsonNode schema) {
        schema = resolve(schema);
        return switch (name) {
            case "businessId" -> ids.get("business");
            case "importId" -> ids.get("import");
            case "q" -> "keripik";
            case "region", "parent" -> "14.72";
            case "number" -> "P-IRT No. 2061472010001-30";
            case "documentType" -> "KTP";
            case "size" -> "25";
            case "after", "note", "nib" -> null;
            default -> schema.has("enum") ? schema.path("enum").path(0).asString()
                    : switch (schema.path("type").asString("")) {
                case "integer" -> schema.has("default") ? schema.path("default").asString() : "1";
                case "boolean" -> "false";
                default -> null;
            };
        };
    }

    /** A hostile query value for a parameter of the given schema. */
    String nasty(JsonNode schema, Fuzz fuzz) {
        schema = resolve(schema);
        return switch (schema.path("type").asString("")) {
            case "integer", "number" -> fuzz.chance(0.5) ? fuzz.pick(Fuzz.NUMBERS) : fuzz.pick(Fuzz.IDS);
            case "boolean" -> fuzz.pick(List.of("ya", "2", "", "\u0000"));
            default -> schema.has("enum") ? fuzz.pick(List.of("TIDAK_ADA", "", "\u0000", schema.path("enum").path(0).asString().toLowerCase()))
                    : fuzz.chance(0.3) ? fuzz.pick(Fuzz.DATES) : fuzz.string();
        };
    }

    String pathValue(String path, String name) {
        return switch (name) {
            case "kind" -> "PRE";
            case "step" -> ids.getOrDefault("step", "NIB");
            case "itemCode" -> ids.getOrDefault("item", "A.1");
            case "system" -> "OSS";
            case "code" -> path.contains("regions") ? "14.72" : "SERTIFIKAT-UJI";
            case "sessionId" -> ids.getOrDefault("session", NOBODY);
            default -> {
                // the resource is the path segment before the variable
                String before = path.substring(0, path.indexOf("{" + name + "}"));
                String[] segments = before.split("/");
                String resource = segments[segments.length - 1];
                yield ids.getOrDefault(switch (resource) {
                    case "businesses" -> "business";
                    case "products" -> "product";
                    case "cases" -> "case";
                    case "programs" -> "program";
                    case "enrollments" -> "enrollment";
                    case "events" -> "event";
                    case "registrations" -> "registration";
                    case "inspections" -> "inspection";
                    case "imports" -> "import";
                    case "corrective-actions" -> "action";
                    default -> resource;
                }, NOBODY);
            }
        };
    }

    /** The hostile values a query parameter is swept with. */
    static String hostileQuery(JsonNode schema, int variant) {
        return switch (schema.path("type").asString("")) {
            case "integer", "number" -> List.of("abc", "99999999999999999999", "-1").get(variant);
            case "boolean" -> List.of("ya", "", "2").get(variant);
            default -> schema.has("enum") ? List.of("TIDAK_ADA", "", "x").get(variant)
                    : List.of("a\u0000b", "x".repeat(257), LONG).get(variant);
        };
    }

    /** What the sweep goes through: each parameter, then each value of a valid body (or each kind of broken upload). */
    int targets(Operation op) {
        return parameters(op.spec).size() + (op.spec.path("requestBody").path("content").has(MediaType.MULTIPART_FORM_DATA_VALUE)
                ? (UPLOADS + VARIANTS - 1) / VARIANTS : bodySlots(op));
    }

    /** How many values a valid body of the operation holds. */
    int bodySlots(Operation op) {
        JsonNode schema = op.spec.path("requestBody").path("content").path(MediaType.APPLICATION_JSON_VALUE).path("schema");
        if (schema.isMissingNode()) {
            return 0;
        }
        var writer = new JsonWriter(new Fuzz(0), true);
        writer.counting = true;
        writer.value(schema, null);
        return writer.slot;
    }

    static List<JsonNode> parameters(JsonNode operation) {
        var list = new ArrayList<JsonNode>();
        operation.path("parameters").forEach(list::add);
        return list;
    }

    static String escape(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 && c != '\n' || c == 0x7F || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // pages: every form a @Controller takes (POST), and every page that reads query parameters (GET)

    /** A value a page reads: a request parameter, a form object's property, a map's key, a path variable or an upload. */
    record Input(String name, Class<?> type, Class<?> element, String kind) {
    }

    record Page(HttpMethod method, String path, List<Input> inputs) {

        String key() {
            return method + " " + path;
        }
    }

    /** Form posts replay as text: the parameters (each value escaped), the uploads by name and size. */
    record Posted(String user, HttpMethod method, String url, Map<String, List<String>> params, Map<String, String> files) {

        @Override
        public String toString() {
            var shown = new StringBuilder();
            params.forEach((name, values) -> values.forEach(v -> shown.append(shown.isEmpty() ? "" : "&").append(name).append('=')
                    .append(v.length() > 300 ? v.substring(0, 300) + "…(" + v.length() + ")" : v)));
            files.forEach((name, file) -> shown.append(" [file ").append(name).append(": ")
                    .append(file.length() > 120 ? file.substring(0, 120) + "…" : file).append(']'));
            return "as " + (user == null ? "anonymous" : user) + ": " + method + " " + url + " " + escape(shown.toString());
        }
    }

    /** Page actions that end their object's life run after the others (as {@link #ENDING} for the API). */
    static final java.util.regex.Pattern PAGE_ENDING = java.util.regex.Pattern.compile(
            ".*/(nonaktif|batal|hapus|selesai|verifikasi|keputusan|hasil|tahap|cabut|revoke|urungkan|gabung|baru|sertifikat|lanjut)$");
    /** Pages the sweep sends each value with: three hostile values of its type, then the value left out. */
    static final int PAGE_VARIANTS = 4;
    static final int PAGE_ROUNDS = Integer.getInteger("fuzz.pageRounds", 6);

    @Test
    void noPageAnswersAnyFormInputWithAServerError() throws Exception {
        makeFixtures();
        var pages = pages();
        long started = System.nanoTime();
        var failures = new java.util.LinkedHashMap<String, List<String>>();
        var statuses = new java.util.TreeMap<Integer, Integer>();
        int sent = 0;
        for (var page : pages) {
            int sweeps = PAGE_VARIANTS * page.inputs().size();
            for (int round = 0; round <= sweeps + PAGE_ROUNDS; round++) {
                var fuzz = Fuzz.forCase(Fuzz.SEED, page.key(), round);
                Posted request = round == 0 ? post(page, fuzz, -1, -1) : round <= sweeps
                        ? post(page, fuzz, (round - 1) / PAGE_VARIANTS, (round - 1) % PAGE_VARIANTS) : post(page, fuzz, -1, -2);
                int status;
                String answer;
                int refusals = databaseRefusals.list.size();
                try {
                    var response = perform(request).getResponse();
                    status = response.getStatus();
                    answer = status >= 500 ? response.getContentAsString() : "";
                } catch (Exception | AssertionError e) {
                    status = 599;
                    answer = rootCause(e);
                }
                sent++;
                statuses.merge(status / 100 * 100, 1, Integer::sum);
                judge(failures, page.key(), "round " + round + ": " + request, status, answer, refusals);
            }
        }
        // signing in is Spring Security's filter, not a page handler: its two fields by hand
        for (String value : List.of("a\u0000b", "x".repeat(257), LONG, "")) {
            for (String field : List.of("username", "password")) {
                var login = MockMvcRequestBuilders.post("/login").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).param("username", "fuzz.tamu").param("password", "salah-sekali-1")
                        .param(field, value);
                int status = mvc.perform(login).andReturn().getResponse().getStatus();
                sent++;
                statuses.merge(status / 100 * 100, 1, Integer::sum);
                if (status >= 500) {
                    failures.computeIfAbsent("POST /login", k -> new ArrayList<>()).add(field + "=" + escape(value) + " -> " + status);
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Page fuzz: seed %d, %d forms and query pages, %d requests in %d ms, answers by class %s%n",
                Fuzz.SEED, pages.size(), sent, millis, statuses);
        report(failures);
    }

    /** A request that threw inside the application (MockMvc rethrows): its deepest cause, as the report shows it. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }

    /** A failure is an answer of 500 or more, or input the database refused because no check did. */
    private void judge(Map<String, List<String>> failures, String key, String request, int status, String answer, int refusalsBefore) {
        if (status >= 500) {
            failures.computeIfAbsent(key, k -> new ArrayList<>()).add(request
                    + "\n      -> " + status + " " + escape(answer.length() > 300 ? answer.substring(0, 300) : answer));
        } else if (databaseRefusals.list.size() > refusalsBefore) {
            failures.computeIfAbsent(key, k -> new ArrayList<>()).add(request
                    + "\n      -> " + status + ", refused by the database, not by a check: "
                    + databaseRefusals.list.get(databaseRefusals.list.size() - 1).getFormattedMessage());
        }
    }

    static void report(Map<String, List<String>> failures) {
        var report = new StringBuilder();
        failures.forEach((op, list) -> {
            report.append(op).append(": ").append(list.size()).append(" failed\n");
            list.stream().limit(3).forEach(f -> report.append("    ").append(f).append('\n'));
        });
        if (!failures.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail("answers of 500 or more, or refusals by the database (seed %d, replay with -Dfuzz.seed=%d):%n%s"
                    .formatted(Fuzz.SEED, Fuzz.SEED, report));
        }
    }

    /** The application's page handlers and what each reads, from Spring MVC's own mapping. */
    List<Page> pages() {
        var mapping = context.getBean("requestMappingHandlerMapping",
                org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class);
        var names = new org.springframework.core.DefaultParameterNameDiscoverer();
        var pages = new ArrayList<Page>();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            var handler = entry.getValue();
            Class<?> bean = handler.getBeanType();
            if (!bean.getPackageName().startsWith("id.naikkelas")
                    || org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(bean, org.springframework.web.bind.annotation.RestController.class)) {
                continue;
            }
            var inputs = new ArrayList<Input>();
            for (var parameter : handler.getMethodParameters()) {
                parameter.initParameterNameDiscovery(names);
                Class<?> type = parameter.getParameterType();
                Class<?> element = org.springframework.core.ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
                var requestParam = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
                var pathVariable = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
                if (pathVariable != null) {
                    continue;
                }
                if (org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type) || element != null
                        && org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(element)) {
                    inputs.add(new Input(requestParam == null || requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name(),
                            type, element, "file"));
                } else if (requestParam != null && Map.class.isAssignableFrom(type)) {
                    mapKeys(entry.getKey().getPatternValues().iterator().next()).forEach(key -> inputs.add(new Input(key, String.class, null, "param")));
                } else if (requestParam != null) {
                    String name = !requestParam.name().isEmpty() ? requestParam.name() : !requestParam.value().isEmpty() ? requestParam.value()
                            : parameter.getParameterName();
                    inputs.add(new Input(name, type, element, "param"));
                } else if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class)) {
                    properties(type, "", inputs);
                }
            }
            var methods = entry.getKey().getMethodsCondition().getMethods();
            boolean post = methods.contains(org.springframework.web.bind.annotation.RequestMethod.POST);
            if (post || !inputs.isEmpty()) {
                for (String pattern : entry.getKey().getPatternValues()) {
                    pages.add(new Page(post ? HttpMethod.POST : HttpMethod.GET, pattern, inputs));
                }
            }
        }
        pages.sort(java.util.Comparator.<Page, Boolean>comparing(p -> PAGE_ENDING.matcher(p.path()).matches()).thenComparing(Page::key));
        return pages;
    }

    /** A form object's properties, and those of the objects it holds ("owner.phone"). */
    static void properties(Class<?> type, String prefix, List<Input> inputs) {
        for (var property : org.springframework.beans.BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null) {
                continue;
            }
            Class<?> propertyType = property.getPropertyType();
            if (propertyType.getPackageName().startsWith("id.naikkelas") && !propertyType.isEnum() && prefix.isEmpty()) {
                properties(propertyType, property.getName() + ".", inputs);
                continue;
            }
            Class<?> element = org.springframework.core.ResolvableType.forMethodParameter(property.getWriteMethod(), 0).getGeneric(0).resolve();
            if (java.util.List.class.isAssignableFrom(propertyType) && element != null && element.getPackageName().startsWith("id.naikkelas")
                    && !element.isEnum() && prefix.isEmpty()) {
                // repeatable rows ("stages[0].name"): the first row's fields
                properties(element, property.getName() + "[0].", inputs);
                continue;
            }
            inputs.add(new Input(prefix + property.getName(), propertyType, element, "param"));
        }
    }

    /** The keys the pages that read all their parameters as a map look for. */
    static List<String> mapKeys(String path) {
        if (path.endsWith("/kolom")) {
            return List.of("col.BUSINESS_NAME", "col.OWNER_NAME", "col.DISTRICT", "templateName");
        }
        if (path.endsWith("/gabung")) {
            return List.of("pick.NAME", "pick.EMAIL");
        }
        return path.contains("/tes/") ? List.of("q0", "q1") : List.of("x");
    }

    /** A form post or page request: valid, or with one input swept (variant 3: left out), or broken at random (variant -2). */
    Posted post(Page page, Fuzz fuzz, int swept, int variant) {
        String path = page.path();
        String user = path.startsWith("/admin") ? ADMIN : path.startsWith("/daftar") || path.startsWith("/sertifikat") ? null
                : path.startsWith("/program") || path.startsWith("/peserta") || path.startsWith("/tindak-lanjut")
                || path.endsWith("/program") ? MANAGER : OFFICER;
        var url = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            url.append('/');
            if (segment.startsWith("{")) {
                String variable = segment.substring(1, segment.length() - 1);
                url.append(UriUtils.encodePathSegment(pageVariable(path, variable), StandardCharsets.UTF_8));
            } else {
                url.append(segment);
            }
        }
        var params = new LinkedHashMap<String, List<String>>();
        var files = new LinkedHashMap<String, String>();
        var broken = new java.util.HashSet<Integer>();
        if (variant == -2) {
            for (int i = 0, n = 1 + fuzz.nextInt(3); i < n && !page.inputs().isEmpty(); i++) {
                broken.add(fuzz.nextInt(page.inputs().size()));
            }
        }
        for (int i = 0; i < page.inputs().size(); i++) {
            var input = page.inputs().get(i);
            if (input.kind().equals("file")) {
                if (i == swept && variant == 3) {
                    continue;
                }
                int kind = i == swept ? List.of(0, 1, 4).get(variant) : broken.contains(i) ? fuzz.nextInt(UPLOADS) : -1;
                files.put(input.name(), upload(new Operation(HttpMethod.POST, path.startsWith("/impor") ? "/api/v1/imports" : path, null),
                        fuzz, kind));
                continue;
            }
            List<String> values;
            if (i == swept) {
                values = variant == 3 ? null : pageHostile(input, variant);
            } else if (broken.contains(i)) {
                values = List.of(input.name().equals("id") || input.name().endsWith("Id") ? fuzz.pick(Fuzz.IDS)
                        : fuzz.chance(0.5) ? fuzz.string() : fuzz.pick(fuzz.chance(0.5) ? Fuzz.NUMBERS : Fuzz.DATES));
            } else {
                values = pageValid(input, path, fuzz);
            }
            if (values != null) {
                params.put(input.name(), values);
            }
        }
        return new Posted(user, page.method(), url.toString(), params, files);
    }

    MvcResult perform(Posted request) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (!request.files().isEmpty()) {
            var multipart = MockMvcRequestBuilders.multipart(request.method(), URI.create(request.url()));
            request.files().forEach((part, encoded) -> {
                int bar = encoded.lastIndexOf('|');
                multipart.file(new MockMultipartFile(part, encoded.substring(0, bar), MediaType.APPLICATION_OCTET_STREAM_VALUE,
                        java.util.Base64.getDecoder().decode(encoded.substring(bar + 1))));
            });
            builder = multipart;
        } else {
            builder = MockMvcRequestBuilders.request(request.method(), URI.create(request.url()));
        }
        request.params().forEach((name, values) -> builder.param(name, values.toArray(String[]::new)));
        builder.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        if (request.user() != null) {
            builder.with(request.user().equals(ADMIN) ? user(ADMIN).roles("ADMIN") : user(request.user()));
        }
        return mvc.perform(builder).andReturn();
    }

    String pageVariable(String path, String variable) {
        return switch (variable) {
            case "businessId" -> ids.get("business");
            case "productId" -> ids.get("product");
            case "rid" -> ids.get("registration");
            case "sesi", "sessionId" -> ids.get("session");
            case "step" -> ids.get("step");
            case "kind" -> "PRE";
            case "code", "kode" -> "SERTIFIKAT-UJI";
            case "id" -> {
                String[] segments = path.substring(0, path.indexOf("{id}")).split("/");
                yield ids.getOrDefault(switch (segments[segments.length - 1]) {
                    case "usaha" -> "business";
                    case "produk" -> "product";
                    case "kasus" -> "case";
                    case "program" -> "program";
                    case "peserta" -> "enrollment";
                    case "pelatihan" -> "event";
                    case "pemeriksaan" -> "inspection";
                    case "impor" -> "import";
                    default -> "";
                }, NOBODY);
            }
            default -> NOBODY;
        };
    }

    List<String> pageValid(Input input, String path, Fuzz fuzz) {
        if (input.name().matches(".+\\.(province|regency|district|village)")) {
            // a region picker's selects: left out, its code says the region
            return null;
        }
        String hint = switch (input.name()) {
            case "regionCode" -> path.startsWith("/pelatihan") ? "14.72" : VILLAGE;
            case "regionCodes", "regions[0].code", "region.code" -> "14.72";
            case "targetRegions[0].code", "partners[0].agencyId", "partners[0].mouNumber", "partners[0].mouScope", "partners[0].role",
                 "partners[0].mouSignedOn", "partners[0].mouExpiresOn", "stages[0].visitIntervalDays" -> "";
            case "stages[0].name" -> "Pendataan";
            case "stages[0].durationDays" -> "30";
            case "sessions[0].date" -> LocalDate.now(WIB).plusDays(20).toString();
            case "sessions[0].startsAt" -> "09:00";
            case "sessions[0].endsAt" -> "12:00";
            case "kbliCodes", "nib", "npwp", "owner.nik", "owner.email", "latitude", "longitude", "after", "partners",
                 "targetRegionCodes", "meetingLink", "programId", "id", "templateName", "template", "impor", "kasus" -> "";
            case "capital" -> "80000000";
            case "annualSales" -> "150000000";
            case "owner.fullName", "fullName" -> "Ibu Uji";
            case "owner.phone", "phone" -> "0812-7000-1234";
            case "owner.gender", "gender" -> "P";
            case "foodCategoryCode" -> "15.0";
            case "irtFoodTypeCode" -> "06";
            case "netContent" -> "250 g";
            case "registrationDeadline" -> LocalDate.now(WIB).plusDays(15).toString();
            case "username" -> "fuzz" + Integer.toHexString(fuzz.random().nextInt());
            case "password", "newPassword", "confirmPassword" -> "Rahasia-Kuat-1";
            case "currentPassword" -> "bukan-sandi-1";
            case "business", "businessIds" -> ids.get("business");
            case "productId" -> ids.get("product");
            case "facilitator" -> path.contains("/kasus/") ? "Dewi Pendamping" : "1";
            case "templateCode" -> "cppb-irt";
            case "item" -> ids.get("item");
            case "documentType" -> "KTP";
            case "permit", "type" -> input.type().isEnum() && "PIRT".equals(firstConstant(input.type())) ? "PIRT" : null;
            case "number" -> "P-IRT No. 2061472010001-30";
            case "followUp" -> "Perbaiki label";
            case "followUpBy" -> "OWNER";
            case "mode" -> input.type() == String.class ? "ONSITE" : null;
            case "notes", "note", "reason", "body", "title", "description", "topic", "venue", "trainers", "q" -> "Uji";
            case "name" -> "Uji Fuzz " + Integer.toHexString(fuzz.random().nextInt());
            case "token" -> new UUID(fuzz.random().nextLong(), fuzz.random().nextLong()).toString();
            case "col.BUSINESS_NAME", "q0" -> "0";
            case "col.OWNER_NAME", "q1" -> "1";
            case "col.DISTRICT" -> "2";
            case "pick.NAME", "pick.EMAIL" -> "INCOMING";
            case "capacity", "caseloadCap" -> "20";
            case "days" -> "30";
            case "score" -> "75";
            case "outcome" -> "GRADUATED";
            default -> null;
        };
        if (hint != null) {
            return List.of(hint);
        }
        Class<?> type = input.type();
        if (type.isEnum()) {
            return List.of(firstConstant(type));
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            Class<?> element = input.element();
            return List.of(element != null && element.isEnum() ? firstConstant(element)
                    : element == Long.class ? ids.get("business") : "Uji");
        }
        if (type == LocalDate.class) {
            return List.of(LocalDate.now(WIB).toString());
        }
        if (type == boolean.class || type == Boolean.class) {
            return List.of("true");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return List.of("1");
        }
        if (type == java.math.BigDecimal.class) {
            return List.of("1.5");
        }
        if (type == UUID.class) {
            return List.of(new UUID(fuzz.random().nextLong(), fuzz.random().nextLong()).toString());
        }
        return List.of("Uji");
    }

    static String firstConstant(Class<?> type) {
        return ((Enum<?>) type.getEnumConstants()[0]).name();
    }

    /** The hostile values a page's input is swept with, by its Java type (a list gets a good and a bad value). */
    static List<String> pageHostile(Input input, int variant) {
        Class<?> type = java.util.Collection.class.isAssignableFrom(input.type()) && input.element() != null ? input.element() : input.type();
        String value;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            value = List.of("abc", "99999999999999999999", "-1").get(variant);
        } else if (type == java.math.BigDecimal.class) {
            value = List.of("abc", "1000000000000000000", "1E+300").get(variant);
        } else if (type == LocalDate.class) {
            value = List.of("besok", "2026-02-30", "+999999999-12-31").get(variant);
        } else if (type.isEnum()) {
            value = List.of("TIDAK_ADA", "", "\u0000").get(variant);
        } else if (type == boolean.class || type == Boolean.class) {
            value = List.of("ya", "", "2").get(variant);
        } else if (type == UUID.class) {
            value = List.of("bukan-uuid", "", "\u0000").get(variant);
        } else {
            value = List.of("a\u0000b", "x".repeat(257), LONG).get(variant);
        }
        return type == input.type() ? List.of(value) : List.of("1", value);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // fixtures: objects of Kota Dumai made through the API, so each operation has a real object of the caller's region

    void makeFixtures() throws Exception {
        String business = call(OFFICER, HttpMethod.POST, "/api/v1/businesses", """
                {"name": "Keripik Fuzz %s", "legalForm": "PERORANGAN", "sector": "PROCESSED_FOOD", "address": "Jl. Uji 1",
                 "regionCode": "%s", "workers": 2, "foundedYear": 2019, "annualSales": 90000000, "premises": "RESIDENCE",
                 "equipment": "MANUAL", "productionSites": 1, "outlets": 1,
                 "owner": {"fullName": "Ibu Fuzz", "gender": "P", "phone": "0812-7000-4411"}}""".formatted(UUID.randomUUID(), VILLAGE));
        ids.put("business", json.readTree(business).path("id").asString());
        ids.put("version:/api/v1/businesses/{id}", json.readTree(business).path("version").asString());
        String product = call(OFFICER, HttpMethod.POST, "/api/v1/businesses/" + ids.get("business") + "/products", """
                {"name": "Keripik Singkong Fuzz", "brand": "Uji", "foodCategoryCode": "15.0", "irtFoodTypeCode": "06",
                 "packaging": "PLASTIC", "netContent": "250 g", "shelfLifeDays": 90, "storage": "AMBIENT", "ingredients": "singkong"}""");
        ids.put("product", json.readTree(product).path("id").asString());
        ids.put("version:/api/v1/products/{id}", json.readTree(product).path("version").asString());
        String opened = call(OFFICER, HttpMethod.POST, "/api/v1/cases", "{\"productId\": " + ids.get("product") + ", \"permit\": \"PIRT\"}");
        ids.put("case", json.readTree(opened).path("id").asString());
        ids.put("step", json.readTree(opened).path("currentStep").asString());

        String program = call(MANAGER, HttpMethod.POST, "/api/v1/programs", """
                {"name": "Program Fuzz %s", "description": "uji", "regionCodes": ["14.72"], "startsOn": "%s", "capacity": 50,
                 "facilitation": "CASELOAD", "caseloadCap": 10, "stages": [{"name": "Pendataan", "durationDays": 30, "visitIntervalDays": 14}]}"""
                .formatted(UUID.randomUUID(), LocalDate.now(WIB)));
        ids.put("program", json.readTree(program).path("id").asString());
        ids.put("version:/api/v1/programs/{id}", json.readTree(program).path("version").asString());
        call(MANAGER, HttpMethod.POST, "/api/v1/programs/" + ids.get("program") + "/enrollments", "{\"businessIds\": [" + ids.get("business") + "]}");
        String enrolled = call(MANAGER, HttpMethod.GET, "/api/v1/programs/" + ids.get("program") + "/enrollments", null);
        ids.put("enrollment", json.readTree(enrolled).path(0).path("id").asString());

        var first = OffsetDateTime.now(WIB).plusDays(20).withHour(9).withMinute(0).withSecond(0).withNano(0);
        String event = call(OFFICER, HttpMethod.POST, "/api/v1/training/events", """
                {"type": "BIMTEK", "topic": "Bimtek Fuzz", "trainers": ["dr. Uji"], "mode": "ON_SITE", "regionCode": "14.72",
                 "venue": "Aula Uji", "capacity": 20, "registrationDeadline": "%s",
                 "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(first.minusDays(3), first, first.plusHours(3)));
        ids.put("event", json.readTree(event).path("id").asString());
        ids.put("session", json.readTree(event).path("sessions").path(0).path("id").asString());
        ids.put("version:/api/v1/training/events/{id}", json.readTree(event).path("version").asString("0"));
        ids.put("version:/api/v1/training/events/{id}/cancellation", json.readTree(event).path("version").asString("0"));
        String registered = call(OFFICER, HttpMethod.POST, "/api/v1/training/events/" + ids.get("event") + "/registrations",
                "{\"businessId\": " + ids.get("business") + "}");
        ids.put("registration", json.readTree(registered).path("registrationId").asString());

        String inspection = call(OFFICER, HttpMethod.POST, "/api/v1/inspections",
                "{\"businessId\": " + ids.get("business") + ", \"templateCode\": \"cppb-irt\"}");
        ids.put("inspection", json.readTree(inspection).path("id").asString());
        ids.put("item", json.readTree(inspection).path("template").path("sections").path(0).path("items").path(0).path("code").asString());

        var csv = new MockMultipartFile("file", "fuzz-" + UUID.randomUUID() + ".csv", "text/csv",
                ("nama usaha;nama pemilik;kelurahan\nKeripik Fuzz Impor " + UUID.randomUUID() + ";Ibu Uji;Dumai Barat\n").getBytes(StandardCharsets.UTF_8));
        String imported = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/imports").file(csv).with(user(OFFICER)))
                .andReturn().getResponse().getContentAsString();
        ids.put("import", json.readTree(imported).path("id").asString());
        ids.put("facilitator", "1");
        assertThat(ids).doesNotContainValue("").doesNotContainValue(null);
    }

    String call(String user, HttpMethod method, String url, String body) throws Exception {
        var builder = MockMvcRequestBuilders.request(method, URI.create(url)).with(user(user));
        if (body != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var response = mvc.perform(builder).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s: %s", method, url, response.getContentAsString()).isLessThan(300);
        return response.getContentAsString();
    }

    /** A small valid PNG for the photo uploads. */
    static final class SmallPng {
        static final byte[] PNG = png();

        private static byte[] png() {
            try {
                var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
                var out = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
