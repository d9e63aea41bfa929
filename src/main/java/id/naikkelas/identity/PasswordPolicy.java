package id.naikkelas.identity;

import com.nulabinc.zxcvbn.Zxcvbn;
import id.naikkelas.common.InvalidInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a password must be: long enough, mixed, not guessable. Guessability is zxcvbn's estimate
 * (common-password lists, keyboard walks, years, l33t), fed the account's own words and the ones
 * attackers here try first ({@code identity/guessable-passwords.txt}).
 */
final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score 3: at least 10^8 guesses, "safely unguessable" against a throttled online attack. */
    static final int MIN_SCORE = 3;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();
    private static final Guessable GUESSABLE = Guessable.load("/identity/guessable-passwords.txt");

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String username, InvalidInput.Collector problems) {
        check(field, password, username, List.of(), problems);
    }

    /** {@code personal}: the account's name and e-mail, whose words an attacker tries first. */
    public static void check(String field, String password, String username, List<String> personal, InvalidInput.Collector problems) {
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(field, "password.tooShort", MIN_LENGTH);
            return;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(field, "password.tooLong", MAX_LENGTH);
            return;
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            problems.add(field, "password.needsMix");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(field, "password.containsUsername");
            return;
        }
        if (personalWords(personal).anyMatch(lower::contains)) {
            problems.add(field, "password.containsName");
            return;
        }
        var known = new ArrayList<>(GUESSABLE.words());
        if (username != null) {
            known.add(username.toLowerCase(Locale.ROOT));
        }
        if (GUESSABLE.passwords().contains(lower) || ESTIMATOR.measure(password, known).getScore() < MIN_SCORE) {
            problems.add(field, "password.common");
        }
    }

    /** The parts of a name or an e-mail address worth guessing: four letters or more. */
    private static Stream<String> personalWords(List<String> personal) {
        return personal.stream().filter(Objects::nonNull)
                .flatMap(text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.length() >= 4);
    }

    record Guessable(Set<String> passwords, List<String> words) {

        static Guessable load(String resource) {
            var passwords = new HashSet<String>();
            var words = new ArrayList<String>();
            try (var in = new BufferedReader(new InputStreamReader(
                    Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("=")) {
                        passwords.add(line.substring(1).toLowerCase(Locale.ROOT));
                    } else {
                        words.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Guessable(Set.copyOf(passwords), List.copyOf(words));
        }
    }
}
