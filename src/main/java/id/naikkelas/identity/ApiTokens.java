package id.naikkelas.identity;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issuing, listing and revoking API tokens (ADR 0008). A person issues tokens for their own
 * account only; the owner or an administrator revokes one. Both are audited.
 */
@Service
class ApiTokens {

    /** The lifetimes the page offers; the API takes any number of days up to {@link #MAX_DAYS}. */
    static final List<Integer> LIFETIMES = List.of(30, 90, 365);
    static final int MAX_DAYS = 365;
    private static final int MAX_NAME = 80;

    private final JdbcClient jdbc;
    private final Access access;
    private final AuditTrail audit;
    private final Today today;

    ApiTokens(JdbcClient jdbc, Access access, AuditTrail audit, Today today) {
        this.today = today;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The one moment the secret exists outside the client: it is returned here and never stored. */
    record Issued(ApiToken token, String secret) {
    }

    @Transactional
    Issued issue(String name, Integer days) {
        var me = access.require();
        String trimmed = name == null ? "" : name.strip();
        var problems = new InvalidInput.Collector();
        if (trimmed.isEmpty()) {
            problems.add("name", "field.required");
        } else if (trimmed.length() > MAX_NAME) {
            problems.add("name", "token.name.tooLong", MAX_NAME);
        } else if (activeNameTaken(me.id(), trimmed)) {
            problems.add("name", "token.name.taken");
        }
        if (days == null) {
            problems.add("days", "field.required");
        } else if (days < 1 || days > MAX_DAYS) {
            problems.add("days", "token.days.range", MAX_DAYS);
        }
        problems.throwIfAny();

        String secret = TokenSecret.generate();
        var now = today.now();
        long id = jdbc.sql("""
                        INSERT INTO api_token (user_id, name, secret_hash, hint, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(me.id(), trimmed, TokenSecret.hash(secret), TokenSecret.hint(secret), now, now.plusDays(days))
                .query(Long.class).single();
        var token = find(id).orElseThrow();
        audit.created("api_token", id, null, state(token));
        return new Issued(token, secret);
    }

    List<ApiToken> mine() {
        return jdbc.sql(ApiToken.SELECT + " WHERE t.user_id = ? ORDER BY t.created_at DESC, t.id DESC")
                .param(access.require().id()).query(ApiToken.mapper(today.now())).list();
    }

    /** For administrators: every account's tokens, or those of accounts matching {@code query}. */
    List<ApiToken> all(String query, int limit) {
        String q = query == null ? "" : query.strip();
        return jdbc.sql(ApiToken.SELECT + """
                         WHERE (? = '' OR u.username ILIKE '%' || ? || '%' OR u.full_name ILIKE '%' || ? || '%')
                        ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.id DESC LIMIT ?""")
                .params(q, q, q, limit).query(ApiToken.mapper(today.now())).list();
    }

    /**
     * Revokes a token of one's own account, or any as an administrator; someone else's token is
     * "not found", so token ids cannot be probed. Revoking twice changes nothing.
     */
    @Transactional
    void revoke(long id) {
        var me = access.require();
        var token = find(id).filter(t -> me.isAdmin() || t.ownerUsername().equalsIgnoreCase(me.username()))
                .orElseThrow(() -> new NotFound("api_token", id));
        int revoked = jdbc.sql("UPDATE api_token SET revoked_at = now(), revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(me.username(), id).update();
        if (revoked == 1) {
            audit.action("api_token", id, "REVOKE", null, Map.of(),
                    Map.of("owner", token.ownerUsername(), "name", token.name(), "revokedBy", me.username()));
        }
    }

    private java.util.Optional<ApiToken> find(long id) {
        return jdbc.sql(ApiToken.SELECT + " WHERE t.id = ?").param(id).query(ApiToken.mapper(today.now())).optional();
    }

    private boolean activeNameTaken(long userId, String name) {
        return jdbc.sql("""
                        SELECT count(*) FROM api_token
                        WHERE user_id = ? AND lower(name) = lower(?) AND revoked_at IS NULL AND expires_at > ?""")
                .params(userId, name, today.now()).query(Integer.class).single() > 0;
    }

    private static Map<String, Object> state(ApiToken token) {
        var state = new LinkedHashMap<String, Object>();
        state.put("owner", token.ownerUsername());
        state.put("name", token.name());
        state.put("hint", token.hint());
        state.put("expiresAt", token.expiresAt().withNano(0).toString());
        return state;
    }
}
