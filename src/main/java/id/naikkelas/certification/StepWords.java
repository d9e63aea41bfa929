package id.naikkelas.certification;

import id.naikkelas.common.Labels;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** A case's history names its steps by their titles, as the case page does, not by their codes. */
@Component
class StepWords implements Labels.RecordedCodeWords {

    private final PathwayTemplates templates;

    StepWords(PathwayTemplates templates) {
        this.templates = templates;
    }

    @Override
    public String words(String entityType, String field, String code, Locale locale) {
        if (!"case".equals(entityType) || !"step".equals(field)) {
            return null;
        }
        return title(code, locale);
    }

    /** The title of a step code in the reader's language; the code when no pathway has it. */
    String title(String code, Locale locale) {
        return templates.all().stream().flatMap(t -> t.steps().stream())
                .filter(step -> step.code().equals(code)).findFirst()
                .map(step -> CertificationMessages.isEnglish(locale) ? step.titleEn() : step.titleId())
                .orElse(code);
    }
}
