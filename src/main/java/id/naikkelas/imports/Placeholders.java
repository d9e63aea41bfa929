package id.naikkelas.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Cells that say "nothing here" in the words agencies use ({@code imports/placeholders.txt}): a dash,
 * "0", "tidak ada", "n/a"... Read as blank, so an optional field gets no value instead of a format
 * error, and a mandatory one is refused as missing instead of being stored as "-".
 */
final class Placeholders {

    private static final Set<String> WORDS = load();

    private Placeholders() {
    }

    /** Blank, punctuation only, or one of the listed words (in any case and punctuation). */
    static boolean blank(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        // normalising keeps letters and digits only: "-", "—", "--", "." become empty
        String words = Headers.normalise(text);
        return words.isEmpty() || WORDS.contains(words);
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        try (var in = Placeholders.class.getResourceAsStream("/imports/placeholders.txt")) {
            if (in == null) {
                throw new IllegalStateException("imports/placeholders.txt is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(Headers.normalise(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
