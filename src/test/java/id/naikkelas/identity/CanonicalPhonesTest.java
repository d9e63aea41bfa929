package id.naikkelas.identity;

import id.naikkelas.IntegrationTest;
import id.naikkelas.common.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way an account gets a phone stores it as +62…, and V92 rewrites the ones stored before without losing any:
 * a value that is no number stays, accounts sharing a number keep it and are reported.
 */
@IntegrationTest
class CanonicalPhonesTest {

    @Autowired
    Accounts accounts;
    @Autowired
    V92__Canonical_account_phones migration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void anAdministratorsTypingIsStoredCanonicalAndABadNumberChangesNothing() {
        long id = accounts.create(new Accounts.NewUser("telepon.satu", "Telepon Satu", null, "0812-7111-2233", "Rahasia-Kuat-1", null,
                Set.of(Role.OFFICER), List.of("14.72")));
        assertThat(phoneOf(id)).isEqualTo("+6281271112233");
        int version = jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(id).query(Integer.class).single();
        accounts.update(id, new Accounts.UserChange("Telepon Satu", null, "62 812 7111 2234", null, Set.of(Role.OFFICER),
                List.of("14.72"), true, version));
        assertThat(phoneOf(id)).isEqualTo("+6281271112234");
        assertThatThrownBy(() -> accounts.update(id, new Accounts.UserChange("Telepon Satu", null, "12ab", null, Set.of(Role.OFFICER),
                List.of("14.72"), true, version + 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::field)
                        .containsExactly("phone"));
        assertThat(phoneOf(id)).isEqualTo("+6281271112234");
    }

    @Test
    void theMigrationRewritesOldPhonesKeepsWhatItCannotReadAndReportsSharedNumbers() throws Exception {
        long dashed = legacy("telepon.lama1", "0812-7111-9988");
        long spaced = legacy("telepon.lama2", "+62 812 7111 9988");
        long text = legacy("telepon.lama3", "tanya kantor");
        long already = legacy("telepon.lama4", "+6281271119977");
        try (var connection = dataSource.getConnection()) {
            var report = migration.normalise(connection);
            assertThat(report.rewritten()).isGreaterThanOrEqualTo(2);
            assertThat(report.unreadable()).contains(text);
            assertThat(report.shared()).contains(List.of(dashed, spaced));
        }
        assertThat(phoneOf(dashed)).isEqualTo("+6281271119988");
        assertThat(phoneOf(spaced)).isEqualTo("+6281271119988");
        assertThat(phoneOf(text)).isEqualTo("tanya kantor");
        assertThat(phoneOf(already)).isEqualTo("+6281271119977");
        // a second run changes nothing of these and still reports the pair
        try (var connection = dataSource.getConnection()) {
            assertThat(migration.normalise(connection).shared()).contains(List.of(dashed, spaced));
        }
        jdbc.sql("DELETE FROM app_user WHERE username LIKE 'telepon.lama%'").update();
    }

    /** An account as stored before phones were made canonical. */
    private long legacy(String username, String phone) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, full_name, phone, password_hash, roles, region_codes)
                        VALUES (?, ?, ?, 'x', '{BUYER}', '{}') RETURNING id""")
                .params(username, username, phone).query(Long.class).single();
    }

    private String phoneOf(long id) {
        return jdbc.sql("SELECT phone FROM app_user WHERE id = ?").param(id).query(String.class).single();
    }
}
