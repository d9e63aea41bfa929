package id.naikkelas.database;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class BulkCopyTest {

    @Autowired
    BulkCopy copy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void everyValueComesBackAsWritten() {
        var texts = List.of("tab\there", "line\nbreak\r\n", "back\\slash \\N", "Kopi Gayo – ñandú Ärger", "emoji 🌶️ pedas", "", "\\.");
        var back = tx.execute(status -> {
            jdbc.sql("CREATE TEMP TABLE copy_check (n integer, t text, amount numeric, ratio real) ON COMMIT DROP").update();
            long written = copy.into("copy_check (n, t, amount, ratio)", rows -> {
                for (int i = 0; i < texts.size(); i++) {
                    rows.row(i, texts.get(i), new BigDecimal("1E+9"), 0.5f);
                }
                rows.row(99, null, null, null);
                // more than one piece of 64 KB
                for (int i = 100; i < 3100; i++) {
                    rows.row(i, "x".repeat(40), null, null);
                }
            });
            assertThat(written).isEqualTo(texts.size() + 3001);
            var read = new ArrayList<String>();
            jdbc.sql("SELECT t FROM copy_check WHERE n < 100 ORDER BY n").query(rs -> {
                read.add(rs.getString("t"));
            });
            assertThat(jdbc.sql("SELECT amount FROM copy_check WHERE n = 0").query(BigDecimal.class).single())
                    .isEqualByComparingTo("1000000000");
            return read;
        });
        var expected = new ArrayList<String>(texts);
        expected.add(null);
        assertThat(back).containsExactlyElementsOf(expected);
    }

    @Test
    void onlyInsideATransaction() {
        assertThatThrownBy(() -> copy.into("copy_check (n)", rows -> rows.row(1))).isInstanceOf(IllegalStateException.class);
    }
}
