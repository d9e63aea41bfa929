package id.naikkelas.registry;

import id.naikkelas.common.TextLimits;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A permit or certificate a product (or the business) already holds. */
public record PermitData(PermitType type, String number, LocalDate issuedOn, LocalDate expiresOn, @Size(max = TextLimits.NAME) String issuer)
        implements java.io.Serializable {
}
