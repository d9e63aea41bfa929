package id.naikkelas.web;

import id.naikkelas.identity.Accounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Pages are in Bahasa Indonesia unless the user picks English (?lang=en, remembered in a cookie, and
 * on the account of a signed-in user for the messages sent to them).
 * API clients choose with Accept-Language; Indonesian is still the default there.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Accounts accounts;

    LocaleConfiguration(Accounts accounts) {
        this.accounts = accounts;
    }

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
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // a signed-in person who switches language keeps it for the messages sent to them
                var principal = request.getUserPrincipal();
                if (principal != null && request.getParameter("lang") != null) {
                    accounts.rememberLanguage(principal.getName(), RequestContextUtils.getLocale(request));
                }
                return true;
            }
        });
    }
}
