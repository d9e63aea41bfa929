package id.naikkelas.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every form an If-Match header takes is a version or a named refusal, never an unexpected exception. */
class IfMatchTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"3\"|3", "3|3", " \"12\" |12", "\"0\"|0"})
    void aStrongTagOrABareNumberIsTheVersion(String header, int version) {
        assertThat(IfMatch.version(header)).isEqualTo(version);
        assertThat(IfMatch.version(IfMatch.etag(version))).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"3\"", "w/\"3\"", " W/\"3\""})
    void aWeakTagNeverMatches(String header) {
        assertThatThrownBy(() -> IfMatch.version(header)).isInstanceOf(IfMatch.Unmatched.class)
                .satisfies(e -> assertThat(((IfMatch.Unmatched) e).input().violations()).extracting(InvalidInput.Violation::code)
                        .containsExactly("api.ifMatch.weak"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"3\", \"4\"", "\"3\","})
    void aListOrAnyVersionIsNotTheOneVersionRead(String header) {
        assertThatThrownBy(() -> IfMatch.version(header)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::code)
                        .containsExactly("api.ifMatch.single"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "abc", "\"abc\"", "\"-1\"", "\"99999999999\"", "\"3", "3.0", "\"\""})
    void nothingOrGarbageAsksForTheVersion(String header) {
        assertThatThrownBy(() -> IfMatch.version(header)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::field, InvalidInput.Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("If-Match", "api.ifMatch.required")));
    }
}
