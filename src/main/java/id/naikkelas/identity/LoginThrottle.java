package id.naikkelas.identity;

import id.naikkelas.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * Locks an account for a while after repeated wrong passwords (counted in the database, so
 * every application node sees the same count). A successful login resets the count.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final int maxFailures;
    private final int lockoutMinutes;

    LoginThrottle(JdbcClient jdbc, AuditTrail audit,
                  @Value("${naikkelas.security.max-failed-logins:5}") int maxFailures,
                  @Value("${naikkelas.security.lockout-minutes:15}") int lockoutMinutes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockoutMinutes = lockoutMinutes;
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        var locked = jdbc.sql("""
                        UPDATE app_user SET failed_logins = failed_logins + 1,
                            locked_until = CASE WHEN failed_logins + 1 >= :max THEN now() + make_interval(mins => :minutes) ELSE locked_until END
                        WHERE lower(username) = lower(:username)
                        RETURNING id, failed_logins >= :max AS locked""")
                .param("max", maxFailures).param("minutes", lockoutMinutes).param("username", username)
                .query((rs, i) -> new Attempt(rs.getLong("id"), rs.getBoolean("locked")))
                .optional();
        locked.filter(Attempt::locked).ifPresent(attempt ->
                audit.action("user", attempt.userId(), "LOCKED", null, Map.of(), Map.of("reason", "too many failed logins")));
    }

    private record Attempt(long userId, boolean locked) {
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE lower(username) = lower(?) AND failed_logins > 0")
                .param(event.getAuthentication().getName()).update();
    }
}
