package id.naikkelas;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StartupTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void flywayMigratesAnEmptyDatabaseCompletely() {
        var failed = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Integer.class).single();
        var applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class).list();
        assertThat(failed).isZero();
        assertThat(applied).startsWith("1", "2");
    }

    @Test
    void referenceDataIsLoadedOnFirstStart() {
        assertThat(count("region")).isEqualTo(91_599);
        assertThat(count("region WHERE level = 'province'")).isEqualTo(38);
        assertThat(count("food_category")).isEqualTo(16);
        assertThat(count("irt_food_type")).isEqualTo(15);
        assertThat(count("holiday")).isEqualTo(82);
        assertThat(jdbc.sql("SELECT name FROM region WHERE code = '14.72.01.1003'").query(String.class).single())
                .isEqualTo("Pangkalan Sesai");
    }

    @Test
    void demoModeCreatesTheSeedAgenciesAndOneUserPerRole() {
        assertThat(jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list())
                .contains("admin", "manajer.dumai", "petugas.dumai", "petugas.bengkalis", "petugas.lampung",
                        "pendamping.palangkaraya", "pemilik.demo", "mitra.demo", "pembeli.demo");
        assertThat(jdbc.sql("SELECT region_codes[1] FROM agency WHERE name = 'Loka POM di Kota Dumai'").query(String.class).single())
                .isEqualTo("14.72");
        assertThat(jdbc.sql("SELECT region_codes[1] FROM agency WHERE name = 'Dinas Koperasi dan UKM Provinsi Lampung'").query(String.class).single())
                .isEqualTo("18");
    }

    private int count(String from) {
        return jdbc.sql("SELECT count(*) FROM " + from).query(Integer.class).single();
    }
}
