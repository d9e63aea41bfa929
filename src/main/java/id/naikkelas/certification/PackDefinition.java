package id.naikkelas.certification;

import java.util.List;
import java.util.Set;

/**
 * What one outside system's forms ask for, from {@code certification/application-packs.yml}:
 * ordered sections of fields, each naming the registry value that fills it, and the documents
 * to upload there. {@link ApplicationPacks} turns it into a {@link Pack} for one case.
 *
 * @param unconfirmed the form as a whole is not confirmed field by field against the regulation
 */
record PackDefinition(ExternalSystem system, String titleId, String titleEn, String legalBasis, boolean unconfirmed,
                      List<SectionDefinition> sections, List<DocumentDefinition> documents) {

    PackDefinition {
        sections = List.copyOf(sections);
        documents = List.copyOf(documents);
    }

    record SectionDefinition(String code, String titleId, String titleEn, boolean unconfirmed, List<FieldDefinition> fields) {

        SectionDefinition {
            fields = List.copyOf(fields);
        }
    }

    /**
     * @param source   a path known to {@link PackSources}, e.g. {@code business.nib}
     * @param optional may legitimately stay empty, so it is not listed as missing
     * @param routes   halal only: the routes the field belongs to; empty means every case
     */
    record FieldDefinition(String labelId, String labelEn, String source, boolean optional, boolean unconfirmed,
                           Set<Route> routes) {

        FieldDefinition {
            routes = Set.copyOf(routes);
        }

        boolean appliesTo(Route route) {
            return routes.isEmpty() || routes.contains(route);
        }
    }

    record DocumentDefinition(DocumentType type, boolean optional, Set<Route> routes) {

        DocumentDefinition {
            routes = Set.copyOf(routes);
        }

        boolean appliesTo(Route route) {
            return routes.isEmpty() || routes.contains(route);
        }
    }
}
