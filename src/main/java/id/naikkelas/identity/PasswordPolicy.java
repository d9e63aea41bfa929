package id.naikkelas.identity;

import id.naikkelas.common.InvalidInput;

import java.util.Locale;
import java.util.Set;

/** What a password must be: long enough, not only one kind of character, not guessable from the account. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = Set.of("password", "passw0rd", "1234567890", "qwertyuiop",
            "sayang1234", "indonesia1", "bismillah1", "admin12345", "rahasia123", "umkm123456");

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String username, InvalidInput.Collector problems) {
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(field, "password.tooShort", MIN_LENGTH);
            return;
        }
        if (password.length() > 128) {
            problems.add(field, "password.tooLong", 128);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            problems.add(field, "password.needsMix");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(field, "password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            problems.add(field, "password.common");
        }
    }
}
