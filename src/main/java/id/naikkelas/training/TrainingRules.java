package id.naikkelas.training;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The per-type rules of {@code training/event-types.yml}, read once and checked for completeness. */
final class TrainingRules {

    static final String RESOURCE = "training/event-types.yml";

    /**
     * @param passMark       default pass mark of the post-test, null when the type has none
     * @param evidenceDocument pathway document type a certificate of this kind stands for, or null
     * @param questions      classpath resource of the default question bank, or null
     */
    record TypeRule(boolean postTestRequired, Integer passMark, boolean passMarkConfirmed, boolean certificate,
                    String titleId, String titleEn, String evidenceDocument, String questions) {

        String title(Locale locale) {
            return "en".equals(locale.getLanguage()) ? titleEn : titleId;
        }
    }

    private final Map<EventType, TypeRule> rules;

    private TrainingRules(Map<EventType, TypeRule> rules) {
        this.rules = rules;
    }

    static TrainingRules load() {
        try (InputStream in = TrainingRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static TrainingRules parse(InputStream yaml) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(yaml);
        Map<EventType, TypeRule> rules = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            var node = (Map<String, Object>) root.get(type.name());
            if (node == null) {
                throw new IllegalStateException(RESOURCE + ": no rules for " + type);
            }
            Integer passMark = (Integer) node.get("pass_mark");
            if (passMark != null && (passMark < 0 || passMark > 100)) {
                throw new IllegalStateException(RESOURCE + ": " + type + ".pass_mark must be 0-100");
            }
            boolean postTest = Boolean.TRUE.equals(node.get("post_test_required"));
            if (postTest && passMark == null) {
                throw new IllegalStateException(RESOURCE + ": " + type + " requires a post-test but sets no pass_mark");
            }
            rules.put(type, new TypeRule(postTest, passMark, Boolean.TRUE.equals(node.get("pass_mark_confirmed")),
                    !Boolean.FALSE.equals(node.get("certificate")), required(node, type, "certificate_title_id"),
                    required(node, type, "certificate_title_en"), (String) node.get("evidence_document"),
                    (String) node.get("questions")));
        }
        var unknown = root.keySet().stream().filter(k -> List.of(EventType.values()).stream().noneMatch(t -> t.name().equals(k))).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": unknown event types " + unknown);
        }
        return new TrainingRules(rules);
    }

    private static String required(Map<String, Object> node, EventType type, String key) {
        if (!(node.get(key) instanceof String value) || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": " + type + "." + key + " is required");
        }
        return value;
    }

    TypeRule of(EventType type) {
        return rules.get(type);
    }
}
