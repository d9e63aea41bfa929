package id.naikkelas.certification;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Today;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** The public permit self-check over the API: no account, nothing stored. */
@RestController
@RequestMapping("/api/v1")
class PermitCheckApiController {

    /** The answers are a few dozen short fields; anything much larger is not a questionnaire. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private final PermitCheck permitCheck;
    private final Today today;

    PermitCheckApiController(PermitCheck permitCheck, Today today) {
        this.today = today;
        this.permitCheck = permitCheck;
    }

    @PostMapping("/permit-check")
    @Operation(summary = "Which permits a product needs, why, in which order, where to apply and what it costs "
            + "(public, no account; the answers of /cek-izin as JSON, texts in the Accept-Language language)")
    PermitCheckResult check(@RequestBody PermitCheckAnswers answers, Locale locale) {
        return permitCheck.check(answers, this.today.date(), locale);
    }

    /** Refuses an oversized body before it is read (an interceptor runs before the body is bound). */
    static final class BodyLimit implements org.springframework.web.servlet.HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Object handler) {
            if (request.getContentLengthLong() > MAX_BODY_BYTES) {
                throw InvalidInput.of("", "permitCheck.tooLarge", MAX_BODY_BYTES / 1024);
            }
            return true;
        }
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Limits implements org.springframework.web.servlet.config.annotation.WebMvcConfigurer {
        @Override
        public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
            registry.addInterceptor(new BodyLimit()).addPathPatterns("/api/v1/permit-check");
        }
    }
}
