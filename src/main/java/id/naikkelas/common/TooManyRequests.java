package id.naikkelas.common;

import java.time.Duration;

/**
 * A client asked more often than its limit allows: nothing was done. Answered 429 with {@code Retry-After}, a page in
 * the reader's language or a problem detail in the caller's ({@code ApiErrors}, {@code web.InputErrorPages}); the
 * message {@code code} takes the seconds to wait as its one argument.
 */
public class TooManyRequests extends RuntimeException {

    private final String code;
    private final long retryAfterSeconds;

    public TooManyRequests(String code, Duration retryAfter) {
        super(code + ", retry after " + retryAfter);
        this.code = code;
        // rounded up, at least one: "try again in 0 seconds" invites a retry that is refused again
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public String code() {
        return code;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
