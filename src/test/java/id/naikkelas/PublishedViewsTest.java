package id.naikkelas;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views modules publish for each other (ADR 0013) exist as declared, say who publishes them, and show no
 * personal data beyond what readers need: no NIK, password or e-mail column.
 */
@IntegrationTest
class PublishedViewsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedViewsCarryNoSecretsOrNik() {
        var columns = jdbc.sql("""
                        SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c
                        JOIN information_schema.views v ON v.table_schema = c.table_schema AND v.table_name = c.table_name
                        WHERE c.table_schema = current_schema()""")
                .query(String.class).list();
        assertThat(columns).contains("registry_business.owner_user_id", "identity_user.username", "programs_open_assignment.facilitator_id");
        assertThat(columns).noneMatch(c -> c.matches(".*\\.(.*nik.*|.*password.*|.*email.*|.*token.*|.*secret.*)"));
    }

    @Test
    void everyViewSaysWhichModulePublishesIt() {
        var uncommented = jdbc.sql("""
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relkind = 'v' AND n.nspname = current_schema()
                          AND coalesce(obj_description(c.oid, 'pg_class'), '') NOT LIKE 'Published by the % module (ADR 0013)%'""")
                .query(String.class).list();
        assertThat(uncommented).isEmpty();
    }

    @Test
    void theBusinessViewHoldsEveryBusinessOnce() {
        var counts = jdbc.sql("SELECT (SELECT count(*) FROM business) AS tables, (SELECT count(DISTINCT id) FROM registry_business) AS view")
                .query((rs, i) -> List.of(rs.getLong("tables"), rs.getLong("view"))).single();
        assertThat(counts.get(0)).isPositive();
        assertThat(counts.get(1)).isEqualTo(counts.get(0));
    }
}
