package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.registry.Nib.NibCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NibTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(textBlock = """
            9120001234567,          9120001234567
            ' 9120001234567 ',      9120001234567
            '9120 0012 34567',      9120001234567
            '0000000000000',        0000000000000
            """)
    void validNib(String raw, String normalized) {
        NibCheck check = Nib.check(raw);

        assertThat(check.problems()).isEmpty();
        assertThat(check.normalized()).isEqualTo(normalized);
        assertThat(Nib.normalize(raw)).hasValue(normalized);
    }

    @ParameterizedTest(name = "[{0}] -> {1} characters")
    @CsvSource(textBlock = """
            912000123456,           12
            91200012345678,         14
            91200012345A7,          13
            '9120-001234567',       14
            'NIB 9120001234567',    16
            1,                      1
            """)
    void invalidNib(String raw, int length) {
        NibCheck check = Nib.check(raw);

        assertThat(check.problems()).containsExactly(
                ValidationProblem.of(ValidationCodes.NIB_FORMAT, length));
        assertThat(Nib.normalize(raw)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void blankIsRequired(String raw) {
        assertThat(Nib.check(raw).problems()).containsExactly(
                ValidationProblem.of(ValidationCodes.REQUIRED));
    }
}
