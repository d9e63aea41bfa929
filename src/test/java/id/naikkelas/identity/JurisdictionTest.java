package id.naikkelas.identity;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JurisdictionTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Access access;

    @Test
    void aRegionCoversItselfAndEverythingBelowItButNotItsNeighbours() {
        var dumai = Jurisdiction.of(List.of("14.72"));
        assertThat(dumai.covers("14.72")).isTrue();
        assertThat(dumai.covers("14.72.01.1003")).isTrue();
        assertThat(dumai.covers("14.03.01")).isFalse();
        assertThat(dumai.covers("14.7")).isFalse();
        assertThat(dumai.covers("14.721")).isFalse();
        assertThat(dumai.covers("14")).isFalse();
        assertThat(dumai.covers(null)).isFalse();
        assertThat(Jurisdiction.of(List.of("18")).covers("18.71.01")).isTrue();
        assertThat(Jurisdiction.NATIONAL.covers("96.01")).isTrue();
        assertThat(Jurisdiction.NONE.covers("14.72")).isFalse();
    }

    @Test
    void theSqlConditionSelectsExactlyWhatCoversAccepts() {
        for (var jurisdiction : List.of(Jurisdiction.of(List.of("14.72")), Jurisdiction.of(List.of("14.03", "62.71")),
                Jurisdiction.of(List.of("18")), Jurisdiction.NONE)) {
            var condition = jurisdiction.sql("code");
            List<String> selected = jdbc.sql("SELECT code FROM region WHERE " + condition.sql())
                    .params(condition.params()).query(String.class).list();
            List<String> expected = jdbc.sql("SELECT code FROM region").query(String.class).list().stream()
                    .filter(jurisdiction::covers).toList();
            assertThat(selected).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(Jurisdiction.NATIONAL.sql("code").sql()).isEqualTo("TRUE");
    }

    @Test
    void officersGetTheirAgencysJurisdictionAndAdministratorsTheWholeCountry() {
        assertThat(access.byUsername("petugas.dumai").orElseThrow().jurisdiction().regionCodes()).isEqualTo(Set.of("14.72"));
        var lampung = access.byUsername("petugas.lampung").orElseThrow().jurisdiction();
        assertThat(lampung.covers("18.71")).isTrue();
        assertThat(lampung.covers("14.72")).isFalse();
        assertThat(access.byUsername("admin").orElseThrow().jurisdiction().national()).isTrue();
        assertThat(access.byUsername("pemilik.demo").orElseThrow().jurisdiction().regionCodes()).isEmpty();
    }
}
