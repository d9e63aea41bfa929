package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where to apply for each permit, what it costs an UMKM and in which order, as data with its sources
 * ({@code certification/permit-guide.yml}); read by the public permit self-check next to the rules' decisions.
 */
final class PermitGuide {

    static final String RESOURCE = "/certification/permit-guide.yml";
    private static final Set<String> KEYS = Set.of("key", "order", "needs", "where_id", "where_en", "cost_id", "cost_en",
            "link", "source", "confirmed");

    /** One permit's or prerequisite's practical facts. */
    record Entry(String key, int order, List<String> needs, String whereId, String whereEn, String costId, String costEn,
                 String link, String source, boolean confirmed) {

        String where(Locale locale) {
            return english(locale) ? whereEn : whereId;
        }

        String cost(Locale locale) {
            return english(locale) ? costEn : costId;
        }
    }

    private final String version;
    private final Map<String, Entry> entries;

    private PermitGuide(String version, Map<String, Entry> entries) {
        this.version = version;
        this.entries = entries;
    }

    static PermitGuide loadDefault() {
        try (InputStream in = PermitGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PermitGuide parse(String yaml) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        if (!(new Yaml(new SafeConstructor(options)).load(yaml) instanceof Map<?, ?> top)
                || !(top.get("entries") instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": needs a non-empty list 'entries'");
        }
        var entries = new LinkedHashMap<String, Entry>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> e)) {
                throw new IllegalStateException(RESOURCE + ": each entry must be a map, found " + item);
            }
            for (Object k : e.keySet()) {
                if (!KEYS.contains(String.valueOf(k))) {
                    throw new IllegalStateException(RESOURCE + ": entry " + e.get("key") + " has an unknown key '" + k + "'");
                }
            }
            String key = text(e, "key");
            if (!key.matches("[a-z][a-z-]*")) {
                try {
                    PermitType.valueOf(key);
                } catch (IllegalArgumentException notAPermit) {
                    throw new IllegalStateException(RESOURCE + ": '" + key + "' is neither a permit type nor a prerequisite id");
                }
            }
            if (!(e.get("order") instanceof Integer order) || !(e.get("confirmed") instanceof Boolean confirmed)) {
                throw new IllegalStateException(RESOURCE + ": entry " + key + " needs a whole number 'order' and true/false 'confirmed'");
            }
            List<String> needs = e.get("needs") instanceof List<?> n ? n.stream().map(String::valueOf).toList() : List.of();
            String link = e.containsKey("link") ? text(e, "link") : null;
            if (link != null && !link.startsWith("https://")) {
                throw new IllegalStateException(RESOURCE + ": entry " + key + " link must be https");
            }
            if (entries.put(key, new Entry(key, order, needs, text(e, "where_id"), text(e, "where_en"), text(e, "cost_id"),
                    text(e, "cost_en"), link, text(e, "source"), confirmed)) != null) {
                throw new IllegalStateException(RESOURCE + ": '" + key + "' appears twice");
            }
        }
        for (Entry entry : entries.values()) {
            for (String need : entry.needs()) {
                if (!entries.containsKey(need)) {
                    throw new IllegalStateException(RESOURCE + ": " + entry.key() + " needs '" + need + "', which has no entry");
                }
            }
        }
        return new PermitGuide(String.valueOf(top.get("version")), Map.copyOf(entries));
    }

    String version() {
        return version;
    }

    Optional<Entry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The position in the sequence; permits without an entry come last. */
    int order(String key) {
        return find(key).map(Entry::order).orElse(Integer.MAX_VALUE);
    }

    List<Entry> all() {
        return new ArrayList<>(entries.values());
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String text(Map<?, ?> e, String key) {
        if (!(e.get(key) instanceof String value) || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": entry " + e.get("key") + " needs text '" + key + "'");
        }
        return value.strip();
    }
}
