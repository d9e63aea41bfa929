package id.naikkelas.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A person whose manager set a temporary password (ADR 0015) changes it before doing anything else: every page leads
 * to the password form, and the API refuses them, until they have.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeFirst implements WebMvcConfigurer, HandlerInterceptor {

    private final Access access;

    PasswordChangeFirst(Access access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/akun/password", "/login", "/logout", "/error", "/css/**", "/js/**",
                "/img/**", "/webjars/**", "/ui/regions/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        var me = access.current();
        if (me.isEmpty() || !me.get().mustChangePassword()) {
            return true;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw new AccessDeniedException("a temporary password must be changed first");
        }
        response.sendRedirect(request.getContextPath() + "/akun/password?pertama");
        return false;
    }
}
