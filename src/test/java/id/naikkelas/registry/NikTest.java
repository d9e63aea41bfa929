package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.registry.Nik.NikCheck;
import id.naikkelas.registry.Nik.Sex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @ParameterizedTest(name = "{0} -> {1} born {2}")
    @CsvSource(textBlock = """
            # NIK,                 sex,    birth date
            1472010101900003,      MALE,   1990-01-01
            3173024512850001,      FEMALE, 1985-12-05
            3173027103000002,      FEMALE, 2000-03-31
            3173023112990009,      MALE,   1999-12-31
            3173024101059999,      FEMALE, 2005-01-01
            9601012902000001,      MALE,   2000-02-29
            9601016902240001,      FEMALE, 2024-02-29
            1101011506250001,      MALE,   2025-06-15
            """)
    void validNikDerivesSexAndBirthDate(String raw, Sex sex, LocalDate birthDate) {
        NikCheck check = Nik.check(raw, TODAY);

        assertThat(check.problems()).isEmpty();
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(raw);
        assertThat(check.sex()).isEqualTo(sex);
        assertThat(check.birthDate()).isEqualTo(birthDate);
    }

    @Test
    void regionCodesAreDottedLikeTheRegionList() {
        NikCheck check = Nik.check("1472010101900003", TODAY);

        assertThat(check.provinceCode()).isEqualTo("14");
        assertThat(check.regencyCode()).isEqualTo("14.72");
        assertThat(check.districtCode()).isEqualTo("14.72.01");
    }

    @Test
    void unknownRegencyOrDistrictIsNotAnError() {
        // 14.99.99 is not in the current region list; only the province is checked.
        assertThat(Nik.check("1499990101900003", TODAY).valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1472 0101 0190 0003", "147201.010190.0003", "1472-0101-0190-0003",
            " 1472010101900003 ", "1472\u00A00101\u00A00190\u00A00003"})
    void separatorsAreStripped(String raw) {
        NikCheck check = Nik.check(raw, TODAY);

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo("1472010101900003");
    }

    @ParameterizedTest(name = "YY={0} on {1} -> {2}")
    @CsvSource(textBlock = """
            # YY, today,      birth year: latest year whose date is not after today
            90,   2025-06-15, 1990
            25,   2025-06-15, 2025
            26,   2025-06-15, 1926
            00,   2025-06-15, 2000
            05,   2025-06-15, 2005
            99,   2025-06-15, 1999
            25,   2025-01-01, 1925
            """)
    void centuryHeuristic(String yy, LocalDate today, int expectedYear) {
        // Birth date 01 June YY: in 2025 that is still ahead on 1 January.
        NikCheck check = Nik.check("320101" + "0106" + yy + "0001", today);

        assertThat(check.problems()).isEmpty();
        assertThat(check.birthDate()).isEqualTo(LocalDate.of(expectedYear, 6, 1));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(textBlock = """
            # raw,                  code,                    arg
            147201010190003,        validation.nik.length,   15
            14720101019000031,      validation.nik.length,   17
            1472,                   validation.nik.length,   4
            14720101019000A3,       validation.nik.digits,
            NIK1472010101900003,    validation.nik.digits,
            '1472/0101/0190/0003',  validation.nik.digits,
            2072010101900003,       validation.nik.province, 20
            1072010101900003,       validation.nik.province, 10
            9772010101900003,       validation.nik.province, 97
            0072010101900003,       validation.nik.province, 00
            3701010101900003,       validation.nik.province, 37
            1472013104900003,       validation.nik.birthdate, 310490
            1472012902230003,       validation.nik.birthdate, 290223
            1472016902230003,       validation.nik.birthdate, 690223
            1472010001900003,       validation.nik.birthdate, 000190
            1472017201900003,       validation.nik.birthdate, 720190
            1472013501900003,       validation.nik.birthdate, 350190
            1472014001900003,       validation.nik.birthdate, 400190
            1472010113900003,       validation.nik.birthdate, 011390
            1472010100900003,       validation.nik.birthdate, 010090
            1472017104900003,       validation.nik.birthdate, 710490
            1472010101900000,       validation.nik.serial,
            """)
    void invalidNikGivesOneProblem(String raw, String code, String arg) {
        NikCheck check = Nik.check(raw, TODAY);

        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.args()).map(String::valueOf)
                    .containsExactlyElementsOf(arg == null ? List.of() : List.of(arg));
        });
    }

    @Test
    void invalidDateClearsDerivedSexAndBirthDateButKeepsRegion() {
        NikCheck check = Nik.check("1472013104900003", TODAY);

        assertThat(check.sex()).isNull();
        assertThat(check.birthDate()).isNull();
        assertThat(check.districtCode()).isEqualTo("14.72.01");
    }

    @Test
    void allProblemsOfA16DigitNikAreReported() {
        NikCheck check = Nik.check("9972013104900000", TODAY);

        assertThat(check.problems()).extracting(ValidationProblem::code).containsExactly(
                ValidationCodes.NIK_PROVINCE, ValidationCodes.NIK_BIRTHDATE, ValidationCodes.NIK_SERIAL);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - . "})
    void blankIsRequired(String raw) {
        NikCheck check = Nik.check(raw, TODAY);

        assertThat(check.problems()).extracting(ValidationProblem::code)
                .containsExactly(ValidationCodes.REQUIRED);
        assertThat(check.provinceCode()).isNull();
    }

    @ParameterizedTest(name = "mask({0}) = {1}")
    @CsvSource(textBlock = """
            1472010101900003,        1472••••••••0003
            '1472 0101 0190 0003',   1472••••••••0003
            3173024512850001,        3173••••••••0001
            123456789,               1234•6789
            12345678,                ••••••••
            1234,                    ••••
            '',                      ''
            """)
    void mask(String nik, String masked) {
        assertThat(Nik.mask(nik)).isEqualTo(masked);
    }

    @Test
    void maskOfNullIsEmpty() {
        assertThat(Nik.mask(null)).isEmpty();
    }
}
