package id.naikkelas.common;

import java.util.regex.Pattern;

/** Runs of whitespace inside typed or imported text, made single spaces (names compare and index alike). */
public final class Spacing {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Spacing() {
    }

    /**
     * {@code text} with every run of whitespace replaced by one space. Most text has nothing to collapse, and a bulk
     * import passes a million names here, so it is scanned once and skips the regular expression then.
     */
    public static String collapse(String text) {
        return singleSpaced(text) ? text : SPACES.matcher(text).replaceAll(" ");
    }

    private static boolean singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : c <= '\r' && c >= '\t') {
                return false;
            }
        }
        return true;
    }
}
