package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.registry.PhoneNumbers.PhoneCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(textBlock = """
            # as typed,                 E.164,           mobile
            0812-3456-7890,             +6281234567890,  true
            '+62 812 3456 7890',        +6281234567890,  true
            +6281234567890,             +6281234567890,  true
            6281234567890,              +6281234567890,  true
            81234567890,                +6281234567890,  true
            '0062 812 3456 7890',       +6281234567890,  true
            '+62 (0)812-3456-7890',     +6281234567890,  true
            '+62 0812 3456 7890',       +6281234567890,  true
            0812.3456.7890,             +6281234567890,  true
            ' 0812 3456 7890 ',         +6281234567890,  true
            0811-123-456,               +62811123456,    true
            0812345678,                 +62812345678,    true
            0895-1234-56789,            +62895123456789, true
            '(0761) 123456',            +62761123456,    false
            '(0751) 12345',             +6275112345,     false
            021-1234-5678,              +622112345678,   false
            '+62 21 1234 5678',         +622112345678,   false
            '(022) 7654321',            +62227654321,    false
            '0800 1 234 567',           +628001234567,   false
            """)
    void validNumbers(String raw, String e164, boolean mobile) {
        PhoneCheck check = PhoneNumbers.check(raw);

        assertThat(check.problems()).isEmpty();
        assertThat(check.e164()).isEqualTo(e164);
        assertThat(PhoneNumbers.toE164(raw)).hasValue(e164);
        assertThat(PhoneNumbers.isMobile(raw)).isEqualTo(mobile);
        assertThat(PhoneNumbers.waMeLink(raw)).hasValue("https://wa.me/" + e164.substring(1));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(textBlock = """
            # as typed,                   problem
            0812-ABCD-7890,               validation.phone.format
            'WA 081234567890',            validation.phone.format
            '0812 3456 7890 ext 2',       validation.phone.format
            '0812+34567890',              validation.phone.format
            1234567,                      validation.phone.format
            0112345678,                   validation.phone.format
            '+62 112 345 678',            validation.phone.format
            '+1 415 555 0100',            validation.phone.country
            '+60 12 345 6789',            validation.phone.country
            '0060 12 345 6789',           validation.phone.country
            0812345,                      validation.phone.tooShort
            '(0761) 1234',                validation.phone.tooShort
            812345,                       validation.phone.tooShort
            +62812,                       validation.phone.tooShort
            08123456789012,               validation.phone.tooLong
            '+62 812 3456 7890 123',      validation.phone.tooLong
            """)
    void invalidNumbers(String raw, String code) {
        PhoneCheck check = PhoneNumbers.check(raw);

        assertThat(check.e164()).isNull();
        assertThat(check.problems()).extracting(ValidationProblem::code).containsExactly(code);
        assertThat(PhoneNumbers.toE164(raw)).isEmpty();
        assertThat(PhoneNumbers.isMobile(raw)).isFalse();
        assertThat(PhoneNumbers.waMeLink(raw)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] has {1} national digits")
    @CsvSource(textBlock = """
            0812345,                     6
            08123456789012,              13
            """)
    void lengthProblemsCarryTheDigitCount(String raw, int digits) {
        assertThat(PhoneNumbers.check(raw).problems().get(0).args()).containsExactly(digits);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " - "})
    void blankIsRequired(String raw) {
        assertThat(PhoneNumbers.check(raw).problems()).containsExactly(
                ValidationProblem.of(ValidationCodes.REQUIRED));
    }
}
