package id.naikkelas.certification;

import java.time.LocalDate;
import java.util.List;

/**
 * One case's application pack for one outside system: every field that system's forms ask for,
 * already filled from the registry as display text in the pack's language, what is still
 * missing, and which of the documents to upload there are on the case.
 *
 * @param permit      the permit, with the halal route when there is one, e.g. "Halal self-declare"
 * @param unconfirmed the form as a whole is not confirmed against the regulation: check it in the system
 * @param missing     required fields the registry has no value for: to fill in on the platform first
 */
record Pack(long caseId, ExternalSystem system, String systemName, String title, String permit, String productName,
            String businessName, String language, LocalDate generatedOn, boolean unconfirmed, String legalBasis,
            List<Section> sections, List<Missing> missing, List<Document> documents) {

    Pack {
        sections = List.copyOf(sections);
        missing = List.copyOf(missing);
        documents = List.copyOf(documents);
    }

    record Section(String code, String title, boolean unconfirmed, List<Field> fields) {

        Section {
            fields = List.copyOf(fields);
        }
    }

    /**
     * @param value  the text to copy into the form, or the "not filled in" marker when {@code filled} is false
     * @param source where the value comes from (see application-packs.yml)
     */
    record Field(String label, String value, boolean filled, boolean optional, boolean unconfirmed, String source) {
    }

    record Missing(String section, String label, String source) {
    }

    record Document(String code, String label, boolean optional, boolean uploaded, List<String> fileNames) {

        Document {
            fileNames = List.copyOf(fileNames);
        }
    }
}
