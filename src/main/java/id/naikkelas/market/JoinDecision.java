package id.naikkelas.market;

import jakarta.validation.constraints.Size;

/** A curator's answer to a request to take part: accepted, or declined with the reason the owner reads. */
public record JoinDecision(Boolean accept, @Size(max = 500) String reason) {
}
