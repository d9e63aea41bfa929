package id.naikkelas.common;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/**
 * JSON API errors as RFC 9457 problem details; every invalid field is listed with its reason
 * in the language of the request's Accept-Language (Indonesian by default).
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e);
    }

    /**
     * Input refused before a service saw it (a body that is not the request's JSON, a parameter of the wrong type,
     * a missing one: 400), or by a database constraint a service did not check first (409/422). Spring's own
     * answers to these name the Java type in English; these name the field, in the caller's language.
     */
    @ExceptionHandler({HttpMessageNotReadableException.class, TypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, MissingRequestHeaderException.class, MultipartException.class,
            DataIntegrityViolationException.class})
    ProblemDetail refused(Exception e) throws Exception {
        var refusal = InputProblems.of(e);
        if (refusal == null) {
            throw e;
        }
        return problem(refusal.status(), refusal.input());
    }

    private ProblemDetail problem(HttpStatus status, InvalidInput e) {
        var problem = ProblemDetail.forStatus(status);
        problem.setTitle(text("error.invalid.title"));
        problem.setProperty("errors", e.violations().stream()
                .map(v -> Map.of("field", v.field() == null ? "" : v.field(), "code", v.code(),
                        "message", messages.getMessage(v.code(), forPrograms(v.args()), v.code(), LocaleContextHolder.getLocale())))
                .toList());
        return problem;
    }

    /** A program reads the codes it may send where a person reads their labels. */
    private static Object[] forPrograms(List<Object> args) {
        return args.stream().map(arg -> arg instanceof Choices choices ? choices.toString() : arg).toArray();
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail beanValidation(MethodArgumentNotValidException e) {
        var problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setTitle(text("error.invalid.title"));
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "code", String.valueOf(f.getCode()),
                        "message", messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(IfMatch.Unmatched.class)
    ProblemDetail preconditionFailed(IfMatch.Unmatched e) {
        return problem(HttpStatus.PRECONDITION_FAILED, e.input());
    }

    @ExceptionHandler(EditConflict.class)
    ProblemDetail conflict(EditConflict e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("error.conflict"));
        problem.setTitle(text("error.conflict.title"));
        return problem;
    }

    /** Asked too often ({@link TooManyRequests}): 429, and when to ask again in {@code Retry-After} and in words. */
    @ExceptionHandler(TooManyRequests.class)
    org.springframework.http.ResponseEntity<ProblemDetail> tooMany(TooManyRequests e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage(e.code(), new Object[] {e.retryAfterSeconds()}, e.code(), LocaleContextHolder.getLocale()));
        problem.setTitle(text("error.429.title"));
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem);
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("error.404.text"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
