package id.naikkelas.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The two bundles say the same things, and every value the pages show by name has a label. */
class AssessmentMessagesTest {

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(load("i18n/assessment_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/assessment.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/assessment.properties", "i18n/assessment_en.properties"})
    void everyVocabularyHasALabelAndNoMessageUsesASingleQuote(String bundle) {
        Properties messages = load(bundle);
        List<String> labels = Stream.of(
                        labels("assessment.class.", DeviationClass.values()),
                        labels("assessment.class.short.", DeviationClass.values()),
                        labels("assessment.answer.", Answer.values()),
                        labels("assessment.status.", InspectionStatus.values()),
                        labels("assessment.action.status.", ActionStatus.values()),
                        labels("assessment.action.closed.", ClosedReason.values()),
                        labels("assessment.actions.filter.", ActionFilter.values()),
                        labels("assessment.definitions.kind.", DefinitionKind.values()))
                .flatMap(List::stream).toList();
        assertThat(messages.stringPropertyNames()).containsAll(labels);
        messages.stringPropertyNames().forEach(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank().doesNotContain("'"));
    }

    private static List<String> labels(String prefix, Enum<?>[] values) {
        return Stream.of(values).map(value -> prefix + value.name()).toList();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = AssessmentMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
