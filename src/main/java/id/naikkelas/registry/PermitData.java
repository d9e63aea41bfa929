package id.naikkelas.registry;

import java.time.LocalDate;

/** A permit or certificate a product (or the business) already holds. */
public record PermitData(PermitType type, String number, LocalDate issuedOn, LocalDate expiresOn, String issuer)
        implements java.io.Serializable {
}
