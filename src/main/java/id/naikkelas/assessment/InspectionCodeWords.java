package id.naikkelas.assessment;

import id.naikkelas.common.Labels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * An inspection's and a corrective action's history (the audit trail) in words: the status, the class of a
 * deviation, and each answer, recorded under its checklist item's code ("A.1: MET"), so any field may hold one.
 */
@Component
class InspectionCodeWords implements Labels.RecordedCodeWords {

    private final MessageSource messages;

    InspectionCodeWords(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String words(String entityType, String field, String code, Locale locale) {
        Enum<?> value = switch (entityType) {
            case "inspection" -> "status".equals(field) ? Labels.RecordedCodeWords.parse(InspectionStatus.class, code) : Labels.RecordedCodeWords.parse(Answer.class, code);
            case "corrective_action" -> switch (field) {
                case "class" -> Labels.RecordedCodeWords.parse(DeviationClass.class, code);
                case "status" -> Labels.RecordedCodeWords.parse(ActionStatus.class, code);
                default -> null;
            };
            default -> null;
        };
        return value == null ? null : messages.getMessage(Labels.key(value), null, code, locale);
    }
}
