package id.naikkelas.assessment;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads checklist templates from YAML (the files under {@code assessment/checklists/}, or one an
 * administrator imports) and writes them back, so a template can be exported, edited and imported
 * again. The file format is described at the top of {@code assessment/checklists/cppb-irt-v1.yml}.
 * Reading validates everything: a template that loads can be scored.
 */
final class ChecklistTemplates {

    /** Bundled templates; a new version is a new file named {@code <code>-v<version>.yml}. */
    public static final String BUNDLED_PATTERN = "classpath*:assessment/checklists/*.yml";

    private static final Set<String> TOP_KEYS = Set.of("code", "version", "title_id", "title_en", "legal_basis",
            "source_notes", "level_rule", "sections");
    private static final Set<String> SECTION_KEYS = Set.of("code", "title_id", "title_en", "items");
    private static final Set<String> ITEM_KEYS = Set.of("code", "text_id", "text_en", "class", "weight", "screening",
            "applicable_when");
    private static final Set<String> CONDITION_KEYS = Set.of("item", "is");

    private ChecklistTemplates() {
    }

    /** Every bundled template, ordered by code and version. */
    public static List<ChecklistTemplate> loadBundled() {
        List<ChecklistTemplate> templates = new ArrayList<>();
        bundledFiles().forEach((fileName, text) -> templates.add(parseBundled(text, fileName)));
        templates.sort(Comparator.comparing(ChecklistTemplate::code).thenComparingInt(ChecklistTemplate::version));
        return List.copyOf(templates);
    }

    /**
     * The bundled files as written, comments included, by file name: what is published to the
     * database, so an export gives back the documented file.
     */
    public static Map<String, String> bundledFiles() {
        Map<String, String> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLED_PATTERN)) {
                try (InputStream in = resource.getInputStream()) {
                    files.put(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Parses a bundled file, which must also be named after what it holds. */
    public static ChecklistTemplate parseBundled(String yamlText, String fileName) {
        ChecklistTemplate template = parse(yamlText, fileName);
        // The name is how people find a version; a copied file that still says v1 inside would shadow v1.
        String expected = template.code() + "-v" + template.version() + ".yml";
        if (!expected.equals(fileName)) {
            throw new InvalidDefinitionException(fileName + ": holds '" + template.code() + "' version "
                    + template.version() + ", so the file must be named " + expected);
        }
        return template;
    }

    /** Parses and validates a template; {@code source} (a file name) starts every error message. */
    public static ChecklistTemplate parse(String yamlText, String source) {
        Map<?, ?> top = YamlNodes.map(YamlNodes.load(yamlText, source), source, TOP_KEYS);
        String code = YamlNodes.text(top, "code", source);
        int version = YamlNodes.wholeNumber(top.get("version"), "version", source, 1);
        List<ChecklistSection> sections = new ArrayList<>();
        for (Object node : YamlNodes.list(top.get("sections"), source + " > sections")) {
            sections.add(section(node, source));
        }
        String titleId = YamlNodes.text(top, "title_id", source);
        String titleEn = YamlNodes.text(top, "title_en", source);
        String legalBasis = YamlNodes.text(top, "legal_basis", source);
        String sourceNotes = YamlNodes.text(top, "source_notes", source);
        String levelRule = YamlNodes.optionalText(top, "level_rule", source);
        return at(source + ": ", () -> new ChecklistTemplate(code, version, titleId, titleEn, legalBasis, sourceNotes,
                levelRule, sections));
    }

    private static ChecklistSection section(Object node, String source) {
        Map<?, ?> map = YamlNodes.map(node, source + " > section", SECTION_KEYS);
        String code = YamlNodes.text(map, "code", source + " > section");
        String where = source + " > section '" + code + "'";
        List<ChecklistItem> items = new ArrayList<>();
        for (Object item : YamlNodes.list(map.get("items"), where + " > items")) {
            items.add(item(item, where));
        }
        String titleId = YamlNodes.text(map, "title_id", where);
        String titleEn = YamlNodes.text(map, "title_en", where);
        return at(source + " > ", () -> new ChecklistSection(code, titleId, titleEn, items));
    }

    private static ChecklistItem item(Object node, String sectionWhere) {
        Map<?, ?> map = YamlNodes.map(node, sectionWhere + " > item", ITEM_KEYS);
        String code = YamlNodes.text(map, "code", sectionWhere + " > item");
        String where = sectionWhere + " > item '" + code + "'";
        boolean screening = YamlNodes.flag(map, "screening", where);
        DeviationClass deviationClass = map.containsKey("class")
                ? YamlNodes.constant(DeviationClass.class, map.get("class"), "class", where) : null;
        int weight = map.containsKey("weight") ? YamlNodes.wholeNumber(map.get("weight"), "weight", where, 1)
                : screening ? 0 : 1;
        ItemCondition condition = map.containsKey("applicable_when") ? condition(map.get("applicable_when"), where) : null;
        String textId = YamlNodes.text(map, "text_id", where);
        String textEn = YamlNodes.text(map, "text_en", where);
        return at(sectionWhere + " > ", () -> new ChecklistItem(code, textId, textEn, deviationClass, weight, screening,
                condition));
    }

    private static ItemCondition condition(Object node, String itemWhere) {
        String where = itemWhere + " > applicable_when";
        Map<?, ?> map = YamlNodes.map(node, where, CONDITION_KEYS);
        return new ItemCondition(YamlNodes.text(map, "item", where),
                YamlNodes.constant(Answer.class, map.get("is"), "is", where));
    }

    /** Runs a record constructor, putting the file position in front of its complaint. */
    private static <T> T at(String prefix, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidDefinitionException e) {
            throw new InvalidDefinitionException(prefix + e.getMessage());
        }
    }

    /**
     * The template as YAML that {@link #parse} reads back to an equal template. Defaults (weight 1,
     * no condition) are left out, as a person would write them; comments of an imported file are not kept.
     */
    public static String toYaml(ChecklistTemplate template) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("code", template.code());
        top.put("version", template.version());
        top.put("title_id", template.titleId());
        top.put("title_en", template.titleEn());
        top.put("legal_basis", template.legalBasis());
        template.levelRuleCode().ifPresent(rule -> top.put("level_rule", rule));
        top.put("source_notes", template.sourceNotes());
        top.put("sections", template.sections().stream().map(ChecklistTemplates::sectionTree).toList());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false); // one line per text keeps exported files diffable
        options.setAllowUnicode(true);
        return new Yaml(new LiteralBlocks(options), options).dump(top);
    }

    private static Map<String, Object> sectionTree(ChecklistSection section) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("code", section.code());
        tree.put("title_id", section.titleId());
        tree.put("title_en", section.titleEn());
        tree.put("items", section.items().stream().map(ChecklistTemplates::itemTree).toList());
        return tree;
    }

    private static Map<String, Object> itemTree(ChecklistItem item) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("code", item.code());
        tree.put("text_id", item.textId());
        tree.put("text_en", item.textEn());
        if (item.screening()) {
            tree.put("screening", true);
        } else {
            tree.put("class", item.deviationClass().name());
            if (item.weight() != 1) {
                tree.put("weight", item.weight());
            }
        }
        if (item.applicableWhen() != null) {
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("item", item.applicableWhen().item());
            condition.put("is", item.applicableWhen().is().name());
            tree.put("applicable_when", condition);
        }
        return tree;
    }

    /** Multi-line text (source notes) as a readable {@code |} block instead of one escaped line. */
    private static final class LiteralBlocks extends Representer {

        LiteralBlocks(DumperOptions options) {
            super(options);
            representers.put(String.class, data -> representScalar(Tag.STR, (String) data,
                    ((String) data).contains("\n") ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN));
        }
    }
}
