package id.naikkelas.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, loaded from the database once per request so that a changed role or
 * jurisdiction (or a disabled account) takes effect at once, on every node.
 */
@Service
public class Access {

    private static final String CACHE = Access.class.getName() + ".current";

    private final JdbcClient jdbc;

    Access(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentUser> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return Optional.empty();
        }
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached
                && cached.username().equalsIgnoreCase(auth.getName())) {
            return Optional.of(cached);
        }
        var user = byUsername(auth.getName());
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(CACHE, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    /** The signed-in user; refuses anonymous or disabled callers. */
    public CurrentUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public Optional<CurrentUser> byUsername(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id"
                        + " WHERE lower(u.username) = lower(?) AND u.enabled")
                .param(username)
                .query((rs, i) -> currentUser(rs))
                .optional();
    }

    /** What {@link #currentUser} reads, from {@code app_user u LEFT JOIN agency a}: an API token's look-up selects it too. */
    static final String USER_COLUMNS = """
            u.id AS user_id, u.username, u.full_name, u.agency_id, a.name AS agency_name, u.roles,
            u.region_codes, a.region_codes AS agency_codes, u.must_change_password""";

    static CurrentUser currentUser(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        strings(rs.getArray("roles")).forEach(r -> roles.add(Role.valueOf(r)));
        var own = strings(rs.getArray("region_codes"));
        var agency = strings(rs.getArray("agency_codes"));
        var jurisdiction = roles.contains(Role.ADMIN) ? Jurisdiction.NATIONAL
                : Jurisdiction.of(own.isEmpty() ? agency : own);
        Long agencyId = rs.getObject("agency_id") == null ? null : rs.getLong("agency_id");
        return new CurrentUser(rs.getLong("user_id"), rs.getString("username"), rs.getString("full_name"),
                agencyId, rs.getString("agency_name"), roles, jurisdiction, rs.getBoolean("must_change_password"));
    }

    /**
     * Keeps a user already loaded while authenticating (an API token's look-up reads the account in
     * the same query) as this request's answer to {@link #current()}, saving a second query.
     */
    static void remember(jakarta.servlet.ServletRequest request, CurrentUser user) {
        request.setAttribute(CACHE, user);
    }

    /**
     * Runs work as the given user, for system tasks that go through the same services as people
     * (demo data); never used to serve a request.
     */
    public <T> T runAs(String username, java.util.function.Supplier<T> work) {
        var roles = jdbc.sql("SELECT roles FROM app_user WHERE lower(username) = lower(?)").param(username)
                .query((rs, i) -> strings(rs.getArray("roles"))).single();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                username, null, roles.stream().map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
