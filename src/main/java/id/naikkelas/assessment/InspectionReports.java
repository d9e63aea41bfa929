package id.naikkelas.assessment;

import id.naikkelas.common.Labels;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The printable inspection report (PDF, A4): who and what was inspected, when and by whom, the
 * counts per class, the level with what it means and how sure the table is, the items not met by
 * class with the inspector's notes, and the corrective actions with their due dates. In Bahasa
 * Indonesia, or English when asked; the checklist's own wording follows the language.
 */
@Component
class InspectionReports {

    /** Most serious first: the reader should see critical findings before minor ones. */
    static final List<DeviationClass> SEVERITY = List.of(DeviationClass.CRITICAL, DeviationClass.SERIOUS,
            DeviationClass.MAJOR, DeviationClass.MINOR);

    private static final Color BRAND = new Color(11, 110, 79);
    private static final Color LINE = new Color(217, 222, 229);
    private static final Color SHADE = new Color(238, 242, 245);
    private static final Color WARN = new Color(122, 88, 0);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, BRAND);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, BRAND);
    private static final Font BODY = new Font(Font.HELVETICA, 9.5f, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final Font NOTE = new Font(Font.HELVETICA, 8.5f, Font.ITALIC, WARN);
    private static final Font LEVEL = new Font(Font.HELVETICA, 20, Font.BOLD, BRAND);

    private final MessageSource messages;

    InspectionReports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(InspectionView inspection, Locale locale) {
        var text = new Texts(messages, locale);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 42, 42, 42, 54);
        var writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(text.get("assessment.report.footer", String.valueOf(inspection.id()))));
        document.addTitle(text.get("assessment.report.title") + " " + inspection.id());
        document.addCreator(text.get("app.name"));
        document.open();
        header(document, inspection, text);
        result(document, inspection, text);
        deviations(document, inspection, text);
        actions(document, inspection, text);
        var basis = new Paragraph(text.get("assessment.report.legalBasis", inspection.template().legalBasis()), SMALL);
        basis.setSpacingBefore(14);
        document.add(basis);
        document.close();
        return out.toByteArray();
    }

    private static void header(Document document, InspectionView inspection, Texts text) {
        document.add(new Paragraph(text.get("assessment.report.title"), TITLE));
        var subtitle = new Paragraph(text.title(inspection.template()) + " · "
                + text.get("assessment.checklist.version", String.valueOf(inspection.template().version())), BOLD);
        subtitle.setSpacingAfter(8);
        document.add(subtitle);
        if (inspection.supersedes() != null) {
            document.add(new Paragraph(text.get("assessment.report.correctionOf", String.valueOf(inspection.supersedes()),
                    inspection.correctionReason()), NOTE));
        }
        var facts = table(new float[] {1.1f, 3f});
        fact(facts, text.get("assessment.report.number"), String.valueOf(inspection.id()));
        fact(facts, text.get("assessment.report.business"), inspection.businessName());
        fact(facts, text.get("assessment.report.owner"), inspection.ownerName());
        fact(facts, text.get("assessment.report.address"), join(inspection.address(), inspection.regionLabel()));
        fact(facts, text.get("assessment.inspection.date"), text.date(inspection.inspectedOn()));
        fact(facts, text.get("assessment.inspection.inspector"), inspection.inspectorName());
        if (inspection.caseId() != null) {
            fact(facts, text.get("assessment.inspection.case"), "#" + inspection.caseId());
        }
        document.add(facts);
    }

    private static void result(Document document, InspectionView inspection, Texts text) {
        var summary = inspection.summary();
        document.add(heading(text.get("assessment.report.result")));
        var counts = table(new float[] {1, 1, 1, 1, 1.3f});
        for (DeviationClass deviationClass : SEVERITY) {
            counts.addCell(shaded(text.get(Labels.key(deviationClass))));
        }
        counts.addCell(shaded(text.get("assessment.score")));
        for (DeviationClass deviationClass : SEVERITY) {
            counts.addCell(cell(String.valueOf(summary.counts().of(deviationClass)), BOLD));
        }
        counts.addCell(cell(summary.complianceScore() == null ? "—"
                : String.format(text.locale(), "%.0f%%", summary.complianceScore()), BOLD));
        document.add(counts);
        var level = summary.level();
        if (level == null) {
            document.add(new Paragraph(text.get("assessment.level.none"), BODY));
            return;
        }
        var levelLine = new Paragraph(28, new Chunk(text.get("assessment.level", level.code()), LEVEL));
        levelLine.setSpacingBefore(8);
        document.add(levelLine);
        document.add(new Paragraph(text.english() ? level.meaningEn() : level.meaningId(), BODY));
        document.add(new Paragraph(text.get("assessment.level.frequency",
                text.english() ? level.inspectionFrequencyEn() : level.inspectionFrequencyId()), BODY));
        document.add(new Paragraph(text.get(level.permitMayBeIssued() ? "assessment.level.permitYes" : "assessment.level.permitNo"), BODY));
        if (level.unconfirmed()) {
            var note = new Paragraph(text.get("assessment.level.unconfirmed", level.note()), NOTE);
            note.setSpacingBefore(4);
            document.add(note);
        }
    }

    private static void deviations(Document document, InspectionView inspection, Texts text) {
        var deviations = inspection.summary().deviations();
        document.add(heading(text.get("assessment.report.deviations")));
        if (deviations.isEmpty()) {
            document.add(new Paragraph(text.get("assessment.deviations.none"), BODY));
            return;
        }
        for (DeviationClass deviationClass : SEVERITY) {
            var ofClass = deviations.stream().filter(d -> d.deviationClass() == deviationClass).toList();
            if (ofClass.isEmpty()) {
                continue;
            }
            var classHeading = new Paragraph(text.get(Labels.key(deviationClass)) + " (" + ofClass.size() + ")", BOLD);
            classHeading.setSpacingBefore(6);
            document.add(classHeading);
            for (Deviation deviation : ofClass) {
                var item = deviation.item();
                var line = new Paragraph();
                line.setIndentationLeft(10);
                line.add(new Chunk(item.code() + "  ", BOLD));
                line.add(new Chunk(text.english() ? item.textEn() : item.textId(), BODY));
                document.add(line);
                String note = inspection.noteOf(item.code());
                if (note != null) {
                    var noteLine = new Paragraph(text.get("assessment.note") + ": " + note, SMALL);
                    noteLine.setIndentationLeft(24);
                    document.add(noteLine);
                }
            }
        }
    }

    private static void actions(Document document, InspectionView inspection, Texts text) {
        document.add(heading(text.get("assessment.actions.title")));
        if (inspection.actions().isEmpty()) {
            document.add(new Paragraph(text.get("assessment.actions.none"), BODY));
            return;
        }
        var table = table(new float[] {0.6f, 3.1f, 0.9f, 1.2f, 1.4f});
        table.setHeaderRows(1);
        for (String key : List.of("assessment.item", "assessment.action.requirement", "assessment.action.class",
                "assessment.action.dueOn", "assessment.action.responsible")) {
            table.addCell(shaded(text.get(key)));
        }
        for (CorrectiveAction action : inspection.actions()) {
            table.addCell(cell(action.itemCode(), BOLD));
            table.addCell(cell(text.english() ? action.requirementEn() : action.requirementId(), BODY));
            table.addCell(cell(text.get(Labels.key(action.deviationClass())), BODY));
            table.addCell(cell(text.shortDate(action.dueOn()), BOLD));
            table.addCell(cell(action.responsible(), BODY));
        }
        document.add(table);
    }

    private static Paragraph heading(String title) {
        var heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static PdfPTable table(float[] widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        return table;
    }

    private static void fact(PdfPTable table, String label, String value) {
        table.addCell(cell(label, SMALL));
        table.addCell(cell(value == null ? "—" : value, BODY));
    }

    private static PdfPCell shaded(String value) {
        var cell = cell(value, BOLD);
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    private static PdfPCell cell(String value, Font font) {
        var cell = new PdfPCell(new Phrase(value, font));
        cell.setBorderColor(LINE);
        cell.setPadding(4);
        return cell;
    }

    private static String join(String address, String region) {
        return address == null || address.isBlank() ? region : address + ", " + region;
    }

    /** Messages and dates in the report's language. Numbers are passed as text: MessageFormat would group an id as 1.234. */
    private record Texts(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        boolean english() {
            return "en".equals(locale.getLanguage());
        }

        String title(ChecklistTemplate template) {
            return english() ? template.titleEn() : template.titleId();
        }

        String date(LocalDate date) {
            return date == null ? "—" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
        }

        /** For a narrow table column: "24 Des 2026" stays on one line. */
        String shortDate(LocalDate date) {
            return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
        }
    }

    /** A footer line with the page number, so a printed page can be matched to its report. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text + " " + writer.getPageNumber(), SMALL), page.getWidth() / 2, 28, 0);
        }
    }
}
