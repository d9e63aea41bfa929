package id.naikkelas.feedback;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The IKM conversion table ({@code feedback/ikm-grades.yml}): which IKM earns which grade. */
public final class IkmGrades {

    static final String RESOURCE = "feedback/ikm-grades.yml";

    /** One row: from {@code minIkm} (inclusive) up to the next row's bound. */
    public record Grade(String grade, BigDecimal minIkm, BigDecimal minNrr, String quality) {
    }

    private final List<Grade> grades;
    private final int factor;

    IkmGrades(List<Grade> grades, int factor) {
        if (grades.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no grades");
        }
        this.grades = grades.stream().sorted(Comparator.comparing(Grade::minIkm).reversed()).toList();
        this.factor = factor;
    }

    public static IkmGrades load() {
        try (InputStream in = IkmGrades.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static IkmGrades parse(InputStream yaml) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(yaml);
        var rows = new ArrayList<Grade>();
        for (var node : (List<Map<String, Object>>) root.get("grades")) {
            rows.add(new Grade((String) node.get("grade"), new BigDecimal(node.get("min_ikm").toString()),
                    new BigDecimal(node.get("min_nrr").toString()), (String) node.get("quality")));
        }
        var scale = (Map<String, Object>) root.get("scale");
        return new IkmGrades(rows, ((Number) scale.get("factor")).intValue());
    }

    /** The grade of an IKM already rounded to two decimals; below the lowest bound, the lowest grade. */
    public Grade of(BigDecimal ikm) {
        return grades.stream().filter(g -> ikm.compareTo(g.minIkm()) >= 0).findFirst().orElse(grades.get(grades.size() - 1));
    }

    /** The factor converting the 1-4 scale to 25-100. */
    int factor() {
        return factor;
    }

    /** The table, best grade first (the results page shows it). */
    public List<Grade> rows() {
        return grades;
    }
}
