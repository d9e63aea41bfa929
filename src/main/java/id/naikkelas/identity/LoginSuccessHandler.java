package id.naikkelas.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;

import java.io.IOException;

/**
 * Signs a person in to the home page with the new CSRF token already set (its cookie). Spring Security
 * would create the token when a page first asks for it; when a person's first pages load at once
 * (two tabs, parallel htmx requests), each would create and store its own, and the forms of all but
 * the last one stored would be refused on submit.
 */
class LoginSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

    LoginSuccessHandler() {
        super("/");
        setAlwaysUseDefaultTargetUrl(true);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        // the login's session strategy has just replaced the token with a deferred one: resolve it now
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
