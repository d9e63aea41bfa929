package id.naikkelas.invitations;

import id.naikkelas.common.IfMatch;
import id.naikkelas.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1/invitations")
@Tag(name = "Invitations", description = "A program manager invites officers, facilitators and partner members (ADR 0015); "
        + "the invitee, without an account yet, opens and takes up the one-time link")
class InvitationApiController {

    private final Invitations invitations;
    private final MessageSource messages;

    InvitationApiController(Invitations invitations, MessageSource messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The invitations of the caller's agency (administrators: all), newest first, with their status")
    List<InvitationView> list() {
        return invitations.list();
    }

    @GetMapping("/agencies")
    @Operation(summary = "The agencies the caller may invite into (their own, partners under a current MoU) and the roles for each")
    List<Invitations.InvitableAgency> agencies() {
        return invitations.agencies();
    }

    @PostMapping
    @Operation(summary = "Invite a person; the answer holds the one-time link once (none with a temporary password)")
    ResponseEntity<Invitations.Issued> invite(@RequestBody Invitations.Request request) {
        var issued = invitations.invite(request, base());
        return ResponseEntity.created(URI.create("/api/v1/invitations/" + issued.id())).body(issued);
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "A new link for an invitation not taken up; the old link stops working. Send the version read as If-Match")
    Invitations.Issued resend(@PathVariable long id, @RequestHeader("If-Match") String version) {
        return invitations.resend(id, IfMatch.version(version), base());
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke an invitation not taken up. Send the version read as If-Match")
    ResponseEntity<Void> revoke(@PathVariable long id, @RequestHeader("If-Match") String version) {
        invitations.revoke(id, IfMatch.version(version));
        return ResponseEntity.noContent().build();
    }

    /** What an invitation link is for: exactly what its page shows the invitee, no contact details, ids or regions. */
    @Schema(description = "What an invitation link is for, as its page shows it")
    record OpenInvitation(@Schema(description = "The account's username, chosen by the inviter") String username, String fullName,
                          @Schema(description = "The role the account will have") Role role, String agencyName) {

        static OpenInvitation of(InvitationView invitation) {
            return new OpenInvitation(invitation.username(), invitation.fullName(), invitation.role(), invitation.agencyName());
        }
    }

    record Accepted(String username) {
    }

    @GetMapping("/{token}")
    @SecurityRequirements
    @Operation(summary = "Without signing in: what a one-time invitation link is for (the token is the link's last part)")
    @ApiResponse(responseCode = "200", description = "The invitation is waiting to be taken up")
    @ApiResponse(responseCode = "404", description = "No live invitation has this link: unknown, used, revoked or replaced")
    @ApiResponse(responseCode = "410", description = "The link has expired; the inviter can resend it")
    OpenInvitation open(@PathVariable String token) {
        return OpenInvitation.of(invitations.open(token));
    }

    @PostMapping("/{token}/accept")
    @SecurityRequirements
    @Operation(summary = "Without signing in: take an invitation up with a password (the same policy and one-time link as the web page). "
            + "The account is made and the link spent; a second call, even a simultaneous one, makes nothing")
    @ApiResponse(responseCode = "201", description = "The account is made; sign in with its username and the password")
    @ApiResponse(responseCode = "404", description = "No live invitation has this link: unknown, used (also by a concurrent call), revoked or replaced")
    @ApiResponse(responseCode = "410", description = "The link has expired; nothing is made")
    @ApiResponse(responseCode = "422", description = "The password is refused (policy, or the confirmation differs); the link still works")
    ResponseEntity<Accepted> accept(@PathVariable String token, @RequestBody Invitations.Acceptance acceptance) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Accepted(invitations.accept(token, acceptance)));
    }

    /** A link that no longer opens anything: 404 as for any unknown one, 410 when it merely expired (it can be resent). */
    @ExceptionHandler(LinkClosed.class)
    ProblemDetail closed(LinkClosed e) {
        var status = e.expired() ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
        String key = e.expired() ? "invitation.link.expired" : "invitation.link.invalid";
        return ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
