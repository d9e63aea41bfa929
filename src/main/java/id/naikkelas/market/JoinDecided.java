package id.naikkelas.market;

/** A curator accepted or declined a request to take part; published so that notifications tell the owner. */
public record JoinDecided(long requestId, boolean accepted, String reason) {
}
