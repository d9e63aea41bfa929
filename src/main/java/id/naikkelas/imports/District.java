package id.naikkelas.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The businesses of one district with an index from words of their names (and their phone number)
 * to positions, so a row is compared with the few that share a word instead of with all of them.
 * Only the row's rarest words are looked up, and words too common to tell businesses apart
 * ("keripik", "siti" in a big district) not at all: the work per row stays small in any district.
 */
final class District {

    static final int COMMON_WORD = 300;
    static final int RAREST_WORDS = 4;

    private final List<Candidate> all = new ArrayList<>();
    private final Map<String, int[]> postings = new HashMap<>();

    int size() {
        return all.size();
    }

    void add(Candidate c) {
        int position = all.size();
        all.add(c);
        for (String word : words(c)) {
            postings.merge(word, new int[] {1, position}, District::append);
        }
    }

    /**
     * Up to {@code limit} businesses sharing the most of the row's rarest words, latest first among equals.
     * The counting happens in {@code tally}, shared by every district of a job: it stays in the processor's
     * cache while the districts, a random one per row, do not.
     */
    List<Candidate> likely(Candidate row, int limit, Tally tally) {
        int[] counts = tally.counts(all.size());
        int[] touched = tally.touched;
        var words = words(row);
        int[][] lists = new int[words.length][];
        int found = 0;
        for (String word : words) {
            int[] list = postings.get(word);
            if (list != null && list[0] <= COMMON_WORD) {
                // shortest lists first (insertion: a row has a handful of words)
                int at = found++;
                while (at > 0 && lists[at - 1][0] > list[0]) {
                    lists[at] = lists[at - 1];
                    at--;
                }
                lists[at] = list;
            }
        }
        int n = 0;
        for (int l = 0; l < Math.min(RAREST_WORDS, found); l++) {
            int[] list = lists[l];
            for (int i = 1; i <= list[0]; i++) {
                int position = list[i];
                if (counts[position]++ == 0) {
                    if (n == touched.length) {
                        touched = tally.moreTouched();
                    }
                    touched[n++] = position;
                }
            }
        }
        // the best few in one pass: a key orders by shared words, then by position (the latest first)
        long[] best = new long[Math.min(limit, n)];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int position = touched[i];
            long key = (long) counts[position] << 32 | position;
            counts[position] = 0;
            if (kept < best.length) {
                kept = insert(best, kept, key);
            } else if (key > best[0]) {
                best[0] = key;
                for (int j = 0; j + 1 < kept && best[j] > best[j + 1]; j++) {
                    long swap = best[j];
                    best[j] = best[j + 1];
                    best[j + 1] = swap;
                }
            }
        }
        var result = new ArrayList<Candidate>(kept);
        for (int i = kept - 1; i >= 0; i--) {
            result.add(all.get((int) best[i]));
        }
        return result;
    }

    /** Adds a key to the ascending {@code sorted[0..size)}; returns the new size. */
    private static int insert(long[] sorted, int size, long key) {
        int at = size;
        while (at > 0 && sorted[at - 1] > key) {
            sorted[at] = sorted[at - 1];
            at--;
        }
        sorted[at] = key;
        return size + 1;
    }

    /** Counts per position and the positions counted, for {@link #likely}: zero again after each look-up. */
    static final class Tally {
        private int[] counts = new int[1024];
        private int[] touched = new int[1024];

        private int[] counts(int positions) {
            if (counts.length < positions) {
                counts = new int[Math.max(positions, counts.length * 2)];
            }
            return counts;
        }

        private int[] moreTouched() {
            touched = Arrays.copyOf(touched, touched.length * 2);
            return touched;
        }
    }

    /**
     * The words a business is found by: its owner's (two letters or more), its name's (three or more)
     * and its phone number, each once. Called for every row and every business added, so without sets
     * or split arrays.
     */
    private static String[] words(Candidate c) {
        var words = new String[16];
        int n = addWords(c.owner, 2, words, 0);
        n = addWords(c.name, 3, words, n);
        if (c.phone != 0 && n < words.length) {
            words[n++] = "#" + c.phone;
        }
        return Arrays.copyOf(words, n);
    }

    /** A name of more words than a list will ever hold keeps its first ones. */
    private static int addWords(String text, int minLength, String[] into, int n) {
        int start = 0;
        while (start < text.length() && n < into.length - 1) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start >= minLength) {
                String word = text.substring(start, end);
                if (!contains(into, n, word)) {
                    into[n++] = word;
                }
            }
            start = end + 1;
        }
        return n;
    }

    private static boolean contains(String[] words, int n, String word) {
        for (int i = 0; i < n; i++) {
            if (words[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Posting lists as int arrays: [size, positions...], grown by doubling. */
    private static int[] append(int[] list, int[] one) {
        int size = list[0];
        if (size + 1 >= list.length) {
            list = Arrays.copyOf(list, Math.max(4, list.length * 2));
        }
        list[size + 1] = one[1];
        list[0] = size + 1;
        return list;
    }
}
