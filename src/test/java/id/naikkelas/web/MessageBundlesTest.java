package id.naikkelas.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the pages exists in Bahasa Indonesia and in English: a key in one bundle only shows as a raw key. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "validation", "certification", "assessment", "programs", "imports", "training", "cases"})
    void indonesianAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        var indonesian = load("i18n/" + bundle + ".properties");
        var english = load("i18n/" + bundle + "_en.properties");
        assertThat(english.stringPropertyNames()).as(bundle + "_en lacks or adds keys")
                .containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
        assertThat(indonesian.stringPropertyNames()).allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    /** A key written twice keeps only its last text silently, and a merge left half-done leaves marker lines as keys. */
    @ParameterizedTest
    @ValueSource(strings = {"messages", "validation", "certification", "assessment", "programs", "imports", "training", "cases",
            "messages_en", "validation_en", "certification_en", "assessment_en", "programs_en", "imports_en", "training_en", "cases_en"})
    void noKeyIsWrittenTwiceAndNoMergeMarkerIsLeft(String bundle) throws IOException {
        String text;
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + bundle + ".properties")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var seen = new java.util.HashSet<String>();
        for (String line : text.split("\n")) {
            assertThat(line).as(bundle).doesNotStartWith("<<<<<<<").doesNotStartWith(">>>>>>>").isNotEqualTo("=======");
            if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).strip();
            assertThat(seen.add(key)).as("%s: key %s written twice", bundle, key).isTrue();
        }
    }

    private static Properties load(String path) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
