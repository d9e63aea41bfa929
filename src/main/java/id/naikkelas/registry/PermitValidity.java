package id.naikkelas.registry;

import java.time.LocalDate;

/**
 * When a held permit counts: through the last day it is valid, and for good when the register records no expiry.
 * The register records no revocation yet; when it does, it belongs in this rule and nowhere else. Pages (Java) and
 * queries (SQL) both read it here, so the market's badges,
 * the public verification and a program's "missing permit" filter cannot disagree on the same day.
 */
public final class PermitValidity {

    private PermitValidity() {
    }

    /** Whether a permit expiring on {@code expiresOn} (null: no expiry) is valid on {@code day}. */
    public static boolean validOn(LocalDate expiresOn, LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }

    /**
     * The same rule as a SQL condition on the permit row {@code alias} (of {@code registry_permit}) and the date
     * parameter {@code :dayParameter}. A plain comparison on the column, so an index on the permit's business or
     * product still narrows the rows first.
     */
    public static String validOn(String alias, String dayParameter) {
        return "(" + alias + ".expires_on IS NULL OR " + alias + ".expires_on >= :" + dayParameter + ")";
    }
}
