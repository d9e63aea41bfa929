package id.naikkelas.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF without the application: what a report says for a checklist with and without a level. */
class InspectionReportsTest {

    private static final ChecklistCatalog CATALOG = ChecklistCatalog.bundled();
    private static final InspectionReports REPORTS = new InspectionReports(messages());

    @Test
    void aCorrectionWithACriticalFindingSaysLevelFourAndWhy() throws IOException {
        var template = CATALOG.find("cppb-irt", 1).orElseThrow();
        var view = view(template, Map.of("C.5", Answer.NOT_MET), Map.of("C.5", "talenan berjamur"), 41L);

        String text = InspectionsTest.text(REPORTS.render(view, Inspections.INDONESIAN));
        assertThat(text).contains("Level IV", "Setiap hari", "SPP-IRT belum dapat diberikan", "Kritis (1)", "C.5",
                "talenan berjamur", "Koreksi atas laporan nomor 41. Alasan: salah kelas", "Dasar: Perka BPOM");
        assertThat(text).as("the level table is flagged unconfirmed in the data").contains("Tabel level belum terkonfirmasi");
        assertThat(text).contains("Tidak ada tindakan perbaikan.");
    }

    @Test
    void aReadinessChecklistHasNoLevelAndListsItsFindingsInEnglish() throws IOException {
        var template = CATALOG.find("halal-readiness", 1).orElseThrow();
        var view = view(template, Map.of("A.1", Answer.NOT_MET), Map.of(), null);

        String text = InspectionsTest.text(REPORTS.render(view, Locale.ENGLISH));
        assertThat(text).contains("Facility Inspection Report", "This checklist gives no level", "Critical (1)",
                "The business has a NIB with micro or small scale.");
        assertThat(text).doesNotContain("Level I").doesNotContain("unconfirmed");
    }

    /** Everything answered: the given answers, MET elsewhere, no to screening questions. */
    private static InspectionView view(ChecklistTemplate template, Map<String, Answer> given, Map<String, String> notes, Long supersedes) {
        var answers = new HashMap<String, Answer>();
        var stored = new HashMap<String, InspectionView.ItemAnswer>();
        for (ChecklistItem item : template.items()) {
            Answer answer = given.getOrDefault(item.code(), item.screening() ? Answer.NOT_MET : Answer.MET);
            answers.put(item.code(), answer);
            stored.put(item.code(), new InspectionView.ItemAnswer(answer, notes.get(item.code())));
        }
        var rule = template.levelRule() == null ? null : LevelRule.loadDefault();
        var summary = InspectionSummary.of(template, new InspectionScoring(rule).evaluate(template, answers));
        return new InspectionView(42, InspectionStatus.FINISHED, 7, "Dapur Uji Laporan", "Jl. Uji 1", "Kota Palangkaraya",
                "Ibu Uji", null, template, template.levelRule(), rule == null ? null : 1, "pendamping.uji", "Pendamping Uji",
                LocalDate.of(2026, 3, 2), OffsetDateTime.now(), stored, Map.of(), summary, supersedes,
                supersedes == null ? null : "salah kelas", null, List.of(), 1, new InspectionView.Permissions(false, false), "62.71");
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/assessment", "i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
