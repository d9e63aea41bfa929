package id.naikkelas.registry;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * Indonesian phone and WhatsApp numbers, normalised to E.164 ({@code +62…}) so one person is
 * stored once however they typed it: {@code 0812-3456-7890}, {@code +62 812 3456 7890},
 * {@code 62812…}, {@code 812…} or a landline such as {@code (0761) 123456}.
 *
 * <p>The national number (after 62) must be 8–12 digits and start with 2–9. Mobiles start
 * with 8 followed by 1–9 ({@code 0800}/{@code 0809} are toll-free/premium, not mobiles).
 */
@NamedInterface("identifiers")
public final class PhoneNumbers {

    /** {@code e164} is set only when the number is valid. */
    public record PhoneCheck(String e164, List<ValidationProblem> problems) {

        public PhoneCheck {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final String COUNTRY_CODE = "62";
    private static final int MIN_NATIONAL = 8;
    private static final int MAX_NATIONAL = 12;

    /** Grouping characters people use when writing numbers; they carry no meaning. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.\\-()/]");
    private static final Pattern PLUS_AND_DIGITS = Pattern.compile("\\+?\\d+");
    private static final Pattern MOBILE = Pattern.compile("8[1-9]\\d*");

    private PhoneNumbers() {
    }

    public static PhoneCheck check(String raw) {
        String cleaned = raw == null ? "" : SEPARATORS.matcher(raw).replaceAll("");
        if (cleaned.isEmpty()) {
            return invalid(ValidationCodes.REQUIRED);
        }
        if (!PLUS_AND_DIGITS.matcher(cleaned).matches()) {
            return invalid(ValidationCodes.PHONE_FORMAT);
        }

        String national;
        if (cleaned.startsWith("+" + COUNTRY_CODE)) {
            national = cleaned.substring(3);
        } else if (cleaned.startsWith("00" + COUNTRY_CODE)) {
            national = cleaned.substring(4); // international dialling prefix
        } else if (cleaned.startsWith("+") || cleaned.startsWith("00")) {
            return invalid(ValidationCodes.PHONE_COUNTRY);
        } else if (cleaned.startsWith(COUNTRY_CODE)) {
            national = cleaned.substring(2); // domestic numbers start with 0, so 62 is the country
        } else if (cleaned.startsWith("0")) {
            national = cleaned.substring(1); // domestic trunk prefix
        } else if (MOBILE.matcher(cleaned).matches()) {
            national = cleaned; // "812…": only for mobiles, a bare area code would be ambiguous
        } else {
            return invalid(ValidationCodes.PHONE_FORMAT);
        }
        if (national.startsWith("0")) {
            national = national.substring(1); // the common "+62 0812…" mix of both prefixes
        }

        if (national.length() < MIN_NATIONAL) {
            return invalid(ValidationCodes.PHONE_TOO_SHORT, national.length());
        }
        if (national.length() > MAX_NATIONAL) {
            return invalid(ValidationCodes.PHONE_TOO_LONG, national.length());
        }
        if (national.charAt(0) < '2') {
            return invalid(ValidationCodes.PHONE_FORMAT); // 0… and 1… are not subscriber numbers
        }
        return new PhoneCheck("+" + COUNTRY_CODE + national, List.of());
    }

    /** {@code +62…}, or empty when the input is not a valid Indonesian number. */
    public static Optional<String> toE164(String raw) {
        return Optional.ofNullable(check(raw).e164());
    }

    /** True for a valid Indonesian mobile number in any accepted notation. */
    public static boolean isMobile(String raw) {
        return toE164(raw)
                .map(e164 -> MOBILE.matcher(e164.substring(3)).matches())
                .orElse(false);
    }

    /**
     * Click-to-chat link {@code https://wa.me/62812…} (wa.me wants digits only, no plus).
     * Not limited to mobiles: WhatsApp Business also runs on landlines; use {@link #isMobile}
     * first if a screen should only offer it for mobiles.
     */
    public static Optional<String> waMeLink(String raw) {
        return toE164(raw).map(e164 -> "https://wa.me/" + e164.substring(1));
    }

    private static PhoneCheck invalid(String code, Object... args) {
        return new PhoneCheck(null, List.of(ValidationProblem.of(code, args)));
    }
}
