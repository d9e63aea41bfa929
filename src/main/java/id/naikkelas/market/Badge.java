package id.naikkelas.market;

import java.time.LocalDate;

/**
 * A verified badge on a listing, earned from permits valid today ({@link BadgeRules}). {@code number} and
 * {@code expiresOn} belong to its permit when one permit earns it; {@code verifiable} says the badge links to the
 * public verification of that number. An award from a program is a badge with code {@code AWARD} and its title.
 */
public record Badge(String code, String number, LocalDate expiresOn, boolean verifiable, String title) {

    Badge(String code, String number, LocalDate expiresOn, boolean verifiable) {
        this(code, number, expiresOn, verifiable, null);
    }

    static Badge award(String title) {
        return new Badge("AWARD", null, null, false, title);
    }

    /** The public verification page of the permit number. */
    public String verifyPath() {
        return verifiable ? "/verifikasi?nomor=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8) : null;
    }
}
