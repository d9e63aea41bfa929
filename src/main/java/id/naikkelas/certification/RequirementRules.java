package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A validated requirement-rule file (see {@code certification/requirement-rules.yml} for the
 * format and how rules are ordered). Loading checks everything an administrator can get wrong,
 * so a rule set that loads can be evaluated for any product.
 */
final class RequirementRules {

    public static final String DEFAULT_RESOURCE = "/certification/requirement-rules.yml";

    private static final Set<String> TOP_KEYS = Set.of("version", "effective_from", "rules", "halal_route", "prerequisites");
    private static final Set<String> RULE_KEYS = Set.of("id", "when", "decides", "reason_id", "reason_en", "legal_basis", "group",
            "fallback");
    private static final Set<String> ROUTE_KEYS = Set.of("self_declare", "regular", "criteria");
    private static final Set<String> ROUTE_TEXT_KEYS = Set.of("reason_id", "reason_en", "legal_basis");
    private static final Set<String> CRITERION_KEYS = Set.of("id", "when", "explanation_id", "explanation_en", "failed_id", "failed_en");
    private static final Set<String> PREREQUISITE_KEYS = Set.of("id", "when", "text_id", "text_en", "legal_basis", "link");

    /**
     * One ordered rule; {@code decides} keeps file order. Rules of one {@code group} are variants of one
     * reason (before and after a deadline), so only the first that matches speaks; a {@code fallback}
     * ("otherwise …") decides but is never shown as a further reason.
     */
    record Rule(String id, Predicate<ProductProfile> when, Map<PermitType, Outcome> decides,
                String reasonId, String reasonEn, String legalBasis, String group, boolean fallback) {
    }

    record RouteText(String reasonId, String reasonEn, String legalBasis) {
    }

    /** @param facts the facts the condition reads: when one is unanswered, a criterion that does not hold is "to confirm" */
    record CheckedCriterion(Criterion criterion, Predicate<ProductProfile> holds, Set<String> facts) {
    }

    record CheckedPrerequisite(Prerequisite prerequisite, Predicate<ProductProfile> applies) {
    }

    record HalalRoute(RouteText selfDeclare, RouteText regular, List<CheckedCriterion> criteria) {
    }

    private final String version;
    private final LocalDate effectiveFrom;
    private final List<Rule> rules;
    private final HalalRoute halalRoute;
    private final List<CheckedPrerequisite> prerequisites;
    private final Set<String> factsRead;

    private RequirementRules(String version, LocalDate effectiveFrom, List<Rule> rules, HalalRoute halalRoute,
                             List<CheckedPrerequisite> prerequisites, Set<String> factsRead) {
        this.factsRead = factsRead;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.rules = rules;
        this.halalRoute = halalRoute;
        this.prerequisites = prerequisites;
    }

    /** The rules shipped with the application. */
    public static RequirementRules loadDefault() {
        try (InputStream in = RequirementRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates a rule file, e.g. one an administrator uploads; {@code source} names it in errors. */
    public static RequirementRules parse(String yamlText, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false); // a repeated key would silently drop half a rule
        Object document;
        try {
            document = new Yaml(new SafeConstructor(options)).load(yamlText);
        } catch (RuntimeException e) {
            throw new InvalidRulesException(source + ": not valid YAML: " + e.getMessage());
        }
        Map<?, ?> top = map(document, source, TOP_KEYS);
        String version = text(top, "version", source);
        LocalDate effectiveFrom = Conditions.date(top.get("effective_from"), source + " > effective_from");
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object node : list(top.get("rules"), source + " > rules")) {
            Rule rule = rule(node, source);
            if (!ids.add(rule.id())) {
                throw new InvalidRulesException(source + ": rule id '" + rule.id() + "' is used twice");
            }
            rules.add(rule);
        }
        List<CheckedPrerequisite> prerequisites = new ArrayList<>();
        if (top.containsKey("prerequisites")) {
            for (Object node : list(top.get("prerequisites"), source + " > prerequisites")) {
                prerequisites.add(prerequisite(node, source));
            }
        }
        return new RequirementRules(version, effectiveFrom, List.copyOf(rules), halalRoute(top.get("halal_route"), source),
                List.copyOf(prerequisites), Conditions.factsIn(top));
    }

    public String version() {
        return version;
    }

    /** The date this rule set reflects the regulations from (metadata for administrators and reports). */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    List<Rule> rules() {
        return rules;
    }

    HalalRoute halalRoute() {
        return halalRoute;
    }

    List<CheckedPrerequisite> prerequisites() {
        return prerequisites;
    }

    /** Every fact some rule, criterion or prerequisite reads: each must be asked somewhere. */
    Set<String> factsRead() {
        return factsRead;
    }

    private static Rule rule(Object node, String source) {
        String where = source + " > rule";
        Map<?, ?> map = map(node, where, RULE_KEYS);
        String id = text(map, "id", where);
        where = source + " > rule '" + id + "'";
        Predicate<ProductProfile> when = map.containsKey("when") ? Conditions.compile(map.get("when"), where) : product -> true;
        Map<PermitType, Outcome> decides = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map(map.get("decides"), where + " > decides", null).entrySet()) {
            decides.put(constant(PermitType.class, entry.getKey(), where), constant(Outcome.class, entry.getValue(), where));
        }
        if (decides.isEmpty()) {
            throw new InvalidRulesException(where + ": 'decides' names no permit");
        }
        Object fallback = map.containsKey("fallback") ? map.get("fallback") : Boolean.FALSE;
        if (!(fallback instanceof Boolean)) {
            throw new InvalidRulesException(where + ": 'fallback' must be true or false, found " + fallback);
        }
        return new Rule(id, when, decides, quoting(map, "reason_id", where), quoting(map, "reason_en", where),
                text(map, "legal_basis", where), map.containsKey("group") ? text(map, "group", where) : null, (Boolean) fallback);
    }

    private static HalalRoute halalRoute(Object node, String source) {
        String where = source + " > halal_route";
        Map<?, ?> map = map(node, where, ROUTE_KEYS);
        List<CheckedCriterion> criteria = new ArrayList<>();
        for (Object item : list(map.get("criteria"), where + " > criteria")) {
            Map<?, ?> criterion = map(item, where + " > criterion", CRITERION_KEYS);
            String id = text(criterion, "id", where + " > criterion");
            String at = where + " > criterion '" + id + "'";
            if (criterion.containsKey("failed_id") != criterion.containsKey("failed_en")) {
                throw new InvalidRulesException(at + ": give 'failed_id' and 'failed_en' together");
            }
            String explanationId = quoting(criterion, "explanation_id", at);
            String explanationEn = quoting(criterion, "explanation_en", at);
            var facts = Conditions.factsIn(criterion.get("when"));
            criteria.add(new CheckedCriterion(
                    new Criterion(id, explanationId, explanationEn,
                            criterion.containsKey("failed_id") ? quoting(criterion, "failed_id", at) : explanationId,
                            criterion.containsKey("failed_en") ? quoting(criterion, "failed_en", at) : explanationEn),
                    Conditions.compile(criterion.get("when"), at), facts));
        }
        return new HalalRoute(routeText(map.get("self_declare"), where + " > self_declare"),
                routeText(map.get("regular"), where + " > regular"), List.copyOf(criteria));
    }

    private static CheckedPrerequisite prerequisite(Object node, String source) {
        Map<?, ?> map = map(node, source + " > prerequisite", PREREQUISITE_KEYS);
        String id = text(map, "id", source + " > prerequisite");
        String at = source + " > prerequisite '" + id + "'";
        return new CheckedPrerequisite(new Prerequisite(id, quoting(map, "text_id", at), quoting(map, "text_en", at),
                text(map, "legal_basis", at), map.containsKey("link") ? text(map, "link", at) : null),
                Conditions.compile(map.get("when"), at));
    }

    /** A text that may quote facts ({outlets}); each quoted name must be a fact. */
    private static String quoting(Map<?, ?> map, String key, String where) {
        String value = text(map, key, where);
        FactText.check(value, where + " > " + key);
        return value;
    }

    private static RouteText routeText(Object node, String where) {
        Map<?, ?> map = map(node, where, ROUTE_TEXT_KEYS);
        return new RouteText(text(map, "reason_id", where), text(map, "reason_en", where), text(map, "legal_basis", where));
    }

    /** A map, with no keys outside {@code allowed} (null: any keys), so a misspelt key is caught. */
    private static Map<?, ?> map(Object node, String where, Set<String> allowed) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new InvalidRulesException(where + ": expected a map, found " + node);
        }
        for (Object key : map.keySet()) {
            if (allowed != null && !allowed.contains(String.valueOf(key))) {
                throw new InvalidRulesException(where + ": unknown key '" + key + "'; expected " + allowed);
            }
        }
        return map;
    }

    private static List<?> list(Object node, String where) {
        if (!(node instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidRulesException(where + ": expected a non-empty list, found " + node);
        }
        return list;
    }

    private static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidRulesException(where + ": '" + key + "' must be non-empty text, found " + value);
        }
        return text.strip();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object value, String where) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidRulesException(where + ": '" + value + "' is not a " + type.getSimpleName()
                    + "; expected one of " + List.of(type.getEnumConstants()));
        }
    }
}
