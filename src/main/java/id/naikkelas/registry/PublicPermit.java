package id.naikkelas.registry;

import java.time.LocalDate;

/** What anyone may learn about a registered permit number: no personal data. */
public record PublicPermit(PermitType type, String number, String productName, String brand, String businessName,
                           String regionName, LocalDate issuedOn, LocalDate expiresOn, boolean valid) {
}
