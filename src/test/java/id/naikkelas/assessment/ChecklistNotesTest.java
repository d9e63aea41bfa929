package id.naikkelas.assessment;

import id.naikkelas.common.Labels;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A checklist's source notes keep their words on the page, without codes or the name of a file. */
class ChecklistNotesTest {

    private final ChecklistNotes notes = new ChecklistNotes(new Labels(bundles()), bundles());

    @Test
    void classesAreWordsAndTheResearchFileIsNamedForWhatItIs() {
        String shown = notes.forPeople("Deviation classes are the platform's own triage [unconfirmed]: CRITICAL = blocks "
                + "registration (regulations.md §6); MINOR items weigh 1.");
        assertThat(shown).isEqualTo("Deviation classes are the platform's own triage [unconfirmed]: Critical = blocks "
                + "registration (the platform’s regulation summary §6); Minor items weigh 1.");
    }

    @Test
    void everyPublishedChecklistReadsWithoutCodes() {
        for (var template : ChecklistTemplates.loadBundled()) {
            assertThat(notes.forPeople(template.sourceNotes())).as(template.code())
                    .doesNotContainPattern("\\b(MINOR|MAJOR|SERIOUS|CRITICAL)\\b").doesNotContain(".md");
        }
    }

    @Test
    void aLevelTablesNoteShowsTheHalfInThePagesLanguage() {
        String note = "Tabel level menurut regulations.md §5 (belum dicek). / Level table per regulations.md §5 (not checked).";
        try {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
            assertThat(notes.ofLevelRule(note)).isEqualTo("Tabel level menurut ringkasan regulasi platform §5 (belum dicek).");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(notes.ofLevelRule(note)).isEqualTo("Level table per the platform’s regulation summary §5 (not checked).");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/assessment");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
