package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every code the validators emit must be translatable, in both languages. */
class ValidationMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/validation.properties", "i18n/validation_en.properties"})
    void bundleHasExactlyTheCodesOfValidationCodes(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(ValidationCodes.ALL.stream().filter(c -> !c.equals(ValidationCodes.REQUIRED)).toList());
    }

    /** "Nothing entered" has one key across the platform, kept with the other form messages. */
    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages.properties", "i18n/messages_en.properties"})
    void theRequiredKeyIsTheSharedOne(String bundle) throws IOException {
        assertThat(load(bundle).getProperty(ValidationCodes.REQUIRED)).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/validation.properties", "i18n/validation_en.properties"})
    void messagesAreNonBlankAndFormattable(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
            String message = messages.getProperty(key);
            assertThat(message).as(key).isNotBlank().doesNotContain("'");
            // Formats like Spring's MessageSource does when arguments are present.
            assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] {"X"}))
                    .as(key).doesNotContain("{0}");
        }
    }

    @Test
    void everyCodeIsEmittedAndEveryEmittedCodeIsListed() {
        LocalDate today = LocalDate.of(2025, 6, 15);
        PermitNumbers permits = PermitNumbers.load();
        List<ValidationProblem> problems = new ArrayList<>();
        for (String nik : List.of("", "14720101019000A3", "1472", "9972013104900000")) {
            problems.addAll(Nik.check(nik, today).problems());
        }
        problems.addAll(Nib.check("123").problems());
        for (String phone : List.of("abc", "+1 415 555 0100", "0812", "08123456789012")) {
            problems.addAll(PhoneNumbers.check(phone).problems());
        }
        problems.addAll(permits.check(PermitType.PIRT, "123").problems());
        problems.addAll(permits.check(PermitType.SNI, "-").problems());

        Set<String> emitted = new HashSet<>();
        problems.forEach(p -> emitted.add(p.code()));
        assertThat(emitted).containsExactlyInAnyOrderElementsOf(ValidationCodes.ALL);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
