package id.naikkelas.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.springframework.modulith.NamedInterface;

/**
 * Checks and normalises permit numbers per {@link PermitType}. The rules are data in
 * {@code registry/permit-formats.yml} because most formats are unconfirmed and will change;
 * this class is only the engine: clean the input, match one accepted pattern, rewrite it to
 * the canonical stored form.
 *
 * <p>Thread-safe and immutable; load once (e.g. as a Spring bean) and reuse.
 */
@NamedInterface("identifiers")
public final class PermitNumbers {

    public static final String RESOURCE = "registry/permit-formats.yml";

    /**
     * {@code normalized} is the canonical number when valid, otherwise the cleaned input
     * (for re-display).
     */
    public record PermitCheck(PermitType type, String normalized, List<ValidationProblem> problems) {

        public PermitCheck {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }

        /** Confirmed parts of a valid P-IRT number; empty for other types or invalid input. */
        public Optional<PirtParts> pirt() {
            return type == PermitType.PIRT && valid() ? PirtParts.of(normalized) : Optional.empty();
        }
    }

    /** One type's rules as read from the YAML. */
    private record Rule(boolean documented, String example, String source,
                        List<UnaryOperator<String>> clean, List<Pattern> accept,
                        List<UnaryOperator<String>> canonical) {
    }

    private final Map<PermitType, Rule> rules;

    private PermitNumbers(Map<PermitType, Rule> rules) {
        this.rules = rules;
    }

    /** Loads the formats bundled with the application. */
    public static PermitNumbers load() {
        try (InputStream in = PermitNumbers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return load(Objects.requireNonNull(in, () -> "missing classpath resource " + RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails fast when a permit type has no rule, so a new enum constant cannot slip through. */
    public static PermitNumbers load(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<PermitType, Rule> rules = new EnumMap<>(PermitType.class);
        for (Map.Entry<String, Object> entry : root.entrySet()) {
            rules.put(PermitType.valueOf(entry.getKey()), rule(entry.getKey(), asMap(entry.getValue())));
        }
        for (PermitType type : PermitType.values()) {
            if (!rules.containsKey(type)) {
                throw new IllegalStateException("no number format for " + type + " in " + RESOURCE);
            }
        }
        return new PermitNumbers(rules);
    }

    public PermitCheck check(PermitType type, String raw) {
        Rule rule = rules.get(Objects.requireNonNull(type, "type"));
        String value = apply(rule.clean(), raw == null ? "" : raw);
        if (value.isEmpty()) {
            return new PermitCheck(type, value, List.of(ValidationProblem.of(ValidationCodes.REQUIRED)));
        }
        boolean accepted = rule.accept().stream().anyMatch(p -> p.matcher(value).matches());
        if (!accepted) {
            // A documented format can show an example; for guessed formats an example could mislead.
            ValidationProblem problem = rule.documented()
                    ? ValidationProblem.of(ValidationCodes.PERMIT_FORMAT, rule.example())
                    : ValidationProblem.of(ValidationCodes.PERMIT_UNREADABLE);
            return new PermitCheck(type, value, List.of(problem));
        }
        return new PermitCheck(type, apply(rule.canonical(), value), List.of());
    }

    /** A well-formed number of this type, for placeholders and help text. */
    public String example(PermitType type) {
        return rules.get(type).example();
    }

    /** Where the format comes from, and whether it is confirmed. */
    public String source(PermitType type) {
        return rules.get(type).source();
    }

    /** True when regulations document the number's shape; false when we only reject garbage. */
    public boolean documented(PermitType type) {
        return rules.get(type).documented();
    }

    private static String apply(List<UnaryOperator<String>> steps, String value) {
        String result = value;
        for (UnaryOperator<String> step : steps) {
            result = step.apply(result);
        }
        return result.strip();
    }

    private static Rule rule(String type, Map<String, Object> map) {
        String example = (String) Objects.requireNonNull(map.get("example"), type + ".example");
        String source = (String) Objects.requireNonNull(map.get("source"), type + ".source");
        List<Pattern> accept = new ArrayList<>();
        for (Object regex : asList(map.get("accept"))) {
            accept.add(Pattern.compile((String) regex));
        }
        if (accept.isEmpty()) {
            throw new IllegalStateException(type + ".accept must list at least one pattern");
        }
        return new Rule(Boolean.TRUE.equals(map.get("documented")), example, source,
                steps(type, map.get("clean")), accept, steps(type, map.get("canonical")));
    }

    /** Steps are "upper", "collapse-spaces" or {replace: [regex, replacement]}. */
    private static List<UnaryOperator<String>> steps(String type, Object yaml) {
        List<UnaryOperator<String>> steps = new ArrayList<>();
        for (Object step : asList(yaml)) {
            if ("upper".equals(step)) {
                steps.add(s -> s.toUpperCase(Locale.ROOT));
            } else if ("collapse-spaces".equals(step)) {
                steps.add(s -> s.replaceAll("[\\s\\u00A0]+", " ").strip());
            } else if (step instanceof Map<?, ?> m && m.get("replace") instanceof List<?> args
                    && args.size() == 2) {
                Pattern regex = Pattern.compile((String) args.get(0));
                String replacement = (String) args.get(1);
                steps.add(s -> regex.matcher(s).replaceAll(replacement));
            } else {
                throw new IllegalStateException("unknown step in " + type + ": " + step);
            }
        }
        return List.copyOf(steps);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    private static List<?> asList(Object yaml) {
        return yaml == null ? List.of() : (List<?>) yaml;
    }
}
