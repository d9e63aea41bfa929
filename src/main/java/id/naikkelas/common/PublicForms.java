package id.naikkelas.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What every form open to anyone (a complaint, a buyer's registration) checks before it stores anything: the honeypot
 * field {@value #HONEYPOT}, hidden from people and filled in by bots, and the sender's network address, kept only as a
 * hash so that a per-address limit can count it without the platform holding the address.
 */
public final class PublicForms {

    /** The hidden field's name in every public form ({@code <div class="trap">}). */
    public static final String HONEYPOT = "website";

    private PublicForms() {
    }

    /** True when the hidden field was filled in: a bot, to be told "received" and otherwise ignored. */
    public static boolean isBot(String honeypot) {
        return honeypot != null && !honeypot.isBlank();
    }

    /** The address's hash for one purpose (its own limit), e.g. {@code addressHash("complaint", "203.0.113.7")}. */
    public static String addressHash(String purpose, String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((purpose + "|" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
