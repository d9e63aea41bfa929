package id.naikkelas.invitations;

import id.naikkelas.identity.Role;

import java.time.OffsetDateTime;
import java.util.List;

/** An invitation as its inviter sees it; never its link, which is shown once when made. */
public record InvitationView(long id, String username, String fullName, String email, String phone, long agencyId, String agencyName,
                             Role role, List<String> regionCodes, Status status, boolean temporaryPassword, String invitedBy,
                             OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime acceptedAt, int version) {

    public enum Status {
        PENDING, ACCEPTED, EXPIRED, REVOKED
    }

    /** Resending makes a new link (the old one stops working); only an invitation not yet taken up or revoked. */
    public boolean resendable() {
        return status == Status.PENDING || status == Status.EXPIRED;
    }

    public boolean revocable() {
        return status == Status.PENDING || status == Status.EXPIRED;
    }
}
