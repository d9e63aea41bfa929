package id.naikkelas.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (ADR 0004). Two requests of one person may store the same attribute
 * at once (several tabs, htmx requests in parallel); Spring Session's plain INSERT then fails the
 * second request on the attributes' primary key. PostgreSQL's upsert makes it an update instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
