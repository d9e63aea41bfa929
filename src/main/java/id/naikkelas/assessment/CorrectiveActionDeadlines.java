package id.naikkelas.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How long a business has to correct a deviation of each class: the platform's default periods in
 * {@code assessment/corrective-action-due.yml}, data an agency may edit rather than code.
 */
final class CorrectiveActionDeadlines {

    static final String RESOURCE = "/assessment/corrective-action-due.yml";

    private final Map<DeviationClass, Period> periods;

    private CorrectiveActionDeadlines(Map<DeviationClass, Period> periods) {
        this.periods = Collections.unmodifiableMap(new EnumMap<>(periods));
    }

    static CorrectiveActionDeadlines loadDefault() {
        try (InputStream in = CorrectiveActionDeadlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every class needs a period: a deviation without a due date could never become overdue. */
    static CorrectiveActionDeadlines parse(String yamlText, String source) {
        Set<String> keys = Stream.of(DeviationClass.values()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<?, ?> top = YamlNodes.map(YamlNodes.load(yamlText, source), source, keys);
        Map<DeviationClass, Period> periods = new EnumMap<>(DeviationClass.class);
        for (DeviationClass deviationClass : DeviationClass.values()) {
            String key = deviationClass.name().toLowerCase(Locale.ROOT);
            String text = YamlNodes.text(top, key, source);
            try {
                Period period = Period.parse(text);
                if (period.isZero() || period.isNegative()) {
                    throw new InvalidDefinitionException(source + ": '" + key + "' must be a positive period, found " + text);
                }
                periods.put(deviationClass, period);
            } catch (DateTimeParseException e) {
                throw new InvalidDefinitionException(source + ": '" + key + "' must be an ISO-8601 period such as P7D"
                        + " or P1M, found '" + text + "'");
            }
        }
        return new CorrectiveActionDeadlines(periods);
    }

    LocalDate dueOn(DeviationClass deviationClass, LocalDate raisedOn) {
        return raisedOn.plus(periods.get(deviationClass));
    }

    /** The periods by class (minor first), as the actions page states them. */
    Map<DeviationClass, Period> periods() {
        return periods;
    }
}
