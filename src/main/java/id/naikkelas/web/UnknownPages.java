package id.naikkelas.web;

import id.naikkelas.identity.Access;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A mistyped address in a browser gets the friendly not-found page, not the API's problem details
 * (which Boot's handler would give every caller); programs asking for JSON still get those.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPages {

    private final Access access;

    UnknownPages(Access access) {
        this.access = access;
    }

    @ExceptionHandler(value = {NoHandlerFoundException.class, NoResourceFoundException.class}, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView notFound() {
        var page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("me", access.current().orElse(null));
        return page;
    }
}
