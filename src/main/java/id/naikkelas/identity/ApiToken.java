package id.naikkelas.identity;

import id.naikkelas.common.IndonesiaZone;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** An API token as lists show it: never the secret, never its hash. */
record ApiToken(long id, String name, String hint, String ownerUsername, String ownerName, OffsetDateTime createdAt,
                OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy, boolean expired) {

    enum Status { ACTIVE, EXPIRED, REVOKED }

    static final String SELECT = """
            SELECT t.id, t.name, t.hint, u.username, u.full_name, t.created_at, t.expires_at, t.last_used_at,
                   t.revoked_at, t.revoked_by
            FROM api_token t JOIN app_user u ON u.id = t.user_id""";

    /** Reads tokens as of {@code now} (the clock's), which says whether each has expired. */
    static RowMapper<ApiToken> mapper(OffsetDateTime now) {
        return (rs, row) -> {
            var expiresAt = time(rs, "expires_at");
            return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("hint"), rs.getString("username"),
                    rs.getString("full_name"), time(rs, "created_at"), expiresAt, time(rs, "last_used_at"),
                    time(rs, "revoked_at"), rs.getString("revoked_by"), !expiresAt.isAfter(now));
        };
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return IndonesiaZone.WIB.at(value);
    }

    public Status status() {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expired ? Status.EXPIRED : Status.ACTIVE;
    }

    public boolean active() {
        return status() == Status.ACTIVE;
    }
}
