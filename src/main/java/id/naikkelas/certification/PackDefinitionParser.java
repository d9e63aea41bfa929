package id.naikkelas.certification;

import id.naikkelas.certification.PackDefinition.DocumentDefinition;
import id.naikkelas.certification.PackDefinition.FieldDefinition;
import id.naikkelas.certification.PackDefinition.SectionDefinition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code certification/application-packs.yml} and refuses what it cannot fill: an unknown
 * source path, a step reference no pathway in that system has, an unknown document code. Errors
 * name the file, pack, section and field, so whoever edits the file sees what to fix.
 */
final class PackDefinitionParser {

    private static final Set<String> PACK_KEYS = Set.of("title_id", "title_en", "legal_basis", "unconfirmed", "sections", "documents");
    private static final Set<String> SECTION_KEYS = Set.of("code", "title_id", "title_en", "unconfirmed", "fields");
    private static final Set<String> FIELD_KEYS = Set.of("label_id", "label_en", "source", "optional", "unconfirmed", "routes");
    private static final Set<String> DOCUMENT_KEYS = Set.of("code", "optional", "routes");

    private final PathwayTemplates templates;

    private PackDefinitionParser(PathwayTemplates templates) {
        this.templates = templates;
    }

    /**
     * @param templates the pathways, to check step references and document codes against
     * @throws InvalidTemplateException naming the place and the problem
     */
    static Map<ExternalSystem, PackDefinition> parse(String yamlText, String source, PathwayTemplates templates) {
        Map<?, ?> top = YamlNodes.map(YamlNodes.load(yamlText, source), source, Set.of("packs"));
        if (!(top.get("packs") instanceof Map<?, ?> packs) || packs.isEmpty()) {
            throw new InvalidTemplateException(source + ": 'packs' must map system names to packs");
        }
        var parser = new PackDefinitionParser(templates);
        Map<ExternalSystem, PackDefinition> bySystem = new EnumMap<>(ExternalSystem.class);
        packs.forEach((key, node) -> {
            String where = source + " > " + key;
            ExternalSystem system = YamlNodes.constant(ExternalSystem.class, key, "system", source);
            if (system == ExternalSystem.NONE) {
                throw new InvalidTemplateException(where + ": NONE is no system to fill a form in");
            }
            bySystem.put(system, parser.pack(system, node, where));
        });
        return bySystem;
    }

    private PackDefinition pack(ExternalSystem system, Object node, String where) {
        Map<?, ?> map = YamlNodes.map(node, where, PACK_KEYS);
        String[] title = YamlNodes.bilingual(map, "title", where);
        Set<String> steps = stepsDoneIn(system);
        List<SectionDefinition> sections = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Object sectionNode : YamlNodes.list(map.get("sections"), where + " > sections")) {
            SectionDefinition section = section(sectionNode, steps, system, where);
            if (!codes.add(section.code())) {
                throw new InvalidTemplateException(where + ": section code '" + section.code() + "' is used twice");
            }
            sections.add(section);
        }
        List<DocumentDefinition> documents = new ArrayList<>();
        for (Object documentNode : YamlNodes.list(map.get("documents"), where + " > documents")) {
            documents.add(document(documentNode, where + " > documents"));
        }
        return new PackDefinition(system, title[0], title[1], YamlNodes.text(map, "legal_basis", where),
                YamlNodes.flag(map, "unconfirmed", where), sections, documents);
    }

    private SectionDefinition section(Object node, Set<String> steps, ExternalSystem system, String packWhere) {
        Map<?, ?> map = YamlNodes.map(node, packWhere + " > section", SECTION_KEYS);
        String code = YamlNodes.code(map, "code", DocumentCatalogue.CODE_PATTERN, "upper-case letters, digits and _", packWhere + " > section");
        String where = packWhere + " > section '" + code + "'";
        String[] title = YamlNodes.bilingual(map, "title", where);
        List<FieldDefinition> fields = new ArrayList<>();
        for (Object fieldNode : YamlNodes.list(map.get("fields"), where + " > fields")) {
            fields.add(field(fieldNode, steps, system, where));
        }
        return new SectionDefinition(code, title[0], title[1], YamlNodes.flag(map, "unconfirmed", where), fields);
    }

    private FieldDefinition field(Object node, Set<String> steps, ExternalSystem system, String sectionWhere) {
        Map<?, ?> map = YamlNodes.map(node, sectionWhere + " > field", FIELD_KEYS);
        String[] label = YamlNodes.bilingual(map, "label", sectionWhere + " > field");
        String where = sectionWhere + " > field '" + label[0] + "'";
        String source = YamlNodes.text(map, "source", where);
        String step = PackSources.referencedStep(source);
        if (step != null) {
            if (!steps.contains(step)) {
                throw new InvalidTemplateException(where + ": source '" + source + "' names no step of a pathway done in "
                        + system + "; steps there: " + new TreeSet<>(steps));
            }
        } else if (!PackSources.isFixed(source)) {
            throw new InvalidTemplateException(where + ": unknown source '" + source + "'; known sources: "
                    + PackSources.names() + " and " + PackSources.REFERENCE_PREFIX + "<STEP>");
        }
        return new FieldDefinition(label[0], label[1], source, YamlNodes.flag(map, "optional", where),
                YamlNodes.flag(map, "unconfirmed", where), routes(map, where));
    }

    private DocumentDefinition document(Object node, String where) {
        Map<?, ?> map = YamlNodes.map(node, where, DOCUMENT_KEYS);
        String code = YamlNodes.text(map, "code", where);
        DocumentType type = templates.documentType(code).orElseThrow(() -> new InvalidTemplateException(where
                + ": unknown document '" + code + "'; known documents: "
                + templates.documentTypes().stream().map(DocumentType::code).sorted().toList()));
        return new DocumentDefinition(type, YamlNodes.flag(map, "optional", where), routes(map, where + " '" + code + "'"));
    }

    private static Set<Route> routes(Map<?, ?> map, String where) {
        Set<Route> routes = EnumSet.noneOf(Route.class);
        for (Object route : YamlNodes.optionalList(map, "routes", where)) {
            routes.add(YamlNodes.constant(Route.class, route, "route", where));
        }
        return routes;
    }

    /** Steps of every pathway that has a step in the system: the ones whose recorded numbers a pack may show. */
    private Set<String> stepsDoneIn(ExternalSystem system) {
        Set<String> steps = new HashSet<>();
        templates.all().stream()
                .filter(template -> template.steps().stream().anyMatch(step -> step.externalSystem() == system))
                .forEach(template -> template.steps().forEach(step -> steps.add(step.code())));
        return steps;
    }
}
