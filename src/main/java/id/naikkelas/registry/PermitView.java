package id.naikkelas.registry;

import java.time.LocalDate;

public record PermitView(long id, Long productId, String productName, PermitType type, String number, LocalDate issuedOn,
                         LocalDate expiresOn, String issuer) {

    public boolean expired(LocalDate today) {
        return !PermitValidity.validOn(expiresOn, today);
    }
}
