package id.naikkelas.imports;

import java.util.Arrays;

/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it (each word padded with two spaces before and
 * one after), kept in sorted int arrays so comparing two names costs a merge, not a set.
 */
final class Trigrams {

    private static final int[] NONE = new int[0];

    private Trigrams() {
    }

    /** Trigrams of a normalised text (lower-case letters, digits and single spaces). */
    static int[] of(String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        int[] grams = new int[text.length() * 2 + 4];
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
                    if (grams.length == n) {
                        grams = Arrays.copyOf(grams, n * 2);
                    }
                    grams[n++] = (a << 12) | (b << 6) | c;
                    a = b;
                    b = c;
                }
            }
            start = end + 1;
        }
        Arrays.sort(grams, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || grams[unique - 1] != grams[i]) {
                grams[unique++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, unique);
    }

    /** Dice coefficient: 1 for the same trigrams, 0 for none in common (and for two empty texts). */
    static double similarity(int[] a, int[] b) {
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

    /** Letters 1..26, digits 27..36, anything else 37 (the text is already normalised). */
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
