package id.naikkelas.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A NIK in each spelling an agency list uses is recognised and masked; other numbers are left as they are. */
class NikShapesTest {

    private static final String NIK = "1472017101997001";
    private static final String MASKED = "1472\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u202201";

    @Test
    void everySpellingOfANikIsOneNik() {
        for (String cell : new String[]{NIK, " " + NIK + " ", "'" + NIK, "=\"" + NIK + "\"", NIK + ".0", "1472 0171 0199 7001",
                "147201.710199.7001", "14-72-01-710199-7001", "1.472017101997001E15", "1472\u00A00171\u00A00199\u00A07001"}) {
            assertThat(NikShapes.digits(cell)).as(cell).contains(NIK);
            assertThat(NikShapes.mask(cell)).as(cell).isEqualTo(MASKED);
        }
    }

    @Test
    void aNikInsideTextIsMaskedInPlace() {
        assertThat(NikShapes.mask("NIK suami 1472 0171 0199 7001 (KTP lama)")).isEqualTo("NIK suami " + MASKED + " (KTP lama)");
        assertThat(NikShapes.mask("ktp:" + NIK)).isEqualTo("ktp:" + MASKED);
    }

    @Test
    void otherNumbersStayAsWritten() {
        for (String cell : new String[]{"1.47201E+15", "0812-7100-0001", "+6281271000002", "14.72.06.1001", "8120261100455",
                "147201710199700", "Rp 150.000.000", "nk_a1472017101997001", "", "Keripik Nanas"}) {
            assertThat(NikShapes.digits(cell)).as(cell).isEmpty();
            assertThat(NikShapes.mask(cell)).as(cell).isEqualTo(cell);
        }
        assertThat(NikShapes.mask(null)).isNull();
    }
}
