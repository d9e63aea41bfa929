package id.naikkelas.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Complaint tracking codes: "ADU-7K3M-Q9XP", eight characters without look-alikes (0/O, 1/I) from a secure
 * random source (32^8, about 10^12, against guessing). Only the code's hash is stored.
 */
final class TrackingCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String PREFIX = "ADU";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String next() {
        var code = new StringBuilder(PREFIX).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed ("adu 7k3m q9xp", without the prefix...) reduced to what is hashed: "ADU7K3MQ9XP". */
    static String normalise(String typed) {
        String letters = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return letters.length() == 8 ? PREFIX + letters : letters;
    }

    static String hash(String code) {
        return sha256(normalise(code));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
