package id.naikkelas.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Abbreviations of Indonesian place names as data ({@code imports/place-abbreviations.txt}): "Tj." is
 * Tanjung, "Sei" and "S." Sungai, "Utr." Utara. Both the list's names and the official ones are expanded,
 * so either spelling meets the other.
 */
final class PlaceWords {

    private static final Map<String, String> ABBREVIATIONS = load();

    private PlaceWords() {
    }

    /** A normalised name ("tj palas sel") with its abbreviations expanded and the spaces gone ("tanjungpalasselatan"). */
    static String expanded(String normalised) {
        if (normalised.isEmpty()) {
            return normalised;
        }
        var key = new StringBuilder(normalised.length() + 8);
        for (String word : normalised.split(" ")) {
            key.append(ABBREVIATIONS.getOrDefault(word, word));
        }
        return key.toString();
    }

    private static Map<String, String> load() {
        var words = new HashMap<String, String>();
        try (var in = PlaceWords.class.getResourceAsStream("/imports/place-abbreviations.txt")) {
            if (in == null) {
                throw new IllegalStateException("imports/place-abbreviations.txt is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                words.put(Headers.normalise(line.substring(0, colon)), Headers.normalise(line.substring(colon + 1)).replace(" ", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }
}
