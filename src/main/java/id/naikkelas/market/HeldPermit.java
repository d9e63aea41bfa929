package id.naikkelas.market;

import id.naikkelas.registry.PermitType;

import java.time.LocalDate;

/** A permit a listed product holds, as the public verification shows it. */
record HeldPermit(long productId, PermitType type, String number, LocalDate expiresOn) {

    boolean validOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
