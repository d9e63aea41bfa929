package id.naikkelas.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * Zero-configuration database: when no {@code spring.datasource.url} is given, start the
 * embedded PostgreSQL with its data under {@code ./data/} so a restart keeps the data.
 * Setting the URL (e.g. SPRING_DATASOURCE_URL) switches to that server and starts nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

    /** Matches only when no external database URL is configured (missing or blank). */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().getProperty("spring.datasource.url", "").isBlank();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** The pool takes the same spring.datasource.hikari settings as an external database's (application.yml). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(@Value("${naikkelas.embedded-db.data-dir}") Path dataDir,
                                @Value("${naikkelas.embedded-db.port:0}") int port,
                                @Value("${naikkelas.embedded-db.clean:false}") boolean clean,
                                @Value("${naikkelas.embedded-db.unsafe-no-fsync-for-tests:false}") boolean noFsync) {
        var postgres = EmbeddedDatabase.start(dataDir.toAbsolutePath(), port, clean, !noFsync);
        log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), dataDir.toAbsolutePath());
        var pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(10);
        pool.setPoolName("embedded");
        return pool;
    }
}
