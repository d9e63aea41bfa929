package id.naikkelas.market;

import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.PermitValidity;

import java.time.LocalDate;

/** A permit a listed product holds, as the public verification shows it. */
record HeldPermit(long productId, PermitType type, String number, LocalDate expiresOn) {

    boolean validOn(LocalDate day) {
        return PermitValidity.validOn(expiresOn, day);
    }
}
