package id.naikkelas.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * NIK (Nomor Induk Kependudukan), 16 digits {@code PPKKCC DDMMYY SSSS}
 * (UU 23/2006 jo. UU 24/2013; structure per Dukcapil, see regulations.md §3).
 *
 * <p>There is no check digit, so this only catches typos and impossible values. Real
 * verification needs Dukcapil. Region codes are the place of <em>first</em> registration and
 * regions get split and renumbered, so a regency/district missing from today's region list is
 * at most a soft warning for the caller; this class never looks them up.
 */
@NamedInterface("identifiers")
public final class Nik {

    public enum Sex { MALE, FEMALE }

    /**
     * Result of {@link #check}. {@code normalized} is the input with separators removed (even when
     * invalid, so a form can show it again). Region codes are set whenever there are 16 digits;
     * {@code sex} and {@code birthDate} only when the date part is valid. All are null otherwise.
     */
    public record NikCheck(String normalized, List<ValidationProblem> problems, Sex sex,
                           LocalDate birthDate, String provinceCode, String regencyCode,
                           String districtCode) {

        public NikCheck {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** People type NIKs copied from KTP photos with spaces, dots or dashes between groups. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.\\-]");
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");
    private static final Pattern DIGITS = Pattern.compile("\\d*");

    /** Kemendagri province codes, including the 2022 Papua provinces 93–96. */
    static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53",
            "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "93", "94", "95", "96");

    /** Women's day of birth is stored plus 40. */
    private static final int FEMALE_DAY_OFFSET = 40;

    private Nik() {
    }

    /** {@code today} decides the birth-year century, so tests can pin it. */
    public static NikCheck check(String raw, LocalDate today) {
        String nik = normalize(raw);
        if (nik.isEmpty()) {
            return invalid(nik, ValidationProblem.of(ValidationCodes.REQUIRED));
        }
        if (!DIGITS.matcher(nik).matches()) {
            return invalid(nik, ValidationProblem.of(ValidationCodes.NIK_DIGITS));
        }
        if (!SIXTEEN_DIGITS.matcher(nik).matches()) {
            return invalid(nik, ValidationProblem.of(ValidationCodes.NIK_LENGTH, nik.length()));
        }

        List<ValidationProblem> problems = new ArrayList<>();
        String province = nik.substring(0, 2);
        if (!PROVINCES.contains(province)) {
            problems.add(ValidationProblem.of(ValidationCodes.NIK_PROVINCE, province));
        }

        int encodedDay = Integer.parseInt(nik.substring(6, 8));
        Sex sex = encodedDay > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
        int day = sex == Sex.FEMALE ? encodedDay - FEMALE_DAY_OFFSET : encodedDay;
        LocalDate birthDate = birthDate(day, Integer.parseInt(nik.substring(8, 10)),
                Integer.parseInt(nik.substring(10, 12)), today);
        if (birthDate == null) {
            problems.add(ValidationProblem.of(ValidationCodes.NIK_BIRTHDATE, nik.substring(6, 12)));
            sex = null;
        }

        if (nik.endsWith("0000")) {
            problems.add(ValidationProblem.of(ValidationCodes.NIK_SERIAL));
        }

        return new NikCheck(nik, problems, sex, birthDate, province,
                province + "." + nik.substring(2, 4),
                province + "." + nik.substring(2, 4) + "." + nik.substring(4, 6));
    }

    /**
     * {@code 1472••••••••0003}: enough to recognise one's own NIK, not enough to misuse it
     * (UU 27/2022 PDP; see regulations.md §13). Short fragments are fully hidden.
     */
    public static String mask(String nik) {
        String value = normalize(nik);
        if (value.length() <= 8) {
            return "\u2022".repeat(value.length());
        }
        return value.substring(0, 4)
                + "\u2022".repeat(value.length() - 8)
                + value.substring(value.length() - 4);
    }

    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        // a NIK is mostly given as its sixteen digits: nothing to take out
        return raw.chars().allMatch(c -> c >= '0' && c <= '9') ? raw : SEPARATORS.matcher(raw).replaceAll("");
    }

    /**
     * The YY digits carry no century: take the latest birth date that is not in the future.
     * Null when the day (after removing the +40) or the date itself is impossible.
     */
    private static LocalDate birthDate(int day, int month, int yy, LocalDate today) {
        if (day < 1 || day > 31) {
            return null; // e.g. 00, 32–40 or 72+; 31 would still be checked against the month
        }
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return date.isAfter(today) ? LocalDate.of(year - 100, month, day) : date;
        } catch (DateTimeException e) {
            return null; // 31 April, 29 February outside leap years, month 00 or 13
        }
    }

    private static NikCheck invalid(String nik, ValidationProblem problem) {
        return new NikCheck(nik, List.of(problem), null, null, null, null, null);
    }
}
