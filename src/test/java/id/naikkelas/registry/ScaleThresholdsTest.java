package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleThresholdsTest {

    private static final ScaleThresholds THRESHOLDS = ScaleThresholds.load();

    @ParameterizedTest(name = "capital Rp{0} -> {1}")
    @CsvSource(textBlock = """
            0,                  MIKRO
            1,                  MIKRO
            999999999,          MIKRO
            1000000000,         MIKRO
            1000000000.00,      MIKRO
            1000000000.01,      KECIL
            1000000001,         KECIL
            5000000000,         KECIL
            5000000001,         MENENGAH
            10000000000,        MENENGAH
            10000000001,        BESAR
            1000000000000,      BESAR
            """)
    void capitalBoundariesAreInclusive(BigDecimal capital, BusinessScale scale) {
        assertThat(THRESHOLDS.classifyByCapital(capital)).isEqualTo(scale);
        assertThat(THRESHOLDS.classify(capital, null)).isEqualTo(scale);
    }

    @ParameterizedTest(name = "sales Rp{0} -> {1}")
    @CsvSource(textBlock = """
            0,                  MIKRO
            2000000000,         MIKRO
            2000000001,         KECIL
            15000000000,        KECIL
            15000000001,        MENENGAH
            50000000000,        MENENGAH
            50000000001,        BESAR
            """)
    void salesBoundariesAreInclusive(BigDecimal sales, BusinessScale scale) {
        assertThat(THRESHOLDS.classifyBySales(sales)).isEqualTo(scale);
        assertThat(THRESHOLDS.classify(null, sales)).isEqualTo(scale);
    }

    @ParameterizedTest(name = "capital {0}, sales {1} -> {2}")
    @CsvSource(textBlock = """
            # capital,      sales,          scale: sales decide when known
            20000000000,    1000000000,     MIKRO
            500000000,      20000000000,    MENENGAH
            2000000000,     ,               KECIL
                      ,     3000000000,     KECIL
                      ,               ,
            """)
    void salesWinOverCapital(BigDecimal capital, BigDecimal sales, BusinessScale scale) {
        assertThat(THRESHOLDS.classify(capital, sales)).isEqualTo(scale);
    }

    @Test
    void negativeAmountsAreRejected() {
        assertThatThrownBy(() -> THRESHOLDS.classify(null, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> THRESHOLDS.classifyByCapital(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}: capital <= {1}, sales <= {2}")
    @CsvSource(textBlock = """
            MIKRO,    1000000000,  2000000000
            KECIL,    5000000000,  15000000000
            MENENGAH, 10000000000, 50000000000
            """)
    void ceilingsAreExposed(BusinessScale scale, BigDecimal capitalMax, BigDecimal salesMax) {
        assertThat(THRESHOLDS.capitalMax(scale)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(capitalMax));
        assertThat(THRESHOLDS.salesMax(scale)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(salesMax));
    }

    @Test
    void besarHasNoCeilingAndLegalBasisIsKept() {
        assertThat(THRESHOLDS.capitalMax(BusinessScale.BESAR)).isEmpty();
        assertThat(THRESHOLDS.salesMax(BusinessScale.BESAR)).isEmpty();
        assertThat(THRESHOLDS.legalBasis()).contains("PP 7/2021");
    }

    @ParameterizedTest
    @CsvSource({"MIKRO, true", "KECIL, true", "MENENGAH, false", "BESAR, false"})
    void umkIsMicroPlusSmall(BusinessScale scale, boolean umk) {
        assertThat(scale.isUmk()).isEqualTo(umk);
    }
}
