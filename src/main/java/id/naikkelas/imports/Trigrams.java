package id.naikkelas.imports;

import java.util.Arrays;

/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it (each word padded with two spaces before and
 * one after), kept in sorted arrays so comparing two names costs a merge, not a set. A trigram of the
 * normalised alphabet (38 symbols) fits a char: a matcher keeping a million names' trigrams keeps
 * half the bytes of ints.
 */
final class Trigrams {

    private static final char[] NONE = new char[0];

    private static final int SYMBOLS = 38;
    /** Every trigram code is below this. */
    static final int POSSIBLE = SYMBOLS * SYMBOLS * SYMBOLS;

    private Trigrams() {
    }

    /** Trigrams of a normalised text (lower-case letters, digits and single spaces). */
    static char[] of(String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        char[] grams = new char[capacity(text)];
        return Arrays.copyOf(grams, fill(text, grams));
    }

    /** Each word of n letters gives n + 1 trigrams: twice the text's length is always enough. */
    static int capacity(String text) {
        return text.length() * 2 + 4;
    }

    /** Writes the text's distinct trigrams, sorted, into {@code grams} and returns how many there are. */
    private static int fill(String text, char[] grams) {
        int n = generate(text, grams);
        Arrays.sort(grams, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || grams[unique - 1] != grams[i]) {
                grams[unique++] = grams[i];
            }
        }
        return unique;
    }

    /** Writes the text's trigrams in text order (repeats included) into {@code grams}, of {@link #capacity} at least. */
    static int generate(String text, char[] grams) {
        int n = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                // "  word " as pg_trgm pads it
                int a = 0;
                int b = 0;
                for (int i = start; i <= end; i++) {
                    int c = i < end ? code(text.charAt(i)) : 0;
                    grams[n++] = (char) ((a * SYMBOLS + b) * SYMBOLS + c);
                    a = b;
                    b = c;
                }
            }
            start = end + 1;
        }
        return n;
    }

    /** Dice coefficient: 1 for the same trigrams, 0 for none in common (and for two empty texts); {@link TrigramSet} counts the same faster. */
    static double similarity(char[] a, char[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }

    /** Letters 1..26, digits 27..36, anything else 37 (the text is already normalised); 0 pads. */
    private static int code(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 27;
        }
        return 37;
    }
}
