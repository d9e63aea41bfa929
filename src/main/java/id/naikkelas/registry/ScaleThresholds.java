package id.naikkelas.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * PP 7/2021 art. 35 thresholds, read from {@code registry/scale-thresholds.yml} so a new
 * regulation means editing data, not code. Upper bounds are inclusive: capital of exactly
 * Rp1,000,000,000 is still MIKRO.
 *
 * <p>Derive the scale from declared figures when needed; do not store it as the only value.
 */
public final class ScaleThresholds {

    public static final String RESOURCE = "registry/scale-thresholds.yml";

    /** Scales in ascending order; BESAR has no upper bound and so no entry in the maps. */
    private static final List<BusinessScale> BOUNDED =
            List.of(BusinessScale.MIKRO, BusinessScale.KECIL, BusinessScale.MENENGAH);

    private final String legalBasis;
    private final Map<BusinessScale, BigDecimal> capitalMax;
    private final Map<BusinessScale, BigDecimal> salesMax;

    private ScaleThresholds(String legalBasis, Map<BusinessScale, BigDecimal> capitalMax,
                            Map<BusinessScale, BigDecimal> salesMax) {
        this.legalBasis = legalBasis;
        this.capitalMax = capitalMax;
        this.salesMax = salesMax;
    }

    /** Loads the thresholds bundled with the application. */
    public static ScaleThresholds load() {
        try (InputStream in = ScaleThresholds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return load(Objects.requireNonNull(in, () -> "missing classpath resource " + RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScaleThresholds load(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return new ScaleThresholds(String.valueOf(root.get("legal-basis")),
                upperBounds(root, "capital"), upperBounds(root, "annual-sales"));
    }

    /**
     * Scale by the figures a business declared. PP 7/2021 uses capital at founding or
     * registration and annual sales for facilitation programmes. Facilitation is what this
     * platform is for, so sales win when known; capital is the fallback (e.g. a new business
     * without a year of sales). Null when neither is known.
     */
    public BusinessScale classify(BigDecimal capital, BigDecimal annualSales) {
        if (annualSales != null) {
            return classifyBySales(annualSales);
        }
        return capital == null ? null : classifyByCapital(capital);
    }

    /** By business capital excluding land and buildings (art. 35(3)). */
    public BusinessScale classifyByCapital(BigDecimal capital) {
        return classify(capitalMax, capital);
    }

    /** By annual sales (art. 35(5)). */
    public BusinessScale classifyBySales(BigDecimal annualSales) {
        return classify(salesMax, annualSales);
    }

    /** Inclusive capital ceiling of a scale; empty for BESAR. */
    public Optional<BigDecimal> capitalMax(BusinessScale scale) {
        return Optional.ofNullable(capitalMax.get(scale));
    }

    /** Inclusive annual-sales ceiling of a scale; empty for BESAR. */
    public Optional<BigDecimal> salesMax(BusinessScale scale) {
        return Optional.ofNullable(salesMax.get(scale));
    }

    public String legalBasis() {
        return legalBasis;
    }

    private static BusinessScale classify(Map<BusinessScale, BigDecimal> max, BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        for (BusinessScale scale : BOUNDED) {
            if (amount.compareTo(max.get(scale)) <= 0) {
                return scale;
            }
        }
        return BusinessScale.BESAR;
    }

    @SuppressWarnings("unchecked")
    private static Map<BusinessScale, BigDecimal> upperBounds(Map<String, Object> root, String key) {
        Map<String, Object> section = (Map<String, Object>) Objects.requireNonNull(
                root.get(key), () -> "missing section '" + key + "' in " + RESOURCE);
        Map<BusinessScale, BigDecimal> bounds = new EnumMap<>(BusinessScale.class);
        BigDecimal previous = BigDecimal.ZERO;
        for (BusinessScale scale : BOUNDED) {
            Object value = Objects.requireNonNull(section.get(scale.name()),
                    () -> "missing " + key + "." + scale + " in " + RESOURCE);
            BigDecimal bound = new BigDecimal(value.toString().replace("_", ""));
            if (bound.compareTo(previous) <= 0) {
                throw new IllegalStateException(key + " thresholds must increase: " + section);
            }
            bounds.put(scale, bound);
            previous = bound;
        }
        return bounds;
    }
}
