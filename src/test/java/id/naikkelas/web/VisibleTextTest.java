package id.naikkelas.web;

import id.naikkelas.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a person reads on a page is words, never the codes behind them: no unresolved message key, no enum
 * constant, no file or class name of the code. Walks the pages each demo account reaches by following links,
 * in Bahasa Indonesia and in English, and reads the visible text (text, titles, alt, placeholders, labels of
 * buttons) — not the values of form fields, which may stay codes.
 */
@IntegrationTest
class VisibleTextTest {

    /** Pages reached only by a form or a typed address. */
    private static final List<String> ENTRY_PAGES = List.of("/", "/login", "/daftar", "/cek-izin", "/verifikasi", "/sertifikat",
            "/tidak-ada-halaman-ini",
            "/cek-izin/hasil?productName=Keripik%20Singkong&sector=PROCESSED_FOOD&kind=GOODS&foodCategory=15.0&irtFoodType=09"
                    + "&shelfLifeDays=60&storage=AMBIENT&preservation=FRYING&madeAtHome=true&equipment=MANUAL"
                    + "&ingredientsHalalCertain=true&separateHalalFacility=true&hasNib=false&annualSales=120000000"
                    + "&productionSites=1&outlets=1&brand=Renyah&asOf=2026-06-01",
            "/cek-izin/hasil?productName=Rendang&sector=PROCESSED_FOOD&kind=GOODS&foodCategory=08.0&shelfLifeDays=5"
                    + "&storage=FROZEN&madeAtHome=false&equipment=MACHINE&hasNib=true&annualSales=3000000000");
    /** Files, images, downloads, API and the htmx pieces: not pages. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|ui|css|js|img|webjars|swagger-ui|v3|actuator)(/.*)?$|\\.(pdf|xlsx|csv|zip|png|jpg|svg)$|/(foto|foto-kunjungan|qr\\.png)(/|$)|^/logout");
    private static final int MOST_PAGES = 80;
    private static final int SAME_SHAPE = 1;

    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\shref=\"([^\"#]*)\"", Pattern.CASE_INSENSITIVE);
    /** Not read: scripts, styles, comments, and what a text area holds (a form value, like an option's value). */
    private static final Pattern HIDDEN_BLOCKS = Pattern.compile(
            "<(script|style|template|textarea)\\b.*?</\\1>|<!--.*?-->",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern READ_ATTRIBUTES = Pattern.compile("\\s(title|alt|placeholder|aria-label|label|data-confirm)=\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BUTTON_INPUT = Pattern.compile("<input\\b[^>]*type=\"(submit|button|reset)\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern MESSAGE_LEFT_OVER = Pattern.compile("\\?\\?[^?\\s]+\\?\\?|[#$*@~]\\{[^}]*}");
    private static final Pattern FILE_REFERENCE = Pattern.compile(
            "\\S+\\.(ya?ml|properties|html|java|class|md)\\b|classpath\\*?:|\\btemplates/|\\bid\\.naikkelas\\b|\\b\\w+Exception\\b");

    private static Pattern enumNames;
    private static Pattern classNames;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anonymous", "admin", "manajer.dumai", "petugas.dumai", "petugas.bengkalis", "petugas.lampung",
            "pendamping.palangkaraya", "petugas.palangkaraya", "petugas.bandarlampung", "pemilik.demo", "mitra.demo", "pembeli.demo"})
    void noPageShowsAMessageKeyAnEnumNameOrAFileOfTheCode(String username) throws Exception {
        var findings = new TreeSet<String>();
        int pages = 0;
        for (String language : List.of("id", "en")) {
            pages += walk(username, language, findings);
        }
        assertThat(pages).as("pages read").isGreaterThan(username.equals("anonymous") ? 6 : 4);
        assertThat(findings).as("codes shown to %s", username).isEmpty();
    }

    private int walk(String username, String language, Set<String> findings) throws Exception {
        // the public pages read the same for everyone: read once, without an account
        var queue = new ArrayDeque<>(username.equals("anonymous") ? ENTRY_PAGES : List.of("/"));
        var seen = new LinkedHashSet<String>();
        var shapes = new HashMap<String, Integer>();
        int read = 0;
        while (!queue.isEmpty() && read < MOST_PAGES) {
            String address = queue.poll();
            if (!seen.add(address) || shapes.merge(shape(address), 1, Integer::sum) > SAME_SHAPE) {
                continue;
            }
            MvcResult result = mvc.perform(request(address, username, language)).andReturn();
            var response = result.getResponse();
            String location = response.getRedirectedUrl();
            if (location != null) {
                local(location, address).ifPresent(queue::add);
                continue;
            }
            if (response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
                continue;
            }
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            read++;
            for (String finding : codesIn(visibleText(html))) {
                findings.add(language + " " + address + " : " + finding);
            }
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                local(HtmlUtils.htmlUnescape(link.group(1)), address).filter(a -> !seen.contains(a)).ifPresent(queue::add);
            }
        }
        return read;
    }

    private MockHttpServletRequestBuilder request(String address, String username, String language) {
        var request = get(URI.create(address)).cookie(new Cookie("lang", language));
        return username.equals("anonymous") ? request : request.with(user(users.loadUserByUsername(username)));
    }

    /** The same page for another record: numbers and query values do not make a new kind of page. */
    private static String shape(String address) {
        int query = address.indexOf('?');
        String path = (query < 0 ? address : address.substring(0, query)).replaceAll("\\d+", "#");
        String names = query < 0 ? "" : java.util.Arrays.stream(address.substring(query + 1).split("&"))
                .map(pair -> pair.split("=")[0]).sorted().collect(Collectors.joining(","));
        return path + "?" + names;
    }

    private static java.util.Optional<String> local(String href, String from) {
        if (href.isBlank() || href.startsWith("//") || href.startsWith("mailto:") || href.startsWith("tel:")) {
            return java.util.Optional.empty();
        }
        URI uri = URI.create(from).resolve(href.replace(" ", "%20"));
        if (uri.getHost() != null && !uri.getHost().equals("localhost")) {
            return java.util.Optional.empty();
        }
        String path = uri.getRawPath();
        if (path == null || NOT_A_PAGE.matcher(path).find() || (uri.getRawQuery() != null && uri.getRawQuery().contains("lang="))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    static String visibleText(String html) {
        String shown = HIDDEN_BLOCKS.matcher(html).replaceAll(" ");
        var text = new StringBuilder();
        Matcher attribute = READ_ATTRIBUTES.matcher(shown);
        while (attribute.find()) {
            text.append(attribute.group(2)).append('\n');
        }
        Matcher button = BUTTON_INPUT.matcher(shown);
        while (button.find()) {
            Matcher value = VALUE.matcher(button.group());
            if (value.find()) {
                text.append(value.group(1)).append('\n');
            }
        }
        text.append(TAG.matcher(shown).replaceAll("\n"));
        return HtmlUtils.htmlUnescape(text.toString());
    }

    static List<String> codesIn(String text) throws IOException {
        var found = new ArrayList<String>();
        for (Pattern pattern : List.of(MESSAGE_LEFT_OVER, FILE_REFERENCE, enumNames(), classNames())) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int start = Math.max(0, m.start() - 30);
                int end = Math.min(text.length(), m.end() + 30);
                found.add("'" + m.group() + "' in \"" + text.substring(start, end).replaceAll("\\s+", " ").strip() + "\"");
            }
        }
        return found;
    }

    /**
     * The project's own enum constants and rule codes, as people must never read them. A constant written the same way in a text of
     * the bundles is a word there (SNI, BPOM, CSV) and allowed.
     */
    private static synchronized Pattern enumNames() throws IOException {
        if (enumNames == null) {
            var words = bundleWords();
            var names = new TreeSet<String>();
            for (Class<?> type : projectClasses()) {
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        String name = ((Enum<?>) constant).name();
                        if (name.matches("[A-Z][A-Z0-9_]{2,}") && !words.contains(name)) {
                            names.add(name);
                        }
                    }
                }
            }
            for (String code : ruleCodes()) {
                if (!words.contains(code)) {
                    names.add(code);
                }
            }
            assertThat(names).as("codes found").contains("MIKRO", "PROCESSED_FOOD", "PKP_TRAINING", "BPOM_MD");
            enumNames = Pattern.compile("(?<![\\w-])(" + String.join("|", names) + ")(?![\\w-])");
        }
        return enumNames;
    }

    /** Codes the rules written as data give their steps and items (pathway steps such as PKP_TRAINING). */
    private static Set<String> ruleCodes() throws IOException {
        var codes = new TreeSet<String>();
        var code = Pattern.compile("\\bcode:\\s*\"?([A-Z][A-Z0-9_]{2,})\\b");
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:*/**/*.yml")) {
            if (resource.getURL().toString().contains("/test-classes/")) {
                continue;
            }
            Matcher m = code.matcher(resource.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    /** Names of the project's classes written as one CamelCase word (BusinessProfile, NikVault). */
    private static synchronized Pattern classNames() throws IOException {
        if (classNames == null) {
            var words = bundleWords();
            var names = new TreeSet<String>();
            for (Class<?> type : projectClasses()) {
                String name = type.getSimpleName();
                if (name.matches("[A-Z][a-z0-9]+[A-Z]\\w*") && !words.contains(name)) {
                    names.add(name);
                }
            }
            classNames = Pattern.compile("\\b(" + String.join("|", names) + ")\\b");
        }
        return classNames;
    }

    private static List<Class<?>> projectClasses() throws IOException {
        var classes = new ArrayList<Class<?>>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath*:id/naikkelas/**/*.class")) {
            String url = resource.getURL().toString();
            if (url.contains("/test-classes/")) {
                continue;
            }
            String name = url.substring(url.lastIndexOf("id/naikkelas/"), url.length() - ".class".length()).replace('/', '.');
            try {
                classes.add(Class.forName(name, false, VisibleTextTest.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that cannot load is no name a page could show
            }
        }
        return classes;
    }

    /** Words of the texts people read: the bundles, and the prose of the rules written as data (step titles). */
    private static Set<String> bundleWords() throws IOException {
        var words = new java.util.HashSet<String>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath*:*/**/*.yml")) {
            for (String line : resource.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                String text = line.replaceAll("(^|\\s)#.*", "");
                int colon = text.indexOf(": ");
                boolean plainKey = colon > 0 && text.substring(0, colon).matches("\\s*(- )?[\\w.-]+");
                String value = plainKey ? text.substring(colon + 2).strip() : "";
                if (value.matches("[\"']?[A-Za-z][^{}\\[\\]]*[a-z]{3,}.*") && value.contains(" ")) {
                    words.addAll(List.of(value.split("[^\\w]+")));
                }
            }
        }
        for (var resource : resolver.getResources("classpath*:i18n/*.properties")) {
            var properties = new Properties();
            try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            for (Object value : properties.values()) {
                for (String word : value.toString().split("[^\\w]+")) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
