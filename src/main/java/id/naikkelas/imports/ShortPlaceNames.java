package id.naikkelas.imports;

import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The short names agencies use for regencies and cities ("Inhil", "Kukar", "Jaksel", "Balam") with the
 * Kemendagri code each stands for, as data ({@code imports/region-short-names.csv}, with its source).
 * A short name may stand for two places (Mura: Murung Raya and Musi Rawas); the caller decides among them.
 */
final class ShortPlaceNames {

    record Entry(String shortName, String code, String officialName, String source) {
    }

    private static final List<Entry> ENTRIES = load();
    private static final Map<String, List<String>> CODES_BY_KEY = index(ENTRIES);

    private ShortPlaceNames() {
    }

    static List<Entry> entries() {
        return ENTRIES;
    }

    /** The codes a written regency name may stand for as a short name (empty: not a known short name). */
    static List<String> codes(RegionName name) {
        return CODES_BY_KEY.getOrDefault(name.key(), List.of());
    }

    private static Map<String, List<String>> index(List<Entry> entries) {
        var byKey = new HashMap<String, List<String>>();
        for (var e : entries) {
            byKey.computeIfAbsent(RegionName.of(e.shortName()).key(), k -> new ArrayList<>()).add(e.code());
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(byKey);
    }

    private static List<Entry> load() {
        try (var in = ShortPlaceNames.class.getResourceAsStream("/imports/region-short-names.csv")) {
            if (in == null) {
                throw new IllegalStateException("imports/region-short-names.csv is missing");
            }
            var format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
            var entries = new ArrayList<Entry>();
            for (var record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                entries.add(new Entry(record.get("short_name").strip(), record.get("code").strip(), record.get("official_name").strip(),
                        record.get("source").strip()));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
