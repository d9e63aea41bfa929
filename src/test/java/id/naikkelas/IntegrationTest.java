package id.naikkelas;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Full-stack test on the embedded PostgreSQL with demo data. Every test class uses exactly
 * this configuration, so the whole run shares one Spring context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "naikkelas.embedded-db.data-dir=target/test-postgres",
        "naikkelas.embedded-db.clean=true",
        "naikkelas.embedded-db.unsafe-no-fsync-for-tests=true",
        "naikkelas.demo.enabled=true",
        "naikkelas.storage.dir=target/test-files",
        // every test request comes from 127.0.0.1, hundreds of permit checks a minute; PermitCheckRateTest proves the limit
        "naikkelas.certification.public-checks.per-address=100000",
        "spring.thymeleaf.cache=true"
})
@AutoConfigureMockMvc
@Import({ConnectionWatch.class, StatementCount.class, TestClock.class})
public @interface IntegrationTest {
}
