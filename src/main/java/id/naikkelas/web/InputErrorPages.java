package id.naikkelas.web;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InputProblems;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.TooManyRequests;
import id.naikkelas.identity.Access;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

import java.net.URI;
import java.util.List;

/**
 * A page whose input is refused where the page's own controller does not catch it (a parameter of the wrong type,
 * a missing one, a NUL character, a rule a service checks on an action without a form, a record someone else changed
 * meanwhile) answers 400/409/422 (429 when asked too often) with a page that says which field and why, in the reader's language, and leads back
 * to the page the person came from.
 * The JSON API answers the same refusals with problem details ({@code common.ApiErrors}, ordered before this).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InputErrorPages {

    private final Access access;

    InputErrorPages(Access access) {
        this.access = access;
    }

    @ExceptionHandler({InvalidInput.class, HttpMessageNotReadableException.class, TypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class, MissingRequestHeaderException.class,
            MultipartException.class, DataIntegrityViolationException.class, InvalidPropertyException.class})
    ModelAndView refused(Exception e, HttpServletRequest request) throws Exception {
        var refusal = InputProblems.of(e);
        if (refusal == null) {
            throw e;
        }
        return page(refusal.status(), refusal.input().violations(), request);
    }

    /** Someone saved the record since the form was opened: nothing was changed, the person reloads and tries again. */
    @ExceptionHandler(EditConflict.class)
    ModelAndView conflict(EditConflict e, HttpServletRequest request) {
        return page(HttpStatus.CONFLICT, List.of(new InvalidInput.Violation(null, "error.conflict", List.of())), request);
    }

    /** Asked too often ({@link TooManyRequests}): nothing was done; the page says how long to wait, as does {@code Retry-After}. */
    @ExceptionHandler(TooManyRequests.class)
    ModelAndView tooMany(TooManyRequests e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        var page = new ModelAndView("error/429", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("problems", List.of(new InvalidInput.Violation(null, e.code(), List.of(e.retryAfterSeconds()))));
        page.addObject("back", back(request));
        page.addObject("me", access.current().orElse(null));
        return page;
    }

    private ModelAndView page(HttpStatus status, List<InvalidInput.Violation> problems, HttpServletRequest request) {
        var page = new ModelAndView("error/input", status);
        page.addObject("status", status.value());
        page.addObject("problems", problems);
        page.addObject("back", back(request));
        page.addObject("me", access.current().orElse(null));
        return page;
    }

    /** The page the form was on, if it is one of this site's; the home page otherwise. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            var uri = URI.create(referer);
            boolean here = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            if (!here || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
