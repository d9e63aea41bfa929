package id.naikkelas.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;

/**
 * Password sign-in (form and HTTP Basic) behind the {@link LoginThrottle}: while a name or source
 * must wait, its password is not even checked, so guessing gains nothing from trying faster.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String source = attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
        Duration wait = throttle.waitBefore(name, source);
        if (wait.compareTo(Duration.ZERO) > 0) {
            throw new SignInThrottled(wait);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name, source);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            // an unknown name arrives here too (the provider hides which): counted the same way
            throttle.failed(name, source);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed attempts: try again after {@code waitSeconds()}. */
    static final class SignInThrottled extends AuthenticationException {

        private final long waitSeconds;

        SignInThrottled(Duration wait) {
            super("too many failed sign-ins, wait " + wait);
            // rounded up: "wait 0 seconds" would invite an immediate retry that is refused again
            this.waitSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        }

        long waitSeconds() {
            return waitSeconds;
        }
    }
}
