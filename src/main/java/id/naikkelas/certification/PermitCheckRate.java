package id.naikkelas.certification;

import id.naikkelas.common.AddressRateLimit;
import id.naikkelas.common.Today;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * The public permit checks (the self-check {@code /cek-izin/hasil}, the permit-number check {@code /verifikasi}, and
 * their API {@code POST /api/v1/permit-check}, {@code GET /api/v1/public/permits}) need no account, so a script could
 * walk every permit number or keep the rules engine busy: each client address runs at most
 * {@code naikkelas.certification.public-checks.per-address} of them per window, all four counted together; more are
 * answered 429. The address is the connection's, or the one a trusted proxy forwards ({@code server.tomcat.remoteip}).
 * Checked before the request is bound, so a refused one costs no parsing and no query.
 */
@Component
class PermitCheckRate implements HandlerInterceptor {

    static final String[] PATHS = {"/cek-izin/hasil", "/verifikasi", "/api/v1/permit-check", "/api/v1/public/permits"};

    private final AddressRateLimit limit;

    PermitCheckRate(Today today,
                    @Value("${naikkelas.certification.public-checks.per-address:30}") int perAddress,
                    @Value("${naikkelas.certification.public-checks.window:1m}") Duration window) {
        this.limit = new AddressRateLimit("permit-check", "permitCheck.tooMany", perAddress, window, today);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (checksSomething(request)) {
            limit.take(request.getRemoteAddr());
        }
        return true;
    }

    /** {@code /verifikasi} without a number is only its empty form, not a check. */
    private static boolean checksSomething(HttpServletRequest request) {
        return !"/verifikasi".equals(request.getRequestURI()) || request.getParameter("nomor") != null;
    }

    AddressRateLimit limit() {
        return limit;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        private final PermitCheckRate rate;

        Registration(PermitCheckRate rate) {
            this.rate = rate;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            // after the others, the language switch (?lang=en) among them, so the refusal reads in the language asked for
            registry.addInterceptor(rate).addPathPatterns(PATHS).order(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        }
    }
}
