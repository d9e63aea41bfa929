package id.naikkelas.certification;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fact vocabulary of the rule file. It is read off {@link ProductProfile}'s components, so a
 * new fact is one new component and the rule file can never name a fact the profile lacks.
 */
final class Facts {

    /** What a fact holds, which fixes the operators and operand values a rule may use on it. */
    enum Kind {
        BOOLEAN(Set.of("eq")),
        NUMBER(Set.of("eq", "in", "lt", "lte", "gt", "gte")),
        TEXT(Set.of("eq", "in")),
        DATE(Set.of("eq", "lt", "lte", "gt", "gte"));

        final Set<String> operators;

        Kind(Set<String> operators) {
            this.operators = operators;
        }
    }

    /** @param allowedValues the only values a TEXT fact can take; empty when any text is possible */
    record Fact(String name, Kind kind, List<String> allowedValues, Method accessor) {

        /** The value as rules compare it: numbers as Long, enums as their name, null when unknown. */
        Object read(ProductProfile product) {
            try {
                Object value = accessor.invoke(product);
                if (value instanceof Number number) {
                    return number.longValue();
                }
                return value instanceof Enum<?> constant ? constant.name() : value;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read fact " + name, e);
            }
        }
    }

    private static final Map<String, Fact> FACTS = new LinkedHashMap<>();

    static {
        for (RecordComponent component : ProductProfile.class.getRecordComponents()) {
            Class<?> type = component.getType();
            List<String> allowed = type.isEnum()
                    ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                    : component.getName().equals("sector") ? ProductProfile.SECTORS : List.of();
            FACTS.put(component.getName(), new Fact(component.getName(), kindOf(type), allowed, component.getAccessor()));
        }
    }

    private Facts() {
    }

    private static Kind kindOf(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Kind.NUMBER;
        }
        if (type == String.class || type.isEnum()) {
            return Kind.TEXT;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        throw new IllegalStateException("ProductProfile has a fact of a type rules cannot compare: " + type);
    }

    static Optional<Fact> find(String name) {
        return Optional.ofNullable(FACTS.get(name));
    }

    static Set<String> names() {
        return FACTS.keySet();
    }
}
