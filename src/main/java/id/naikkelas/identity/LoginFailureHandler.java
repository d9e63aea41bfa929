package id.naikkelas.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * Wrong name or password, or too many attempts from here: wait so long. Both answers are the same
 * for a name that has no account.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target = exception instanceof ThrottledSignIn.SignInThrottled throttled
                ? "/login?wait=" + throttled.waitSeconds() : "/login?error";
        getRedirectStrategy().sendRedirect(request, response, target);
    }
}
