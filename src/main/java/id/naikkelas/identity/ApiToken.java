package id.naikkelas.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** An API token as lists show it: never the secret, never its hash. */
record ApiToken(long id, String name, String hint, String ownerUsername, String ownerName, OffsetDateTime createdAt,
                OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy) {

    enum Status { ACTIVE, EXPIRED, REVOKED }

    static final String SELECT = """
            SELECT t.id, t.name, t.hint, u.username, u.full_name, t.created_at, t.expires_at, t.last_used_at,
                   t.revoked_at, t.revoked_by
            FROM api_token t JOIN app_user u ON u.id = t.user_id""";

    /** Times as pages show them: western Indonesian time, labelled WIB. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("hint"), rs.getString("username"),
                rs.getString("full_name"), time(rs, "created_at"), time(rs, "expires_at"), time(rs, "last_used_at"),
                time(rs, "revoked_at"), rs.getString("revoked_by"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(WIB).toOffsetDateTime();
    }

    public Status status() {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(OffsetDateTime.now()) ? Status.ACTIVE : Status.EXPIRED;
    }

    public boolean active() {
        return status() == Status.ACTIVE;
    }
}
