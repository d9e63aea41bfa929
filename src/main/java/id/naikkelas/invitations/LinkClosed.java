package id.naikkelas.invitations;

/**
 * An invitation link that can no longer be taken up: no live invitation holds it (never issued, already used, revoked
 * or replaced by a newer one, which the service cannot tell apart since a spent link's hash is wiped), or it has
 * expired. Pages answer 410 with whom to ask; the API 404, or 410 when expired.
 */
class LinkClosed extends RuntimeException {

    private final boolean expired;

    LinkClosed(boolean expired) {
        super(expired ? "invitation link expired" : "no live invitation has this link");
        this.expired = expired;
    }

    boolean expired() {
        return expired;
    }
}
