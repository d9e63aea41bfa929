package id.naikkelas.market;

/** An owner asked that their business take part in an event; published so that notifications tell the curators. */
public record JoinRequested(long requestId) {
}
