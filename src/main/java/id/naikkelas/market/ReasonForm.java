package id.naikkelas.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: an order cancelled, a delivery not delivered. The other side reads it. */
public record ReasonForm(@NotBlank @Size(max = 1000) String reason) {
}
