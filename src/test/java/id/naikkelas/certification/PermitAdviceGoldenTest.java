package id.naikkelas.certification;

import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The golden set of issue #15: product situations whose expected permits, halal route and deciding
 * rule were written from the regulations (shared/domain/regulations.md), not from the engine's
 * output. Cases live in {@code certification/golden-cases.yml}; each case's facts are applied over
 * the file's {@code base} profile. When the engine disagrees, the rule file is fixed, not the case.
 */
class PermitAdviceGoldenTest {

    private static final String RESOURCE = "/certification/golden-cases.yml";
    private static final RequirementEngine ENGINE = new RequirementEngine(RequirementRules.loadDefault());
    private static final Set<String> OUTCOMES = Set.of("REQUIRED", "RECOMMENDED", "EXEMPT", "NOT_APPLICABLE",
            "LABEL_STATEMENT_REQUIRED", "ABSENT");
    private static final Set<String> CASE_KEYS = Set.of("name", "source", "facts", "expect", "prerequisites", "why", "engine");
    private static final Set<String> EXPECT_KEYS = Set.of("outcome", "route", "failed", "unanswered", "decided_by");

    private static Map<String, Object> file;

    @SuppressWarnings("unchecked")
    private static synchronized Map<String, Object> file() {
        if (file == null) {
            try (InputStream in = PermitAdviceGoldenTest.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE);
                }
                file = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(String key) {
        Object value = file().get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static Stream<Arguments> cases() {
        return list("cases").stream().map(c -> Arguments.of(c.get("name"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void adviceFollowsTheRegulation(String name, Map<String, Object> golden) {
        List<String> problems = check(golden);
        if (!problems.isEmpty()) {
            fail("%s (%s):%n  %s", name, golden.get("source"), String.join("\n  ", problems));
        }
    }

    @Test
    void theSetIsLargeEnoughAndNamesAreUnique() {
        var all = new ArrayList<Map<String, Object>>(list("cases"));
        assertThat(all.size()).as("golden situations").isGreaterThanOrEqualTo(85);
        Set<String> names = new HashSet<>();
        for (var c : all) {
            assertThat(names.add((String) c.get("name"))).as("unique name %s", c.get("name")).isTrue();
            assertThat((String) c.get("source")).as("source of %s", c.get("name")).isNotBlank();
            assertThat(CASE_KEYS).as("keys of %s", c.get("name")).containsAll(c.keySet());
        }
    }

    @Test
    void theBaseProfileSetsEveryBooleanFactAndMeetsEverySelfDeclareCriterion() {
        Map<String, Object> base = base();
        for (var component : ProductProfile.class.getRecordComponents()) {
            Class<?> type = component.getType();
            if (type == boolean.class || type == Boolean.class) {
                assertThat(base).as("base sets %s", component.getName()).containsKey(component.getName());
                assertThat(base.get(component.getName())).as("base %s", component.getName()).isNotNull();
            }
        }
        Requirement halal = ENGINE.evaluate(profile(Map.of())).find(PermitType.HALAL).orElseThrow();
        assertThat(halal.route()).isEqualTo(Route.SELF_DECLARE);
        assertThat(halal.criteria()).allMatch(c -> c.status() == CriterionResult.Status.MET);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> base() {
        return (Map<String, Object>) file().get("base");
    }

    @SuppressWarnings("unchecked")
    private static List<String> check(Map<String, Object> golden) {
        ProductProfile product = profile((Map<String, Object>) golden.getOrDefault("facts", Map.of()));
        RequirementReport report = ENGINE.evaluate(product);
        List<String> problems = new ArrayList<>();
        Map<String, Object> expect = (Map<String, Object>) golden.get("expect");
        if (expect == null || expect.isEmpty()) {
            throw new IllegalArgumentException("case " + golden.get("name") + " expects nothing");
        }
        expect.forEach((permitName, spec) -> {
            PermitType permit;
            try {
                permit = PermitType.valueOf(permitName);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown permit " + permitName + " in " + golden.get("name"));
            }
            Map<String, Object> e = spec instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("outcome", spec);
            if (!EXPECT_KEYS.containsAll(e.keySet())) {
                throw new IllegalArgumentException("unknown expectation key in " + golden.get("name") + ": " + e.keySet());
            }
            String outcome = String.valueOf(e.get("outcome"));
            if (!OUTCOMES.contains(outcome)) {
                throw new IllegalArgumentException("unknown outcome " + outcome + " in " + golden.get("name"));
            }
            Optional<Requirement> found = report.find(permit);
            if (outcome.equals("ABSENT")) {
                found.ifPresent(r -> problems.add(permit + ": expected ABSENT, engine " + r.outcome() + " by " + r.ruleId()));
                return;
            }
            if (found.isEmpty()) {
                problems.add(permit + ": expected " + outcome + ", engine leaves it out");
                return;
            }
            Requirement r = found.get();
            if (!r.outcome().name().equals(outcome)) {
                problems.add(permit + ": expected " + outcome + ", engine " + r.outcome() + " by " + r.ruleId());
            }
            if (e.containsKey("decided_by") && !e.get("decided_by").equals(r.ruleId())) {
                problems.add(permit + ": expected decided by " + e.get("decided_by") + ", engine by " + r.ruleId());
            }
            String route = (String) e.get("route");
            String actualRoute = r.route() == null ? null : r.route().name();
            if (e.containsKey("route") && !Objects.equals(route, actualRoute)) {
                problems.add(permit + ": expected route " + route + ", engine " + actualRoute);
            }
            if (route != null) {
                List<String> failed = ids(r.failedCriteria());
                List<String> expectedFailed = (List<String>) e.getOrDefault("failed", List.of());
                if (!new HashSet<>(failed).equals(new HashSet<>(expectedFailed)) || failed.size() != expectedFailed.size()) {
                    problems.add(permit + ": expected failed " + expectedFailed + ", engine " + failed);
                }
                List<String> unanswered = ids(r.unansweredCriteria());
                List<String> expectedUnanswered = (List<String>) e.getOrDefault("unanswered", List.of());
                if (!new HashSet<>(unanswered).equals(new HashSet<>(expectedUnanswered))) {
                    problems.add(permit + ": expected to confirm " + expectedUnanswered + ", engine " + unanswered);
                }
            }
            if (r.reasonId().isBlank() || r.reasonEn().isBlank() || r.legalBasis().isBlank()) {
                problems.add(permit + ": reason or legal basis is blank");
            }
        });
        List<String> prerequisites = report.prerequisites().stream().map(Prerequisite::id).toList();
        List<String> expectedPrerequisites = (List<String>) golden.getOrDefault("prerequisites", List.of());
        if (!prerequisites.equals(expectedPrerequisites)) {
            problems.add("prerequisites: expected " + expectedPrerequisites + ", engine " + prerequisites);
        }
        return problems;
    }

    private static List<String> ids(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::id).toList();
    }

    /** The base profile with the case's facts over it, set through the builder by fact name. */
    static ProductProfile profile(Map<String, Object> facts) {
        Map<String, Object> merged = new LinkedHashMap<>(base());
        merged.putAll(facts);
        ProductProfile.Builder builder = ProductProfile.builder();
        Map<String, Method> setters = new LinkedHashMap<>();
        for (Method m : ProductProfile.Builder.class.getMethods()) {
            if (m.getParameterCount() == 1 && m.getReturnType() == ProductProfile.Builder.class) {
                setters.put(m.getName(), m);
            }
        }
        merged.forEach((fact, value) -> {
            Method setter = setters.get(fact);
            if (setter == null) {
                throw new IllegalArgumentException("unknown fact '" + fact + "' (not a ProductProfile.Builder method); known: "
                        + setters.keySet());
            }
            try {
                setter.invoke(builder, convert(fact, value, setter.getParameterTypes()[0]));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot set fact " + fact + " to " + value, e);
            }
        });
        return builder.build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(String fact, Object value, Class<?> type) {
        if (value == null) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException("fact " + fact + " cannot be empty (it is a " + type + ")");
            }
            return null;
        }
        if (type == boolean.class || type == Boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
        } else if (type == int.class || type == Integer.class) {
            if (value instanceof Number n) {
                return Math.toIntExact(n.longValue());
            }
        } else if (type == long.class || type == Long.class) {
            if (value instanceof Number n) {
                return n.longValue();
            }
        } else if (type == String.class) {
            return String.valueOf(value);
        } else if (type == LocalDate.class) {
            if (value instanceof Date d) {
                return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            }
            return LocalDate.parse(String.valueOf(value));
        } else if (type == ProductProfile.Storage.class || type == BusinessScale.class || type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, String.valueOf(value));
        }
        throw new IllegalArgumentException("fact " + fact + ": cannot use " + value + " (" + value.getClass().getSimpleName()
                + ") as " + type.getSimpleName());
    }
}
