package id.naikkelas.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The text of an API token: {@code nk_} and 32 random bytes in base64url (46 characters). The
 * prefix lets secret scanners and a grep of logs or repositories recognise a leaked token.
 */
final class TokenSecret {

    static final String PREFIX = "nk_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("nk_[A-Za-z0-9_-]{43}");
    private static final int HINT_LENGTH = PREFIX.length() + 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    static String generate() {
        var bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /**
     * SHA-256 of the token text. A slow password hash would add nothing: 256 random bits cannot
     * be guessed, and a fast hash keeps the per-request check to microseconds.
     */
    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** What a list shows to tell tokens apart, e.g. {@code nk_Ab3x}. */
    static String hint(String token) {
        return token.substring(0, HINT_LENGTH);
    }
}
