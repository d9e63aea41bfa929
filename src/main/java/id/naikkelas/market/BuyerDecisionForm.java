package id.naikkelas.market;

import jakarta.validation.constraints.Size;

/** An officer's decision on a waiting buyer: verify, or refuse with a reason the buyer reads. */
public record BuyerDecisionForm(boolean verify, @Size(max = 1000) String reason) {
}
