package id.naikkelas.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/** Sessions live in PostgreSQL (ADR 0004); two changes to how Spring Session writes them there. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Two requests of one person may store the same attribute at once (several tabs, htmx requests in parallel);
     * Spring Session's plain INSERT then fails the second request on the attributes' primary key. PostgreSQL's
     * upsert makes it an update instead.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Spring Session moves a session's last access time on every request, so each page a signed-in person opened
     * rewrote the session row and committed it (a WAL flush). A session lasts hours: the time moves only when it
     * is a minute old or something else of the row changes (its id at sign-in, the person). The cost: a session
     * may end up to a minute before its timeout (ADR 0036).
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessOncePerMinute() {
        return sessions -> sessions.setUpdateSessionQuery("""
                UPDATE %TABLE_NAME% s
                SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access, MAX_INACTIVE_INTERVAL = v.max_inactive,
                    EXPIRY_TIME = v.expiry, PRINCIPAL_NAME = v.principal
                FROM (VALUES (?, ?::bigint, ?::int, ?::bigint, ?, ?)) AS v(session_id, last_access, max_inactive, expiry, principal, primary_id)
                WHERE s.PRIMARY_ID = v.primary_id
                  AND (s.SESSION_ID <> v.session_id OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal
                       OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive OR v.last_access >= s.LAST_ACCESS_TIME + 60000)
                """);
    }
}
