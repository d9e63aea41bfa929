package id.naikkelas.certification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The {@code i18n/certification*.properties} bundles read directly, so the domain can give plain
 * texts in both languages from the same keys the web layer resolves through Spring.
 */
final class CertificationMessages {

    static final String INDONESIAN_BUNDLE = "i18n/certification.properties";
    static final String ENGLISH_BUNDLE = "i18n/certification_en.properties";

    private static final Properties INDONESIAN = load(INDONESIAN_BUNDLE);
    private static final Properties ENGLISH = load(ENGLISH_BUNDLE);

    private CertificationMessages() {
    }

    static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Formats like Spring's MessageSource does when arguments are present. */
    static String format(Locale locale, String key, List<Object> args) {
        String pattern = (isEnglish(locale) ? ENGLISH : INDONESIAN).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("message key " + key + " is missing from the certification bundle");
        }
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    static String label(Locale locale, String key) {
        return format(locale, key, List.of());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = CertificationMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
