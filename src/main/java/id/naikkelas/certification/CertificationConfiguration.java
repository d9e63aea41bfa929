package id.naikkelas.certification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule and pathway data shipped with the application, loaded and validated once at start-up. */
@Configuration(proxyBeanMethods = false)
class CertificationConfiguration {

    @Bean
    RequirementEngine requirementEngine() {
        return new RequirementEngine(RequirementRules.loadDefault());
    }

    @Bean
    PathwayTemplates pathwayTemplates() {
        return PathwayTemplates.loadDefault();
    }
}
