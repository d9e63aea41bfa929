package id.naikkelas.identity;

import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Today today;

    AccountUserDetailsService(JdbcClient jdbc, Today today) {
        this.today = today;
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles, enabled, locked_until FROM app_user WHERE lower(username) = lower(?)")
                .param(username)
                .query((rs, i) -> {
                    var now = today.now();
                    var lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return User.withUsername(rs.getString("username"))
                            .password(rs.getString("password_hash"))
                            .authorities(Access.strings(rs.getArray("roles")).stream()
                                    .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                            .disabled(!rs.getBoolean("enabled"))
                            .accountLocked(lockedUntil != null && lockedUntil.isAfter(now))
                            .build();
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
