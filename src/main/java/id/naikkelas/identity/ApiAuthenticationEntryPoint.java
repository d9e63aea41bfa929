package id.naikkelas.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * 401 for the API as problem details (RFC 9457) in the caller's language, saying what to send,
 * or why a bearer token was refused; 429 with Retry-After while password sign-ins must wait. No Basic challenge header, so browsers show no login box.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;
    private final JsonMapper json;

    ApiAuthenticationEntryPoint(MessageSource messages, ObjectProvider<LocaleResolver> locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof ThrottledSignIn.SignInThrottled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.waitSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login.wait", new Object[]{throttled.waitSeconds()}, null);
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "token.required", null, null);
    }

    void refuse(HttpServletRequest request, HttpServletResponse response, BearerTokens.Refusal refusal) throws IOException {
        // RFC 6750: a client library reads the challenge to learn the token itself was refused
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        write(request, response, HttpStatus.UNAUTHORIZED, refusal.messageKey(), null, refusal.name());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey, Object[] args,
                       String code) throws IOException {
        Locale locale = locale(request);
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(status == HttpStatus.TOO_MANY_REQUESTS ? "login.wait.title" : "token.unauthorized.title",
                null, locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detailKey, args, locale));
        problem.put("instance", request.getRequestURI());
        if (code != null) {
            problem.put("code", code);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    private Locale locale(HttpServletRequest request) {
        var resolver = locales.getIfAvailable();
        return resolver == null ? Locale.forLanguageTag("id") : resolver.resolveLocale(request);
    }
}
