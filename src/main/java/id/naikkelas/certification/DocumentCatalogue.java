package id.naikkelas.certification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document types steps may ask for ({@code certification/pathway-documents.yml}). Kept apart
 * from the templates so each label is written once and a misspelt code in a template is caught.
 */
final class DocumentCatalogue {

    static final String DEFAULT_RESOURCE = "/certification/pathway-documents.yml";
    static final String CODE_PATTERN = "[A-Z][A-Z0-9_]*";

    private final Map<String, DocumentType> byCode;

    private DocumentCatalogue(Map<String, DocumentType> byCode) {
        this.byCode = byCode;
    }

    static DocumentCatalogue parse(String yamlText, String source) {
        Map<?, ?> top = YamlNodes.map(YamlNodes.load(yamlText, source), source, Set.of("documents"));
        Map<String, DocumentType> byCode = new LinkedHashMap<>();
        for (Object node : YamlNodes.list(top.get("documents"), source + " > documents")) {
            String where = source + " > document";
            Map<?, ?> map = YamlNodes.map(node, where, Set.of("code", "label_id", "label_en"));
            String code = YamlNodes.code(map, "code", CODE_PATTERN, "upper-case letters, digits and _", where);
            String[] label = YamlNodes.bilingual(map, "label", where + " '" + code + "'");
            if (byCode.put(code, new DocumentType(code, label[0], label[1])) != null) {
                throw new InvalidTemplateException(source + ": document code '" + code + "' is used twice");
            }
        }
        return new DocumentCatalogue(Collections.unmodifiableMap(byCode)); // file order, for listings
    }

    DocumentType get(Object code, String where) {
        DocumentType type = byCode.get(String.valueOf(code));
        if (type == null) {
            throw new InvalidTemplateException(where + ": unknown document '" + code + "'; known documents: "
                    + byCode.keySet().stream().sorted().toList());
        }
        return type;
    }

    List<DocumentType> all() {
        return List.copyOf(byCode.values());
    }
}
