package id.naikkelas.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads column headers: finds the header row among the first rows and guesses each column's field. */
final class Headers {

    /** Agencies put titles, dates and blank lines above the header; it is within the first rows. */
    static final int SEARCH_ROWS = 20;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Headers() {
    }

    /** "No. HP/WA" → "no hp wa": lower case, accents and punctuation gone, single spaces. */
    static String normalise(String header) {
        String text = header == null ? "" : header;
        // every cell of a list passes here; most are plain ASCII, which has no accents to take off
        String folded = ascii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return words(folded);
    }

    /**
     * Lower-case letters and digits, any run of anything else one space, none at the ends: what
     * {@code [^a-z0-9]+ → " "} and a trim give, without a regular expression for every cell of a million rows.
     */
    private static String words(String text) {
        var out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return text.contentEquals(out) ? text : out.toString();
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * How well a header names a field: 0 for not at all, more for an exact synonym than for a header
     * that merely contains one, and more for longer synonyms ("omzet per bulan" beats "omzet").
     */
    static int score(String normalisedHeader, Field field) {
        if (normalisedHeader.isEmpty()) {
            return 0;
        }
        var words = new HashSet<>(Arrays.asList(normalisedHeader.split(" ")));
        int best = 0;
        for (String synonym : field.headers()) {
            var synonymWords = synonym.split(" ");
            if (normalisedHeader.equals(synonym)) {
                best = Math.max(best, 100 + synonymWords.length);
            } else if (words.containsAll(Arrays.asList(synonymWords))) {
                // "Alamat Pemilik" is an address: a synonym at the start of the header counts more
                best = Math.max(best, 10 * synonymWords.length + (normalisedHeader.startsWith(synonym + " ") ? 5 : 0));
            }
        }
        return best;
    }

    /** Each column gets at most one field and each field at most one column, best scores first. */
    static Map<Field, Integer> guess(List<String> headers) {
        var normalised = headers.stream().map(Headers::normalise).toList();
        var pairs = new ArrayList<int[]>();
        for (int column = 0; column < normalised.size(); column++) {
            for (Field field : Field.values()) {
                int score = score(normalised.get(column), field);
                if (score > 0) {
                    pairs.add(new int[] {score, column, field.ordinal()});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        var mapping = new EnumMap<Field, Integer>(Field.class);
        Set<Integer> used = new HashSet<>();
        for (int[] pair : pairs) {
            Field field = Field.values()[pair[2]];
            if (!mapping.containsKey(field) && used.add(pair[1])) {
                mapping.put(field, pair[1]);
            }
        }
        return mapping;
    }

    /** How many cells of a row read like known headers: the header row is the one with the most. */
    static int recognised(SourceRow row) {
        int count = 0;
        for (var cell : row.cells()) {
            String header = normalise(cell.text());
            for (Field field : Field.values()) {
                if (score(header, field) > 0) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** The spreadsheet's name for a column index: 0 → A, 26 → AA. */
    static String letter(int index) {
        var name = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            name.insert(0, (char) ('A' + i % 26));
        }
        return name.toString();
    }
}
