package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pathway templates: one YAML file per permit (per route for halal) under
 * {@code certification/pathways/}, validated on load so every template that loads can be shown
 * and checked. Document codes come from {@code certification/pathway-documents.yml}.
 *
 * <p>File format (all text a user reads in both languages, {@code _id} and {@code _en}):
 * <pre>
 * code: pirt                      # lower-case, unique across files
 * version: "2025.1"               # quoted; raise it when the steps change
 * permit: PIRT                    # a PermitType name
 * route: SELF_DECLARE             # HALAL only: SELF_DECLARE or REGULAR
 * subject: PRODUCT                # or PERSON (BNSP)
 * title_id / title_en / legal_basis
 * steps:                          # in the order the owner goes through them
 *   - code: OSS_APPLICATION       # upper-case, unique in the file
 *     title_id / title_en / description_id / description_en
 *     actor: OWNER                # OWNER, FACILITATOR, OFFICER or EXTERNAL
 *     body: BPJPH                 # EXTERNAL steps only: an ExternalBody
 *     external_system: OSS        # an ExternalSystem; NONE when left out
 *     required_documents: [NIB]   # codes from pathway-documents.yml
 *     guards:                     # all must hold before the step is marked done
 *       - {guard: NIB_PRESENT}
 *       - {guard: DOCUMENT_PRESENT, document: PKP_CERTIFICATE}
 *       - {guard: INSPECTION_LEVEL_AT_MOST, level: II, unconfirmed: true}
 *       - {guard: BUSINESS_SCALE_IN, scales: [MIKRO, KECIL]}
 *       - {guard: INSPECTION_RECORDED} / {guard: EXTERNAL_REFERENCE_RECORDED} / {guard: FACILITATOR_ASSIGNED}
 *     sla_working_days: 10        # or sla_calendar_days; counted from the day the step starts
 *     unconfirmed: true           # the figure is not confirmed against the regulation
 *     optional: true              # only when an earlier step asks for it
 *     actor_daily_cap: 10         # per acting person per day
 *     legal_basis: "..."          # optional, when more specific than the template's
 *     filing: true                # at most one step: doing it files the application with the authority;
 *                                 # before it a case may still switch route (halal) when the facts change
 *     records_nib: true           # the reference typed here is the business's NIB (needs the NIB_PRESENT guard)
 * windows:                        # optional limits spanning steps
 *   - {code: COMMITMENT, title_id, title_en, from_step, until_step, calendar_days: 90 (or working_days), legal_basis}
 * </pre>
 */
public final class PathwayTemplates {

    static final String DIRECTORY = "/certification/pathways/";
    /** Listed rather than discovered, because a classpath directory cannot be listed inside a jar. */
    static final List<String> SHIPPED_FILES = List.of("pirt.yml", "bpom-md.yml", "halal-self-declare.yml",
            "halal-regular.yml", "bnsp.yml", "sni.yml", "trademark.yml");

    private final List<PathwayTemplate> templates;
    private final DocumentCatalogue documents;

    private PathwayTemplates(List<PathwayTemplate> templates, DocumentCatalogue documents) {
        this.templates = templates;
        this.documents = documents;
    }

    /** The templates shipped with the application. */
    public static PathwayTemplates loadDefault() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : SHIPPED_FILES) {
            files.put(file, YamlNodes.classpathResource(DIRECTORY + file));
        }
        return parse(YamlNodes.classpathResource(DocumentCatalogue.DEFAULT_RESOURCE), files);
    }

    /**
     * Parses and validates a document catalogue and templates, e.g. ones an administrator uploads.
     *
     * @param templateYamlBySource template text keyed by a name used in error messages (the file name)
     * @throws InvalidTemplateException naming the file, step and problem
     */
    public static PathwayTemplates parse(String documentsYaml, Map<String, String> templateYamlBySource) {
        DocumentCatalogue catalogue = DocumentCatalogue.parse(documentsYaml, "pathway-documents.yml");
        TemplateParser parser = new TemplateParser(catalogue);
        List<PathwayTemplate> templates = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> permits = new HashSet<>();
        templateYamlBySource.forEach((source, yaml) -> {
            PathwayTemplate template = parser.parse(yaml, source);
            if (!codes.add(template.code())) {
                throw new InvalidTemplateException(source + ": template code '" + template.code() + "' is used twice");
            }
            if (!permits.add(template.permit() + "/" + template.route())) {
                throw new InvalidTemplateException(source + ": another template is already for " + template.permit()
                        + (template.route() == null ? "" : " " + template.route()));
            }
            templates.add(template);
        });
        return new PathwayTemplates(List.copyOf(templates), catalogue);
    }

    public List<PathwayTemplate> all() {
        return templates;
    }

    /** Every document type a case may hold, in catalogue order. */
    public List<DocumentType> documentTypes() {
        return documents.all();
    }

    public Optional<DocumentType> documentType(String code) {
        return documents.all().stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** The template a case was opened with (cases keep the code; the current version of it is used). */
    public Optional<PathwayTemplate> byCode(String code) {
        return templates.stream().filter(template -> template.code().equals(code)).findFirst();
    }

    /**
     * The template for a permit; {@code route} is required for {@link PermitType#HALAL} and must be
     * null otherwise. Empty when no template exists for the permit (e.g. SLHS).
     */
    public Optional<PathwayTemplate> forPermit(PermitType permit, Route route) {
        if ((permit == PermitType.HALAL) != (route != null)) {
            throw new IllegalArgumentException(permit == PermitType.HALAL
                    ? "a halal pathway needs a route" : "only halal pathways have a route, not " + permit);
        }
        return templates.stream()
                .filter(template -> template.permit() == permit && template.route() == route)
                .findFirst();
    }
}
