package id.naikkelas.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A request authenticated by an API token. Principal and authorities are the ones the account's
 * own login gives ({@link User} with its roles), so every access check treats both alike; only
 * the kind of credential differs, which lets issuing a new token demand the password.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final User principal;
    private final long tokenId;

    ApiTokenAuthentication(CurrentUser user, long tokenId) {
        super(user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        var person = new User(user.username(), "", getAuthorities());
        person.eraseCredentials();
        this.principal = person;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    long tokenId() {
        return tokenId;
    }
}
