package id.naikkelas.imports;

import java.util.Arrays;

/**
 * The distinct trigrams of one text as bits over every possible trigram (a few kilobytes), reused row
 * after row: comparing a candidate costs one bit test per trigram of the candidate, with nothing sorted
 * or allocated. The matcher keeps one per field of the row it is matching.
 */
final class TrigramSet {

    private final long[] bits = new long[(Trigrams.POSSIBLE + 63) / 64];
    private char[] members = new char[64];
    private int size;

    /** Now the trigrams of {@code text} (normalised), and none of the previous text's. */
    TrigramSet of(String text) {
        clear();
        if (members.length < Trigrams.capacity(text)) {
            members = new char[Trigrams.capacity(text) * 2];
        }
        int n = Trigrams.generate(text, members);
        for (int i = 0; i < n; i++) {
            char gram = members[i];
            if (!contains(gram)) {
                bits[gram >>> 6] |= 1L << gram;
                members[size++] = gram;
            }
        }
        return this;
    }

    /** Now these trigrams (distinct, as {@link Trigrams#of} gives them). */
    TrigramSet of(char[] grams) {
        clear();
        if (members.length < grams.length) {
            members = Arrays.copyOf(grams, grams.length * 2);
        }
        for (char gram : grams) {
            bits[gram >>> 6] |= 1L << gram;
            members[size++] = gram;
        }
        return this;
    }

    int size() {
        return size;
    }

    boolean contains(char gram) {
        return (bits[gram >>> 6] & 1L << gram) != 0;
    }

    /** Dice coefficient with distinct trigrams, as {@link Trigrams#similarity(char[], char[])}. */
    double similarity(char[] grams) {
        if (size == 0 || grams.length == 0) {
            return 0;
        }
        int shared = 0;
        for (char gram : grams) {
            if (contains(gram)) {
                shared++;
            }
        }
        return 2.0 * shared / (size + grams.length);
    }

    /** The same against a text, whose trigrams {@code scratch} works out. */
    double similarity(String text, TrigramSet scratch) {
        if (size == 0 || text.isEmpty()) {
            return 0;
        }
        scratch.of(text);
        int shared = 0;
        for (int i = 0; i < scratch.size; i++) {
            if (contains(scratch.members[i])) {
                shared++;
            }
        }
        return 2.0 * shared / (size + scratch.size);
    }

    private void clear() {
        for (int i = 0; i < size; i++) {
            bits[members[i] >>> 6] = 0;
        }
        size = 0;
    }
}
