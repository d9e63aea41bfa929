package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.registry.PermitNumbers.PermitCheck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PermitNumbersTest {

    private static final PermitNumbers PERMITS = PermitNumbers.load();

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # type     | as typed                            | stored form
            PIRT       | 2063507010477-29                    | 2063507010477-29
            PIRT       | 206350701047729                     | 2063507010477-29
            PIRT       | P-IRT No. 2063507010477-29          | 2063507010477-29
            PIRT       | p-irt no: 2063507010477–29          | 2063507010477-29
            PIRT       | PIRT 2063507010477 - 29             | 2063507010477-29
            PIRT       | P-IRT Nomor 206350701047729         | 2063507010477-29
            PIRT       | SPP-IRT No. 2063507010477-29        | 2063507010477-29
            PIRT       | P-IRT No.2063.5070.1047.7-29        | 2063507010477-29
            BPOM_MD    | BPOM RI MD 234567890123             | BPOM RI MD 234567890123
            BPOM_MD    | MD 234567890123                     | BPOM RI MD 234567890123
            BPOM_MD    | md234567890123                      | BPOM RI MD 234567890123
            BPOM_MD    | BPOM-RI MD. 2345 6789 0123          | BPOM RI MD 234567890123
            BPOM_MD    | bpom ri  md 123456789               | BPOM RI MD 123456789
            BPOM_MD    | BPOM RI MD 123456789012345          | BPOM RI MD 123456789012345
            BPOM_ML    | BPOM RI ML 234567890123             | BPOM RI ML 234567890123
            BPOM_ML    | ml 2345-6789-0123                   | BPOM RI ML 234567890123
            HALAL      | ID31110000123450824                 | ID31110000123450824
            HALAL      | id 3111 0000 1234 5082 4            | ID31110000123450824
            HALAL      | No. ID31110000123450824             | ID31110000123450824
            HALAL      | ID1234567890                        | ID1234567890
            HALAL      | ID12345678901234567890              | ID12345678901234567890
            BPOM_TR    | POM TR 123456789                    | POM TR 123456789
            BPOM_TR    | BPOM RI TR 123 456 789              | POM TR 123456789
            BPOM_TR    | tr123456789                         | POM TR 123456789
            BPOM_NOTIF | NA18230100123                       | NA18230100123
            BPOM_NOTIF | BPOM NA 18230100123                 | NA18230100123
            BPOM_NOTIF | bpom ri na-182301-00123             | NA18230100123
            TRADEMARK  | IDM000123456                        | IDM000123456
            TRADEMARK  | idm 000 123 456                     | IDM000123456
            TRADEMARK  | DID2023012345                       | DID2023012345
            SNI        | 1234/SPPT-SNI/LSPRO/2024            | 1234/SPPT-SNI/LSPRO/2024
            SNI        |   sppt  sni 01/2024                 | SPPT SNI 01/2024
            SLHS       | 443.5/123/SLHS/DINKES/2024          | 443.5/123/SLHS/DINKES/2024
            PKP        | 440/123/pkp/2024                    | 440/123/PKP/2024
            BNSP       | 10800 2421 3 0001234 2024           | 10800 2421 3 0001234 2024
            """)
    void acceptsAndNormalises(PermitType type, String raw, String stored) {
        PermitCheck check = PERMITS.check(type, raw);

        assertThat(check.problems()).isEmpty();
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # type     | as typed                    | problem
            PIRT       | 206350701047                | validation.permit.format
            PIRT       | 2063507010477-2             | validation.permit.format
            PIRT       | 20635070104772900           | validation.permit.format
            PIRT       | 2063507010477/29            | validation.permit.format
            PIRT       | MD 234567890123             | validation.permit.format
            PIRT       | P-IRT No. sedang diurus     | validation.permit.format
            BPOM_MD    | BPOM RI ML 234567890123     | validation.permit.format
            BPOM_MD    | MD 12345678                 | validation.permit.format
            BPOM_MD    | MD 1234567890123456         | validation.permit.format
            BPOM_MD    | 234567890123                | validation.permit.format
            BPOM_ML    | BPOM RI MD 234567890123     | validation.permit.format
            HALAL      | ID123456789                 | validation.permit.format
            HALAL      | 31110000123450824           | validation.permit.format
            HALAL      | ID123456789012345678901     | validation.permit.format
            HALAL      | KH.123/2024                 | validation.permit.format
            BPOM_TR    | POM TL 123456789            | validation.permit.unreadable
            BPOM_TR    | TR 1234                     | validation.permit.unreadable
            BPOM_NOTIF | NX18230100123               | validation.permit.unreadable
            BPOM_NOTIF | 18230100123                 | validation.permit.unreadable
            TRADEMARK  | 12345                       | validation.permit.unreadable
            TRADEMARK  | IDM12                       | validation.permit.unreadable
            SNI        | -                           | validation.permit.unreadable
            SNI        | BELUM ADA                   | validation.permit.unreadable
            SLHS       | 12                          | validation.permit.unreadable
            PKP        | sertifikat#1                | validation.permit.unreadable
            BNSP       | x                           | validation.permit.unreadable
            """)
    void rejects(PermitType type, String raw, String code) {
        PermitCheck check = PERMITS.check(type, raw);

        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).extracting(ValidationProblem::code).containsExactly(code);
        assertThat(check.pirt()).isEmpty();
    }

    @Test
    void documentedFormatProblemCarriesTheExample() {
        assertThat(PERMITS.check(PermitType.PIRT, "12345").problems()).containsExactly(
                ValidationProblem.of(ValidationCodes.PERMIT_FORMAT, "2063507010477-29"));
        assertThat(PERMITS.check(PermitType.BPOM_MD, "12345").problems()).containsExactly(
                ValidationProblem.of(ValidationCodes.PERMIT_FORMAT, "BPOM RI MD 234567890123"));
    }

    @ParameterizedTest
    @EnumSource(PermitType.class)
    void blankIsRequired(PermitType type) {
        for (String blank : new String[] {null, "", "   "}) {
            assertThat(PERMITS.check(type, blank).problems()).containsExactly(
                    ValidationProblem.of(ValidationCodes.REQUIRED));
        }
    }

    @ParameterizedTest
    @EnumSource(PermitType.class)
    void everyTypeHasAnExampleThatIsItsOwnStoredForm(PermitType type) {
        String example = PERMITS.example(type);

        assertThat(PERMITS.check(type, example).normalized()).isEqualTo(example);
        assertThat(PERMITS.check(type, example).valid()).isTrue();
        assertThat(PERMITS.source(type)).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(value = PermitType.class, names = {"PIRT", "BPOM_MD", "BPOM_ML", "HALAL"})
    void onlyFormatsGivenByRegulationsAreDocumented(PermitType type) {
        assertThat(PERMITS.documented(type)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = PermitType.class, names = {"PIRT", "BPOM_MD", "BPOM_ML", "HALAL"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherFormatsAreMarkedUnconfirmed(PermitType type) {
        assertThat(PERMITS.documented(type)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> packaging {1} ({2}), food type {3}")
    @CsvSource(textBlock = """
            P-IRT No. 2063507010477-29,   2, PLASTIC,            06
            1013507010477-29,             1, GLASS,              01
            3153507010477-29,             3, PAPER_OR_CARDBOARD, 15
            8113507010477-29,             8, MULTIPLE,           11
            9063507010477-29,             9,                   , 06
            0063507010477-29,             0,                   , 06
            """)
    void pirtExposesConfirmedParts(String raw, int packagingCode, PirtParts.Packaging packaging,
                                   String foodType) {
        PirtParts parts = PERMITS.check(PermitType.PIRT, raw).pirt().orElseThrow();

        assertThat(parts.packagingCode()).isEqualTo(packagingCode);
        assertThat(parts.packaging()).isEqualTo(java.util.Optional.ofNullable(packaging));
        assertThat(parts.foodTypeCode()).isEqualTo(foodType);
    }

    @ParameterizedTest(name = "food type {0} matches {1}: {2}")
    @CsvSource(textBlock = """
            06,   true
            6,    true
            ' 06 ', true
            15,   false
            '',   false
            x6,   false
            """)
    void pirtFoodTypeCrossCheck(String productFoodType, boolean matches) {
        PirtParts parts = PERMITS.check(PermitType.PIRT, "2063507010477-29").pirt().orElseThrow();

        assertThat(parts.matchesFoodType(productFoodType)).isEqualTo(matches);
    }

    @Test
    void pirtPartsOnlyForPirt() {
        assertThat(PERMITS.check(PermitType.BPOM_MD, "MD 234567890123").pirt()).isEmpty();
    }

    @Test
    void loadingFailsWhenAPermitTypeHasNoFormat() {
        String yaml = """
                PIRT:
                  documented: true
                  source: test
                  example: "1"
                  accept: ['^\\d$']
                """;

        assertThatThrownBy(() -> PermitNumbers.load(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BPOM_MD");
    }
}
