package id.naikkelas.market;

import jakarta.validation.constraints.Size;

import java.util.List;

/** A UMKM taking part in an event: the business, its stand (booth) and the products it brings (none: all it publishes). */
public record ParticipantForm(Long businessId, @Size(max = 80) String booth, List<Long> productIds) {

    public ParticipantForm {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }
}
