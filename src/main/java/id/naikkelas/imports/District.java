package id.naikkelas.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private int[] counts = new int[64];

    int size() {
        return all.size();
    }

    void add(Candidate c) {
        int position = all.size();
        all.add(c);
        if (counts.length < all.size()) {
            counts = Arrays.copyOf(counts, counts.length * 2);
        }
        for (String word : words(c)) {
            postings.merge(word, new int[] {1, position}, District::append);
        }
    }

    /** Up to {@code limit} businesses sharing the most of the row's rarest words, latest first among equals. */
    List<Candidate> likely(Candidate row, int limit) {
        var lists = new ArrayList<int[]>();
        for (String word : words(row)) {
            int[] list = postings.get(word);
            if (list != null && list[0] <= COMMON_WORD) {
                lists.add(list);
            }
        }
        lists.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] touched = new int[64];
        int n = 0;
        for (int[] list : lists.subList(0, Math.min(RAREST_WORDS, lists.size()))) {
            for (int i = 1; i <= list[0]; i++) {
                int position = list[i];
                if (counts[position]++ == 0) {
                    if (n == touched.length) {
                        touched = Arrays.copyOf(touched, n * 2);
                    }
                    touched[n++] = position;
                }
            }
        }
        var result = new ArrayList<Candidate>(Math.min(limit, n));
        // selection of the best few (n is at most a thousand, limit about a dozen): no sort, no boxing
        for (int picked = 0; picked < limit && picked < n; picked++) {
            int best = picked;
            for (int i = picked + 1; i < n; i++) {
                int a = touched[i];
                int b = touched[best];
                if (counts[a] > counts[b] || counts[a] == counts[b] && a > b) {
                    best = i;
                }
            }
            int swap = touched[picked];
            touched[picked] = touched[best];
            touched[best] = swap;
            result.add(all.get(touched[picked]));
        }
        for (int i = 0; i < n; i++) {
            counts[touched[i]] = 0;
        }
        return result;
    }

    private static Set<String> words(Candidate c) {
        var words = new HashSet<String>();
        for (String w : c.owner.split(" ")) {
            if (w.length() >= 2) {
                words.add(w);
            }
        }
        for (String w : c.name.split(" ")) {
            if (w.length() >= 3) {
                words.add(w);
            }
        }
        if (c.phone != 0) {
            words.add("#" + c.phone);
        }
        return words;
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
