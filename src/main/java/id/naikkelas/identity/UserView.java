package id.naikkelas.identity;

import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A user account as administrators see it (never the password hash). */
record UserView(long id, String username, String fullName, String email, String phone, Long agencyId,
                       String agencyName, Set<Role> roles, List<String> regionCodes, boolean enabled,
                       boolean locked, int version) {

    static final String SELECT = """
            SELECT u.id, u.username, u.full_name, u.email, u.phone, u.agency_id, a.name AS agency_name, u.roles,
                   u.region_codes, u.enabled, u.locked_until, u.version
            FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id""";

    /** Reads accounts as of {@code now} (the clock's), which says whether each is locked. */
    static RowMapper<UserView> mapper(OffsetDateTime now) {
        return (rs, row) -> map(rs, now);
    }

    private static UserView map(ResultSet rs, OffsetDateTime now) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Access.strings(rs.getArray("roles")).forEach(r -> roles.add(Role.valueOf(r)));
        var lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("email"),
                rs.getString("phone"), rs.getObject("agency_id") == null ? null : rs.getLong("agency_id"),
                rs.getString("agency_name"), roles, Access.strings(rs.getArray("region_codes")), rs.getBoolean("enabled"),
                lockedUntil != null && lockedUntil.isAfter(now), rs.getInt("version"));
    }
}
