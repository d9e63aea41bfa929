package id.naikkelas.database;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is created: {@code naikkelas.demo.enabled} when set, otherwise on exactly
 * when the embedded database is used (an external database is assumed to be real).
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment env) {
        String explicit = env.getProperty("naikkelas.demo.enabled", "");
        this.enabled = explicit.isBlank()
                ? env.getProperty("spring.datasource.url", "").isBlank()
                : Boolean.parseBoolean(explicit);
    }

    public boolean enabled() {
        return enabled;
    }
}
