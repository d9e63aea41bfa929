package id.naikkelas.certification;

import id.naikkelas.certification.Facts.Fact;
import id.naikkelas.certification.Facts.Kind;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Turns the declarative conditions of the rule file into predicates, checking every fact name,
 * operator and operand on the way so a bad file fails when loaded, not when a product hits it.
 * <pre>
 *   {all: [c, ...]}  {any: [c, ...]}  {not: c}
 *   {fact: name, eq|in|lt|lte|gt|gte: value}
 * </pre>
 */
final class Conditions {

    private static final List<String> OPERATORS = List.of("eq", "in", "lt", "lte", "gt", "gte");

    private Conditions() {
    }

    static Predicate<ProductProfile> compile(Object node, String where) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new InvalidRulesException(where + ": a condition must be a map, found " + node);
        }
        if (map.containsKey("fact")) {
            return comparison(map, where);
        }
        if (map.size() != 1) {
            throw new InvalidRulesException(where + ": a condition has exactly one of all, any, not, fact; found " + map.keySet());
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        return switch (String.valueOf(entry.getKey())) {
            case "all" -> {
                List<Predicate<ProductProfile>> parts = compileAll(entry.getValue(), where + " > all");
                yield product -> parts.stream().allMatch(part -> part.test(product));
            }
            case "any" -> {
                List<Predicate<ProductProfile>> parts = compileAll(entry.getValue(), where + " > any");
                yield product -> parts.stream().anyMatch(part -> part.test(product));
            }
            case "not" -> compile(entry.getValue(), where + " > not").negate();
            default -> throw new InvalidRulesException(where + ": unknown condition '" + entry.getKey()
                    + "'; use all, any, not or fact");
        };
    }

    /** The fact names a condition (or any part of a rule file) reads. */
    static Set<String> factsIn(Object node) {
        var facts = new TreeSet<String>();
        collect(node, facts);
        return facts;
    }

    private static void collect(Object node, Set<String> facts) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("fact") instanceof String name) {
                facts.add(name);
            }
            map.values().forEach(value -> collect(value, facts));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, facts));
        }
    }

    private static List<Predicate<ProductProfile>> compileAll(Object node, String where) {
        if (!(node instanceof List<?> list)) {
            throw new InvalidRulesException(where + ": expects a list of conditions, found " + node);
        }
        return list.stream().map(child -> compile(child, where)).toList();
    }

    private static Predicate<ProductProfile> comparison(Map<?, ?> map, String where) {
        String name = String.valueOf(map.get("fact"));
        Fact fact = Facts.find(name).orElseThrow(() -> new InvalidRulesException(
                where + ": unknown fact '" + name + "'; known facts are " + Facts.names()));
        List<String> operators = map.keySet().stream().map(String::valueOf).filter(key -> !key.equals("fact")).toList();
        if (operators.size() != 1) {
            throw new InvalidRulesException(where + ": fact '" + name + "' needs exactly one operator, found " + operators);
        }
        String operator = operators.get(0);
        if (!OPERATORS.contains(operator)) {
            throw new InvalidRulesException(where + ": unknown operator '" + operator + "' on fact '" + name
                    + "'; use one of " + OPERATORS);
        }
        if (!fact.kind().operators.contains(operator)) {
            throw new InvalidRulesException(where + ": operator '" + operator + "' cannot be used on fact '" + name
                    + "' (" + fact.kind() + "); allowed: " + fact.kind().operators);
        }
        Object operand = map.get(operator);
        if (operator.equals("in")) {
            if (!(operand instanceof List<?> list)) {
                throw new InvalidRulesException(where + ": 'in' on fact '" + name + "' expects a list, found " + operand);
            }
            List<Object> values = list.stream().map(value -> operand(fact, value, where)).toList();
            return product -> values.contains(fact.read(product));
        }
        Object value = operand(fact, operand, where);
        return product -> test(operator, fact.read(product), value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean test(String operator, Object actual, Object expected) {
        if (actual == null) {
            return false; // an unknown fact proves nothing, so it matches no comparison
        }
        int order = ((Comparable) actual).compareTo(expected);
        return switch (operator) {
            case "eq" -> order == 0;
            case "lt" -> order < 0;
            case "lte" -> order <= 0;
            case "gt" -> order > 0;
            default -> order >= 0;
        };
    }

    /** The operand in the same Java type {@link Fact#read} gives, or a clear error. */
    private static Object operand(Fact fact, Object value, String where) {
        String problem = where + ": fact '" + fact.name() + "' (" + fact.kind() + ") cannot be compared with '" + value + "'";
        switch (fact.kind()) {
            case BOOLEAN -> {
                if (value instanceof Boolean) {
                    return value;
                }
            }
            case NUMBER -> {
                if (value instanceof Integer || value instanceof Long) {
                    return ((Number) value).longValue();
                }
            }
            case TEXT -> {
                if (value instanceof String text && (fact.allowedValues().isEmpty() || fact.allowedValues().contains(text))) {
                    return text;
                }
                // YAML reads 07 or 05.0 as numbers, so say how to fix it.
                throw new InvalidRulesException(problem + "; expected " + (fact.allowedValues().isEmpty()
                        ? "quoted text" : "one of " + fact.allowedValues()));
            }
            case DATE -> {
                return date(value, problem);
            }
        }
        throw new InvalidRulesException(problem);
    }

    /** A date written in the file; YAML already turns an unquoted 2026-10-17 into a midnight-UTC timestamp. */
    static LocalDate date(Object value, String where) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new InvalidRulesException(where + "; expected a date such as 2026-10-17, found " + value);
        }
    }
}
