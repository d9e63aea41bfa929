package id.naikkelas.web;

import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows who is signed in (name, agency, role-specific menu). */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final Access access;

    CurrentUserAdvice(Access access) {
        this.access = access;
    }

    @ModelAttribute("me")
    CurrentUser me(HttpServletRequest request) {
        // an error page must render when the database is the problem (slow, pool exhausted): no look-up
        if (isErrorPage(request)) {
            return null;
        }
        return access.current().orElse(null);
    }

    /** Tells the layout to leave out what needs the session (the form token), as {@link #me} leaves out the user. */
    @ModelAttribute("errorPage")
    Boolean errorPage(HttpServletRequest request) {
        return isErrorPage(request) ? Boolean.TRUE : null;
    }

    private static boolean isErrorPage(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR;
    }
}
