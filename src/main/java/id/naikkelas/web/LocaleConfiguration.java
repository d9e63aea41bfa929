package id.naikkelas.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Pages are in Bahasa Indonesia unless the user picks English (?lang=en, remembered in a cookie).
 * API clients choose with Accept-Language; Indonesian is still the default there.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
                ? preferred(request.getHeader("Accept-Language")) : INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return INDONESIAN;
        }
        try {
            var match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), List.of(INDONESIAN, Locale.ENGLISH));
            return match == null ? INDONESIAN : match;
        } catch (IllegalArgumentException e) {
            return INDONESIAN;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
