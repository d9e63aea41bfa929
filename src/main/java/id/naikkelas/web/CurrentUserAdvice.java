package id.naikkelas.web;

import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
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
    CurrentUser me() {
        return access.current().orElse(null);
    }
}
