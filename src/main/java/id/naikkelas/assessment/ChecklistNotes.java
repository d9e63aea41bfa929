package id.naikkelas.assessment;

import id.naikkelas.common.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source notes of checklists and level tables as administrators read them: their authors' words as published,
 * but with the deviation classes in words and the platform's research file ({@code regulations.md}) said as what it
 * is. The published definitions keep their text; only the page changes it.
 */
@Component("checklistNotes")
class ChecklistNotes {

    private static final Pattern CLASS = Pattern.compile("\\b(MINOR|MAJOR|SERIOUS|CRITICAL)\\b");
    private static final Pattern NOTES_FILE = Pattern.compile("\\bregulations\\.md\\b");
    /** Between the Indonesian and the English half of a level table's note. */
    private static final String LANGUAGES = " / ";

    private final Labels labels;
    private final MessageSource messages;

    ChecklistNotes(Labels labels, MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    /** A checklist's notes, which their authors write in English: so are the words put in. */
    public String forPeople(String notes) {
        if (notes == null) {
            return null;
        }
        String text = CLASS.matcher(notes).replaceAll(m -> Matcher.quoteReplacement(
                labels.of(DeviationClass.valueOf(m.group(1)), Locale.ENGLISH)));
        return withoutFileName(text, Locale.ENGLISH);
    }

    /** A level table's note, written "Indonesian / English": the half in the page's language. */
    public String ofLevelRule(String note) {
        if (note == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        int split = note.indexOf(LANGUAGES);
        String half = split < 0 ? note
                : "en".equals(locale.getLanguage()) ? note.substring(split + LANGUAGES.length()) : note.substring(0, split);
        return withoutFileName(half, locale);
    }

    private String withoutFileName(String text, Locale locale) {
        String words = messages.getMessage("assessment.definitions.regulationSummary", null, locale);
        return NOTES_FILE.matcher(text).replaceAll(Matcher.quoteReplacement(words));
    }
}
