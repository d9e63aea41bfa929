package id.naikkelas.certification;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the plain YAML the pathway files are written in, failing with an
 * {@link InvalidTemplateException} that names the place ({@code where}) and what was expected.
 */
final class YamlNodes {

    private YamlNodes() {
    }

    static String classpathResource(String path) {
        try (InputStream in = YamlNodes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object load(String yamlText, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false); // a repeated key would silently drop half a step
        try {
            return new Yaml(new SafeConstructor(options)).load(yamlText);
        } catch (RuntimeException e) {
            throw new InvalidTemplateException(source + ": not valid YAML: " + e.getMessage());
        }
    }

    /** A map with no keys outside {@code allowed}, so a misspelt key is caught rather than ignored. */
    static Map<?, ?> map(Object node, String where, Set<String> allowed) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new InvalidTemplateException(where + ": expected a map, found " + node);
        }
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new InvalidTemplateException(where + ": unknown key '" + key + "'; expected one of "
                        + allowed.stream().sorted().toList());
            }
        }
        return map;
    }

    static List<?> list(Object node, String where) {
        if (!(node instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidTemplateException(where + ": expected a non-empty list, found " + node);
        }
        return list;
    }

    /** An absent key is an empty list; a present one must be a non-empty list. */
    static List<?> optionalList(Map<?, ?> map, String key, String where) {
        return map.containsKey(key) ? list(map.get(key), where + " > " + key) : List.of();
    }

    static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidTemplateException(where + ": '" + key + "' must be non-empty text, found " + value);
        }
        return text.strip();
    }

    static String optionalText(Map<?, ?> map, String key, String where) {
        return map.containsKey(key) ? text(map, key, where) : null;
    }

    /** Both language variants of {@code base} (base_id, base_en): every text a user reads exists in both. */
    static String[] bilingual(Map<?, ?> map, String base, String where) {
        for (String key : List.of(base + "_id", base + "_en")) {
            if (!(map.get(key) instanceof String text) || text.isBlank()) {
                throw new InvalidTemplateException(where + ": '" + key + "' is missing or empty; every "
                        + base + " needs Indonesian (" + base + "_id) and English (" + base + "_en) text");
            }
        }
        return new String[] {text(map, base + "_id", where), text(map, base + "_en", where)};
    }

    /** Text matching {@code pattern}, described as {@code shape} in the error. */
    static String code(Map<?, ?> map, String key, String pattern, String shape, String where) {
        String value = text(map, key, where);
        if (!value.matches(pattern)) {
            throw new InvalidTemplateException(where + ": " + key + " '" + value + "' must be " + shape);
        }
        return value;
    }

    static boolean flag(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean flag)) {
            throw new InvalidTemplateException(where + ": '" + key + "' must be true or false, found " + value);
        }
        return flag;
    }

    /** A whole number of at least {@code min}, or null when the key is absent. */
    static Integer optionalNumber(Map<?, ?> map, String key, int min, String where) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer number) || number < min) {
            throw new InvalidTemplateException(where + ": '" + key + "' must be a whole number of at least "
                    + min + ", found " + value);
        }
        return number;
    }

    static <E extends Enum<E>> E constant(Class<E> type, Object value, String what, String where) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidTemplateException(where + ": unknown " + what + " '" + value + "'; expected one of "
                    + List.of(type.getEnumConstants()));
        }
    }
}
