package id.naikkelas.invitations;

import id.naikkelas.common.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Invitations", description = "A program manager invites officers, facilitators and partner members (ADR 0015)")
class InvitationApiController {

    private final Invitations invitations;

    InvitationApiController(Invitations invitations) {
        this.invitations = invitations;
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

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
