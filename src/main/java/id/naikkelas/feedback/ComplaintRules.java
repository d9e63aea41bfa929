package id.naikkelas.feedback;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The complaint rules of {@code feedback/complaints.yml}: days to answer per category, the rate limit, which units serve. */
record ComplaintRules(Map<ComplaintCategory, Integer> slaWorkingDays, int perAddress, Duration window, List<String> unitKinds) {

    static final String RESOURCE = "feedback/complaints.yml";
    private static final ComplaintRules LOADED = load();

    static ComplaintRules get() {
        return LOADED;
    }

    int slaOf(ComplaintCategory category) {
        return slaWorkingDays.get(category);
    }

    private static ComplaintRules load() {
        try (InputStream in = ComplaintRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static ComplaintRules parse(InputStream yaml) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(yaml);
        var days = (Map<String, Object>) root.get("sla_working_days");
        var sla = new EnumMap<ComplaintCategory, Integer>(ComplaintCategory.class);
        for (var category : ComplaintCategory.values()) {
            Object value = days.get(category.name());
            if (!(value instanceof Integer d) || d < 1) {
                throw new IllegalStateException(RESOURCE + ": sla_working_days." + category + " must be a positive number");
            }
            sla.put(category, d);
        }
        var limit = (Map<String, Object>) root.get("rate_limit");
        return new ComplaintRules(sla, (Integer) limit.get("per_address"),
                Duration.ofMinutes((Integer) limit.get("window_minutes")), List.copyOf((List<String>) root.get("unit_kinds")));
    }
}
