package id.naikkelas.certification;

import id.naikkelas.common.Labels;
import id.naikkelas.common.Today;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.ProductDetail;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Application packs: for a step done in an outside system (OSS, SIHALAL, BPOM e-registration),
 * the data that system's forms ask for, filled from the registry, so nobody types it twice. The
 * definitions come from {@code certification/application-packs.yml}, validated on start-up.
 * Named for the case page, which asks {@code @applicationPacks.systemsFor(c)} which packs to offer.
 */
@Component("applicationPacks")
class ApplicationPacks {

    static final String RESOURCE = "/certification/application-packs.yml";

    private final Map<ExternalSystem, PackDefinition> definitions;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Today today;

    ApplicationPacks(PathwayTemplates templates, MessageSource messages, JdbcClient jdbc, Today today) {
        this.today = today;
        this.definitions = PackDefinitionParser.parse(YamlNodes.classpathResource(RESOURCE), "application-packs.yml", templates);
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** The systems the case's steps are done in that have a pack, in step order; none for a person's case. */
    public List<ExternalSystem> systemsFor(CaseView c) {
        if (c.productId() == null) {
            return List.of();
        }
        return c.template().steps().stream().map(PathwayStep::externalSystem)
                .filter(Objects::nonNull).filter(definitions::containsKey).distinct().toList();
    }

    Optional<PackDefinition> definition(ExternalSystem system) {
        return Optional.ofNullable(definitions.get(system));
    }

    /**
     * Fills the system's pack for the case. The business must be the one {@code Businesses#get}
     * returned for the viewer, so the owner's NIK is exactly as masked as the viewer must see it.
     */
    Pack build(ExternalSystem system, CaseView c, BusinessDetail business, ProductDetail product, Locale locale) {
        var definition = definitions.get(system);
        if (definition == null || !systemsFor(c).contains(system)) {
            throw new IllegalArgumentException("no " + system + " pack for case " + c.id());
        }
        var labels = labels(locale);
        boolean english = labels.english();
        var input = new PackSources.Input(c, business, product);
        List<Pack.Section> sections = new ArrayList<>();
        List<Pack.Missing> missing = new ArrayList<>();
        for (var section : definition.sections()) {
            String sectionTitle = english ? section.titleEn() : section.titleId();
            List<Pack.Field> fields = new ArrayList<>();
            for (var field : section.fields()) {
                if (!field.appliesTo(c.route())) {
                    continue;
                }
                String label = english ? field.labelEn() : field.labelId();
                String value = PackSources.resolve(field.source(), input, labels);
                if (value == null && !field.optional()) {
                    missing.add(new Pack.Missing(sectionTitle, label, field.source()));
                }
                fields.add(new Pack.Field(label, value != null ? value
                        : labels.message(field.optional() ? "pack.empty" : "pack.notFilled"),
                        value != null, field.optional(), field.unconfirmed(), field.source()));
            }
            if (!fields.isEmpty()) {
                sections.add(new Pack.Section(section.code(), sectionTitle, section.unconfirmed(), fields));
            }
        }
        return new Pack(c.id(), system, labels.message(Labels.key(system)),
                english ? definition.titleEn() : definition.titleId(), permit(c, labels), product.name(), business.name(),
                locale.getLanguage(), this.today.date(), definition.unconfirmed(), definition.legalBasis(), sections, missing,
                documents(definition, c, english));
    }

    private static List<Pack.Document> documents(PackDefinition definition, CaseView c, boolean english) {
        return definition.documents().stream().filter(d -> d.appliesTo(c.route())).map(d -> {
            var files = c.documents().stream().filter(f -> f.type().code().equals(d.type().code()))
                    .map(CaseView.DocumentView::fileName).toList();
            return new Pack.Document(d.type().code(), english ? d.type().labelEn() : d.type().labelId(), d.optional(),
                    !files.isEmpty(), files);
        }).toList();
    }

    private static String permit(CaseView c, PackLabels labels) {
        String permit = labels.code(c.permit());
        return c.route() == null ? permit : permit + " " + labels.code(c.route());
    }

    private PackLabels labels(Locale locale) {
        return new PackLabels(messages, locale,
                code -> referenceName("food_category", code, locale),
                code -> referenceName("irt_food_type", code, locale));
    }

    /** The name of a BPOM food category or P-IRT food type; the table is one of those two, never user input. */
    private String referenceName(String table, String code, Locale locale) {
        String column = CertificationMessages.isEnglish(locale) ? "name_en" : "name_id";
        return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE code = ?").param(code).query(String.class)
                .optional().orElse(null);
    }
}
