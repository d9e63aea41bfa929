package id.naikkelas.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Per-client tokens for programs: Authorization: Bearer nk_...")
class ApiTokenApiController {

    private final ApiTokens tokens;
    private final MessageSource messages;

    ApiTokenApiController(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    record NewToken(String name, Integer days) {
    }

    record TokenJson(long id, String name, String hint, String owner, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                     OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy, String status) {

        static TokenJson of(ApiToken t) {
            return new TokenJson(t.id(), t.name(), t.hint(), t.ownerUsername(), t.createdAt(), t.expiresAt(),
                    t.lastUsedAt(), t.revokedAt(), t.revokedBy(), t.status().name());
        }
    }

    /** The only answer that carries the secret. */
    record IssuedJson(long id, String name, String token, OffsetDateTime expiresAt) {
    }

    @GetMapping
    @Operation(summary = "The caller's own tokens (never the secrets)")
    List<TokenJson> mine() {
        return tokens.mine().stream().map(TokenJson::of).toList();
    }

    /**
     * A token cannot issue tokens: otherwise a leaked one could outlive its expiry by minting
     * successors. Issuing needs the account's password (HTTP Basic) or the page.
     */
    @PostMapping
    @Operation(summary = "Issue a token for the caller's account (HTTP Basic only; the secret is in this answer only)")
    ResponseEntity<?> issue(@RequestBody NewToken request, Authentication authentication) {
        if (authentication instanceof ApiTokenAuthentication) {
            var locale = LocaleContextHolder.getLocale();
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    messages.getMessage("token.issue.needsPassword", null, locale));
            problem.setTitle(messages.getMessage("error.403.title", null, locale));
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
        var issued = tokens.issue(request.name(), request.days());
        var token = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id()))
                .body(new IssuedJson(token.id(), token.name(), issued.secret(), token.expiresAt()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token of the caller's account (administrators: any account's)")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
