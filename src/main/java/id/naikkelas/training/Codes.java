package id.naikkelas.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random codes: attendance tokens (unguessable), short codes and certificate codes (easy to read aloud). */
final class Codes {

    /** No 0/O, 1/I/L: people type these from a phone screen or a printed certificate. */
    private static final char[] READABLE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    static String token() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String readable(int length) {
        var code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(READABLE[RANDOM.nextInt(READABLE.length)]);
        }
        return code.toString();
    }

    /** A short one-way mark of a code, to tell one code from another without showing it. */
    static String mark(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a person typed, as stored: capitals, no spaces or dashes. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
