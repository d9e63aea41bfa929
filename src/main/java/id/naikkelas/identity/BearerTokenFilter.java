package id.naikkelas.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * {@code Authorization: Bearer nk_...} on the API chain. Requests without a bearer token pass on
 * untouched (HTTP Basic still serves a person's quick use); a refused token ends the request
 * with 401 instead of falling back to anonymous. Not a bean, so it is not also registered for
 * every request of the servlet container.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final BearerTokens tokens;
    private final ApiAuthenticationEntryPoint entryPoint;
    private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

    BearerTokenFilter(BearerTokens tokens, ApiAuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        var outcome = tokens.check(header.substring(SCHEME.length()).strip());
        if (outcome instanceof BearerTokens.Refused refused) {
            SecurityContextHolder.clearContext();
            entryPoint.refuse(request, response, refused.reason());
            return;
        }
        var accepted = (BearerTokens.Accepted) outcome;
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(accepted.user(), accepted.tokenId()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        Access.remember(request, accepted.user());
        chain.doFilter(request, response);
    }
}
