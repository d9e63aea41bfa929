package id.naikkelas.imports;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a NIK however a list spells it (16 digits, in groups with spaces, dots or dashes, behind
 * Excel's text apostrophe or {@code ="..."}, as a number with ".0" or in full-precision scientific
 * notation) so that what an import keeps outside the registry never holds one in clear (UU PDP, ADR 0007).
 * It looks at the shape only: a wrong NIK is as personal as a right one.
 */
final class NikShapes {

    /** Shown in place of the hidden digits: the same width as a NIK, so a column still lines up. */
    private static final String HIDDEN = "\u2022".repeat(10);
    private static final Pattern WRAPPED = Pattern.compile("^\\s*(?:=\\s*\"(.*)\"|'(.*))\\s*$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.\\-]");
    private static final Pattern SIXTEEN = Pattern.compile("\\d{16}");
    /** A number cell read as a double: "1472017101997000.0". */
    private static final Pattern NUMBER = Pattern.compile("(\\d{16})[.,]0+");
    /** Scientific notation that kept every digit: "1.472017101997001E15". */
    private static final Pattern FULL_SCIENTIFIC = Pattern.compile("(\\d)[.,](\\d{15})[eE]\\+?15");
    /** A NIK inside longer text ("NIK 1472 0171 0199 7000 (suami)"): digits in the groups people write. */
    private static final Pattern EMBEDDED = Pattern.compile(
            "(?<![\\p{Alnum}])(\\d{4}[ .\\-]?\\d{4}[ .\\-]?\\d{4}[ .\\-]?\\d{4}|\\d{6}[ .\\-]\\d{6}[ .\\-]\\d{4}"
                    + "|\\d{2}[ .\\-]\\d{2}[ .\\-]\\d{2}[ .\\-]\\d{6}[ .\\-]\\d{4})(?![\\p{Alnum}])");

    private NikShapes() {
    }

    /**
     * The cell without Excel's text markers (a leading apostrophe, {@code ="..."}), for the registry's
     * check, which itself drops spaces, dots and dashes between the groups.
     */
    static String unwrapped(String cell) {
        var wrapped = WRAPPED.matcher(cell);
        if (!wrapped.matches()) {
            return cell;
        }
        return wrapped.group(1) != null ? wrapped.group(1) : wrapped.group(2);
    }

    /** The sixteen digits when the whole cell is a NIK in any of its spellings. */
    static Optional<String> digits(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.trim();
        var wrapped = WRAPPED.matcher(text);
        if (wrapped.matches()) {
            text = (wrapped.group(1) != null ? wrapped.group(1) : wrapped.group(2)).trim();
        }
        var number = NUMBER.matcher(text);
        if (number.matches()) {
            return Optional.of(number.group(1));
        }
        var scientific = FULL_SCIENTIFIC.matcher(text);
        if (scientific.matches()) {
            return Optional.of(scientific.group(1) + scientific.group(2));
        }
        String plain = SEPARATORS.matcher(text).replaceAll("");
        return SIXTEEN.matcher(plain).matches() ? Optional.of(plain) : Optional.empty();
    }

    static boolean isNik(String cell) {
        return digits(cell).isPresent();
    }

    /**
     * The cell with every NIK in it masked to its first four and last two digits ({@code 1472••••••••••00}):
     * enough for the person who typed the list to recognise the line, too little to use.
     */
    static String mask(String cell) {
        if (cell == null) {
            return null;
        }
        var whole = digits(cell);
        if (whole.isPresent()) {
            return masked(whole.get());
        }
        var embedded = EMBEDDED.matcher(cell);
        if (!embedded.find()) {
            return cell;
        }
        return embedded.replaceAll(m -> masked(SEPARATORS.matcher(m.group()).replaceAll("")));
    }

    private static String masked(String digits) {
        return digits.substring(0, 4) + HIDDEN + digits.substring(14);
    }
}
