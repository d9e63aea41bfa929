package id.naikkelas.registry;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * NIB (Nomor Induk Berusaha), issued by OSS: 13 digits with no published internal meaning,
 * so {@code ^\d{13}$} is the whole check (regulations.md §2).
 */
@NamedInterface("identifiers")
public final class Nib {

    /** {@code normalized} is the input without spaces, kept even when invalid for re-display. */
    public record NibCheck(String normalized, List<ValidationProblem> problems) {

        public NibCheck {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]");
    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

    private Nib() {
    }

    public static NibCheck check(String raw) {
        String nib = raw == null ? "" : SPACES.matcher(raw).replaceAll("");
        if (nib.isEmpty()) {
            return new NibCheck(nib, List.of(ValidationProblem.of(ValidationCodes.REQUIRED)));
        }
        if (!THIRTEEN_DIGITS.matcher(nib).matches()) {
            return new NibCheck(nib,
                    List.of(ValidationProblem.of(ValidationCodes.NIB_FORMAT, nib.length())));
        }
        return new NibCheck(nib, List.of());
    }

    /** The 13 digits, or empty when the input is not a valid NIB. */
    public static Optional<String> normalize(String raw) {
        NibCheck check = check(raw);
        return check.valid() ? Optional.of(check.normalized()) : Optional.empty();
    }
}
