package id.naikkelas.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Business names, people's names and addresses reduced to what identifies them, the Indonesian way:
 * honorifics (Hj., H., Ibu, Bu, Bpk, Bapak...), business forms (Toko, UD, CV, PT), academic titles
 * after a comma, "Jl."/"Jalan", punctuation and case go; spelling variants ("kripik", "nenas") take
 * one form ({@code imports/spelling-variants.txt}).
 */
final class Names {

    private static final Set<String> HONORIFICS = Set.of("ibu", "bu", "bpk", "bapak", "pak", "hj", "hajjah", "hajah", "haji",
            "h", "mak", "mbak", "mas", "kak", "sdr", "sdri", "ny", "nyonya", "tn", "tuan", "umi", "abah", "dr", "drs", "dra",
            "ir", "prof");
    private static final Set<String> BUSINESS_FORMS = Set.of("toko", "ud", "cv", "pt", "tbk", "usaha", "dagang", "home",
            "industri", "industry");
    private static final Set<String> ADDRESS_NOISE = Set.of("no", "nomor", "nmr", "kel", "kelurahan", "kec", "kecamatan",
            "desa", "ds", "kab", "kabupaten", "kota", "rt", "rw", "dusun", "dsn");
    private static final Map<String, String> ADDRESS_WORDS = Map.of("jalan", "jl", "jln", "jl", "gang", "gg", "komplek", "komp",
            "kompleks", "komp", "perumahan", "perum");
    private static final Map<String, String> VARIANTS = loadVariants();

    private Names() {
    }

    static String business(String raw) {
        return words(raw, BUSINESS_FORMS);
    }

    /** Academic titles come after a comma ("Siti Aminah, S.Pd"); single letters are initials or titles. */
    static String person(String raw) {
        String name = raw == null ? "" : raw;
        int comma = name.indexOf(',');
        return words(comma > 0 ? name.substring(0, comma) : name, Set.of());
    }

    static String address(String raw) {
        var out = new StringBuilder();
        for (String word : Headers.normalise(raw).split(" ")) {
            if (word.isEmpty() || ADDRESS_NOISE.contains(word)) {
                continue;
            }
            append(out, withoutLeadingZeros(ADDRESS_WORDS.getOrDefault(word, word)));
        }
        return out.toString();
    }

    /** "005" → "5" (house and RT numbers), "0" stays; words with letters are left alone. */
    private static String withoutLeadingZeros(String word) {
        int zeros = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return word;
            }
            if (c == '0' && zeros == i) {
                zeros++;
            }
        }
        return zeros == 0 ? word : zeros == word.length() ? "0" : word.substring(zeros);
    }

    private static String words(String raw, Set<String> dropped) {
        var out = new StringBuilder();
        var all = Headers.normalise(raw).split(" ");
        for (String word : all) {
            if (word.isEmpty() || HONORIFICS.contains(word) || dropped.contains(word) || word.length() == 1 && all.length > 1) {
                continue;
            }
            append(out, VARIANTS.getOrDefault(word, word));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String word) {
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(word);
    }

    private static Map<String, String> loadVariants() {
        var map = new HashMap<String, String>();
        var resource = Names.class.getResourceAsStream("/imports/spelling-variants.txt");
        if (resource == null) {
            throw new IllegalStateException("imports/spelling-variants.txt is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String form = line.substring(0, colon).trim();
                for (String variant : line.substring(colon + 1).split(",")) {
                    if (!variant.isBlank()) {
                        map.put(variant.trim(), form);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
