package id.naikkelas.feedback;

import id.naikkelas.common.Labels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** A complaint's history (the audit trail) shows its category and status in words, as its pages do. */
@Component
class ComplaintCodeWords implements Labels.RecordedCodeWords {

    private final MessageSource messages;

    ComplaintCodeWords(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String words(String entityType, String field, String code, Locale locale) {
        if (!"complaint".equals(entityType)) {
            return null;
        }
        Enum<?> value = switch (field) {
            case "category" -> Labels.RecordedCodeWords.parse(ComplaintCategory.class, code);
            case "status" -> Labels.RecordedCodeWords.parse(ComplaintStatus.class, code);
            default -> null;
        };
        return value == null ? null : messages.getMessage(Labels.key(value), null, code, locale);
    }
}
