package id.naikkelas.identity;

import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Checks a presented API token on every API call: one look-up by the secret's hash (unique
 * index) that also reads the account, so revoking a token or disabling its account takes
 * effect on the next request, on every node, with no cache to invalidate.
 */
@Component
class BearerTokens {

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Today today;

    BearerTokens(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    sealed interface Outcome permits Accepted, Refused {
    }

    /** The token is good: the request acts as {@code user}, exactly as if that person had signed in. */
    record Accepted(long tokenId, CurrentUser user) implements Outcome {
    }

    record Refused(Refusal reason) implements Outcome {
    }

    enum Refusal {
        MALFORMED, UNKNOWN, REVOKED, EXPIRED, ACCOUNT_UNAVAILABLE;

        String messageKey() {
            return "token.refused." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final String LOOK_UP = """
            SELECT t.id AS token_id, t.revoked_at IS NOT NULL AS revoked, t.expires_at <= ? AS expired,
                   u.enabled AND (u.locked_until IS NULL OR u.locked_until <= ?) AS account_usable,
                   coalesce(t.last_used_at > ?, false) AS used_recently,
            """ + Access.USER_COLUMNS + """
             FROM api_token t JOIN app_user u ON u.id = t.user_id LEFT JOIN agency a ON a.id = u.agency_id
            WHERE t.secret_hash = ?""";

    private record Row(long tokenId, boolean revoked, boolean expired, boolean accountUsable, boolean usedRecently,
                       CurrentUser user) {
    }

    Outcome check(String presented) {
        if (!TokenSecret.wellFormed(presented)) {
            return new Refused(Refusal.MALFORMED);
        }
        var now = today.now();
        var found = jdbc.sql(LOOK_UP)
                .params(now, now, now.minus(TOUCH_EVERY), TokenSecret.hash(presented))
                .query((rs, i) -> new Row(rs.getLong("token_id"), rs.getBoolean("revoked"), rs.getBoolean("expired"),
                        rs.getBoolean("account_usable"), rs.getBoolean("used_recently"), Access.currentUser(rs)))
                .optional();
        if (found.isEmpty()) {
            return new Refused(Refusal.UNKNOWN);
        }
        var row = found.get();
        if (row.revoked()) {
            return new Refused(Refusal.REVOKED);
        }
        if (row.expired()) {
            return new Refused(Refusal.EXPIRED);
        }
        if (!row.accountUsable()) {
            return new Refused(Refusal.ACCOUNT_UNAVAILABLE);
        }
        if (!row.usedRecently()) {
            touch(row.tokenId(), now);
        }
        return new Accepted(row.tokenId(), row.user());
    }

    /**
     * Last use to the minute is all an administrator needs, and a write per request would double
     * the cost of a call; the condition keeps concurrent requests (any node) to one write.
     */
    private void touch(long tokenId, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE api_token SET last_used_at = ?
                        WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)""")
                .params(now, tokenId, now.minus(TOUCH_EVERY)).update();
    }
}
