package id.naikkelas.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The IRTP level table (Perka BPOM HK.03.1.23.04.12.2207/2012, regulations.md §5) as data:
 * {@code assessment/level-rules.yml}. Rows are read top to bottom and the first whose limits the
 * counts fit in gives the level. Loading refuses a table that could leave counts without a level
 * (the last row must have no limits) or that has a row no counts can reach. Tables with equal
 * content are equal, which is how a re-published version is told from a changed one.
 */
public final class LevelRule {

    public static final String DEFAULT_RESOURCE = "/assessment/level-rules.yml";

    private static final Set<String> TOP_KEYS = Set.of("code", "version", "legal_basis", "source_note", "levels");
    private static final Set<String> LEVEL_KEYS = Set.of("level", "max", "meaning_id", "meaning_en",
            "inspection_frequency_id", "inspection_frequency_en", "inspection_interval", "permit_may_be_issued",
            "unconfirmed", "note");
    private static final Set<String> CLASS_KEYS = Set.of("minor", "major", "serious", "critical");

    private final String code;
    private final int version;
    private final String legalBasis;
    private final String sourceNote;
    private final List<Level> levels;

    private LevelRule(String code, int version, String legalBasis, String sourceNote, List<Level> levels) {
        this.code = code;
        this.version = version;
        this.legalBasis = legalBasis;
        this.sourceNote = sourceNote;
        this.levels = List.copyOf(levels);
    }

    /** The table shipped with the application. */
    public static LevelRule loadDefault() {
        return parse(defaultText(), DEFAULT_RESOURCE);
    }

    /** The shipped file as written, comments included (they explain how the table is read and how sure it is). */
    public static String defaultText() {
        try (InputStream in = LevelRule.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates a level table; {@code source} names it in errors. */
    public static LevelRule parse(String yamlText, String source) {
        Map<?, ?> top = YamlNodes.map(YamlNodes.load(yamlText, source), source, TOP_KEYS);
        String code = YamlNodes.text(top, "code", source);
        Definitions.requireCode(code, source + ": code");
        int version = YamlNodes.wholeNumber(top.get("version"), "version", source, 1);
        List<Level> levels = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Object node : YamlNodes.list(top.get("levels"), source + " > levels")) {
            Level level = level(node, levels.size() + 1, source);
            if (!codes.add(level.code())) {
                throw new InvalidDefinitionException(source + ": level '" + level.code() + "' appears twice");
            }
            for (Level earlier : levels) {
                if (level.isShadowedBy(earlier)) {
                    throw new InvalidDefinitionException(source + ": level '" + level.code() + "' can never be reached:"
                            + " level '" + earlier.code() + "' above it already takes every count it allows");
                }
            }
            levels.add(level);
        }
        Level last = levels.get(levels.size() - 1);
        if (!last.maxCounts().isEmpty()) {
            throw new InvalidDefinitionException(source + ": the last level ('" + last.code() + "') must have no 'max',"
                    + " so every inspection gets a level; found " + last.maxCounts());
        }
        return new LevelRule(code, version, YamlNodes.text(top, "legal_basis", source),
                YamlNodes.text(top, "source_note", source), levels);
    }

    private static Level level(Object node, int rank, String source) {
        Map<?, ?> map = YamlNodes.map(node, source + " > level", LEVEL_KEYS);
        String code = YamlNodes.text(map, "level", source + " > level");
        String where = source + " > level '" + code + "'";
        Map<DeviationClass, Integer> max = new EnumMap<>(DeviationClass.class);
        if (map.containsKey("max")) {
            for (Map.Entry<?, ?> limit : YamlNodes.map(map.get("max"), where + " > max", CLASS_KEYS).entrySet()) {
                String key = String.valueOf(limit.getKey());
                max.put(DeviationClass.valueOf(key.toUpperCase(Locale.ROOT)),
                        YamlNodes.wholeNumber(limit.getValue(), key, where + " > max", 0));
            }
        }
        Period interval = interval(YamlNodes.text(map, "inspection_interval", where), where);
        if (!map.containsKey("permit_may_be_issued")) {
            throw new InvalidDefinitionException(where + ": 'permit_may_be_issued' must be true or false");
        }
        String meaningId = YamlNodes.text(map, "meaning_id", where);
        String meaningEn = YamlNodes.text(map, "meaning_en", where);
        String frequencyId = YamlNodes.text(map, "inspection_frequency_id", where);
        String frequencyEn = YamlNodes.text(map, "inspection_frequency_en", where);
        boolean permit = YamlNodes.flag(map, "permit_may_be_issued", where);
        boolean unconfirmed = YamlNodes.flag(map, "unconfirmed", where);
        String note = YamlNodes.optionalText(map, "note", where);
        try {
            return new Level(code, rank, max, meaningId, meaningEn, frequencyId, frequencyEn, interval, permit,
                    unconfirmed, note);
        } catch (InvalidDefinitionException e) {
            throw new InvalidDefinitionException(source + " > " + e.getMessage());
        }
    }

    private static Period interval(String text, String where) {
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidDefinitionException(where + ": 'inspection_interval' must be an ISO-8601 period such as"
                    + " P2M, P14D or P1D, found '" + text + "'");
        }
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** Where the table comes from and how sure it is; shown next to the level. */
    public String sourceNote() {
        return sourceNote;
    }

    /** The rows, best level first. */
    public List<Level> levels() {
        return levels;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LevelRule rule && code.equals(rule.code) && version == rule.version
                && legalBasis.equals(rule.legalBasis) && sourceNote.equals(rule.sourceNote) && levels.equals(rule.levels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, version, legalBasis, sourceNote, levels);
    }

    public Level classify(DeviationCounts counts) {
        return levels.stream().filter(level -> level.admits(counts)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the last level admits every count; checked on load"));
    }
}
