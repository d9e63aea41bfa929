package id.naikkelas.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server starts only when no external database is configured. */
class EmbeddedDatabaseConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void anExternalUrlMeansNoEmbeddedServer() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/naikkelas")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedDatabaseConfiguration.class));
    }

    @Test
    void noUrlOrABlankOneMeansTheEmbeddedServer() {
        var condition = new EmbeddedDatabaseConfiguration.NoDatasourceUrl();
        var none = new org.springframework.mock.env.MockEnvironment();
        var blank = new org.springframework.mock.env.MockEnvironment().withProperty("spring.datasource.url", " ");
        var external = new org.springframework.mock.env.MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://x/y");
        assertThat(condition.matches(new FakeContext(none), null)).isTrue();
        assertThat(condition.matches(new FakeContext(blank), null)).isTrue();
        assertThat(condition.matches(new FakeContext(external), null)).isFalse();
    }

    private record FakeContext(org.springframework.core.env.Environment environment) implements org.springframework.context.annotation.ConditionContext {
        public org.springframework.beans.factory.support.BeanDefinitionRegistry getRegistry() {
            return null;
        }

        public org.springframework.beans.factory.config.ConfigurableListableBeanFactory getBeanFactory() {
            return null;
        }

        public org.springframework.core.env.Environment getEnvironment() {
            return environment;
        }

        public org.springframework.core.io.ResourceLoader getResourceLoader() {
            return null;
        }

        public ClassLoader getClassLoader() {
            return getClass().getClassLoader();
        }
    }
}
