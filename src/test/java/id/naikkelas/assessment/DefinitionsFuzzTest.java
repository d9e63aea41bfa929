package id.naikkelas.assessment;

import id.naikkelas.Fuzz;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A bounded fuzz pass over the YAML an administrator publishes (/admin/penilaian): checklists and level tables, the
 * rule loaders that take a person's input. Seeded mutations of the bundled definitions, YAML that aliases or nests
 * without end, wrong types where lists and numbers belong. Each ends in a definition or in the parser's refusal
 * (InvalidDefinitionException, which the service turns into the "yaml" field's InvalidInput); anything else thrown
 * is a failure, printed with the seed and the input.
 */
class DefinitionsFuzzTest {

    static final int CASES = Integer.getInteger("fuzz.definitions", 600);

    @Test
    void anyPublishedYamlEndsInADefinitionOrTheParsersRefusal() throws IOException {
        List<String> checklists = List.of(resource("assessment/checklists/cppb-irt-v1.yml"), resource("assessment/checklists/halal-readiness-v1.yml"));
        String levels = resource("assessment/level-rules.yml");
        var failures = new ArrayList<String>();
        for (int i = 0; i < CASES; i++) {
            var fuzz = Fuzz.forCase(Fuzz.SEED, "definition", i);
            boolean checklist = fuzz.chance(0.6);
            String seed = checklist ? fuzz.pick(checklists) : levels;
            String yaml = switch (fuzz.nextInt(8)) {
                case 0 -> fuzz.randomText(fuzz.nextInt(300));
                case 1 -> hostile(fuzz);
                case 2 -> retyped(fuzz, seed);
                default -> mutateLines(fuzz, seed);
            };
            try {
                if (checklist) {
                    ChecklistTemplates.parse(yaml, "fuzz.yml");
                } else {
                    LevelRule.parse(yaml, "fuzz.yml");
                }
            } catch (InvalidDefinitionException refused) {
                // "fuzz.yml > sections[2]: ..." shown to the administrator
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("case " + i + " (" + e + "): " + escape(yaml));
            }
        }
        System.out.printf("definition fuzz: seed %d, %d cases, %d failed%n", Fuzz.SEED, CASES, failures.size());
        if (!failures.isEmpty()) {
            fail("anything but the parser's refusal thrown (seed %d, replay with -Dfuzz.seed=%d):%n%s".formatted(Fuzz.SEED, Fuzz.SEED,
                    String.join("\n", failures.subList(0, Math.min(10, failures.size())))));
        }
    }

    /** A few lines of the file dropped, repeated, swapped or flipped: the shape stays YAML-like, the content breaks. */
    static String mutateLines(Fuzz fuzz, String yaml) {
        var lines = new ArrayList<>(yaml.lines().toList());
        for (int e = 0, n = 1 + fuzz.nextInt(4); e < n && !lines.isEmpty(); e++) {
            int at = fuzz.nextInt(lines.size());
            switch (fuzz.nextInt(4)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(fuzz.nextInt(lines.size())));
                case 2 -> lines.set(at, fuzz.mutate(lines.get(at)));
                default -> lines.set(at, lines.get(at).replaceFirst(":\\s*.*$", ": " + fuzz.pick(List.of("", "[]", "{}", "null", "-1", "1e999",
                        "99999999999999999999", "'\u0000'", "~", "!!binary AAAA", "*alias", "&a [*a]", "\"x\"", "[1, 2]", "true"))));
            }
        }
        return String.join("\n", lines);
    }

    /** Values of the wrong type at every key of one kind (a list where a number belongs, a map where text does). */
    static String retyped(Fuzz fuzz, String yaml) {
        String key = fuzz.pick(List.of("code", "version", "sections", "items", "weight", "deviation_class", "levels", "max", "applicable_when",
                "screening", "title_id"));
        return yaml.replaceAll("(?m)^(\\s*-?\\s*" + key + "):.*$", "$1: " + fuzz.pick(List.of("[]", "{}", "null", "-1", "2147483648", "x", "[[[]]]")));
    }

    static String hostile(Fuzz fuzz) {
        return fuzz.pick(List.of(
                "a: &a [\"x\"]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
                "[".repeat(10_000), "{a: ".repeat(2_000), "- ".repeat(5_000), "code: x\ncode: y\n", "!!java.io.File [\"/etc/passwd\"]",
                "%YAML 9.9\n---\n", "--- !<tag:yaml.org,2002:javax.script.ScriptEngineManager> []", "\u0000", "", "   ", "null", "42",
                "code: x\nversion: 1\nsections: " + "[".repeat(300) + "]".repeat(300), "? [a, b]\n: c\n", "\t- a"));
    }

    static String resource(String path) throws IOException {
        try (InputStream in = DefinitionsFuzzTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String escape(String text) {
        var out = new StringBuilder();
        text.codePoints().limit(400).forEach(c -> out.append(c < 0x20 && c != '\n' || Character.getType(c) == Character.SURROGATE
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
