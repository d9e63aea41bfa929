package id.naikkelas.assessment;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading the untyped tree SnakeYAML gives, failing with "where: what was expected, what was found"
 * so an administrator can fix a file without reading code. {@code where} is a path such as
 * {@code cppb-irt-v1.yml > section 'B' > item 'B.3'}.
 */
final class YamlNodes {

    private YamlNodes() {
    }

    static Object load(String yamlText, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false); // a repeated key would silently drop half an item
        try {
            return new Yaml(new SafeConstructor(options)).load(yamlText);
        } catch (RuntimeException e) {
            throw new InvalidDefinitionException(source + ": not valid YAML: " + e.getMessage());
        }
    }

    /** A map whose keys are all in {@code allowed}, so a misspelt key is caught rather than ignored. */
    static Map<?, ?> map(Object node, String where, Set<String> allowed) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new InvalidDefinitionException(where + ": expected a map, found " + node);
        }
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new InvalidDefinitionException(where + ": unknown key '" + key + "'; expected one of "
                        + allowed.stream().sorted().toList());
            }
        }
        return map;
    }

    static List<?> list(Object node, String where) {
        if (!(node instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidDefinitionException(where + ": expected a non-empty list, found " + node);
        }
        return list;
    }

    static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidDefinitionException(where + ": '" + key + "' must be non-empty text"
                    + (value instanceof Number ? " (quote it: YAML read " + value + " as a number)" : ", found " + value));
        }
        return text.strip();
    }

    /** Null when absent. */
    static String optionalText(Map<?, ?> map, String key, String where) {
        return map.containsKey(key) ? text(map, key, where) : null;
    }

    static int wholeNumber(Object value, String what, String where, int min) {
        if (!(value instanceof Integer number) || number < min) {
            throw new InvalidDefinitionException(where + ": '" + what + "' must be a whole number from " + min
                    + ", found " + value);
        }
        return number;
    }

    static boolean flag(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean flag)) {
            throw new InvalidDefinitionException(where + ": '" + key + "' must be true or false, found " + value);
        }
        return flag;
    }

    static <E extends Enum<E>> E constant(Class<E> type, Object value, String what, String where) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new InvalidDefinitionException(where + ": '" + what + "' must be one of "
                + List.of(type.getEnumConstants()) + ", found '" + value + "'"
                + (value instanceof Boolean ? " (YAML reads yes, no, on and off as true or false)" : ""));
    }
}
