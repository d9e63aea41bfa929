package id.naikkelas.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The platform's clock: the system's, in Jakarta time, never the JVM's default zone. Tests put a settable one first. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(IndonesiaZone.WIB.zone());
    }
}
