package id.naikkelas.imports;

import java.util.List;
import java.util.Map;

/**
 * A region name reduced to what identifies it: "KAB. BENGKALIS" and "Kabupaten Bengkalis" both read
 * "bengkalis" (kind KABUPATEN), "Kota Palangka Raya" and the official "Kota Palangkaraya" both read
 * "palangkaraya". The kind keeps "Kota Bandung" and "Kabupaten Bandung" apart.
 */
record RegionName(String key, Kind kind) {

    enum Kind { KABUPATEN, KOTA, ANY }

    /** Longest first, so "kabupaten administrasi" goes before "kabupaten" and "kab". */
    private static final List<Map.Entry<String, Kind>> PREFIXES = List.of(
            Map.entry("kabupaten administrasi", Kind.KABUPATEN), Map.entry("kota administrasi", Kind.KOTA),
            Map.entry("kabupaten", Kind.KABUPATEN), Map.entry("kab", Kind.KABUPATEN), Map.entry("kota", Kind.KOTA),
            Map.entry("provinsi", Kind.ANY), Map.entry("prov", Kind.ANY), Map.entry("kecamatan", Kind.ANY),
            Map.entry("kec", Kind.ANY), Map.entry("kelurahan", Kind.ANY), Map.entry("kel", Kind.ANY),
            Map.entry("desa", Kind.ANY), Map.entry("ds", Kind.ANY));

    static RegionName of(String raw) {
        String text = Headers.normalise(raw);
        Kind kind = Kind.ANY;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (var prefix : PREFIXES) {
                if (text.startsWith(prefix.getKey() + " ")) {
                    text = text.substring(prefix.getKey().length() + 1);
                    kind = prefix.getValue() == Kind.ANY ? kind : prefix.getValue();
                    stripped = true;
                    break;
                }
            }
        }
        return new RegionName(PlaceWords.expanded(text), kind);
    }

    boolean isEmpty() {
        return key.isEmpty();
    }

    /** Small typos only: none in short names, one in names up to eight letters, two in longer ones. */
    int allowedTypos() {
        return key.length() <= 4 ? 0 : key.length() <= 8 ? 1 : 2;
    }

    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
