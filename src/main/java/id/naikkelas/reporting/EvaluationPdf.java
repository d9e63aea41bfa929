package id.naikkelas.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.naikkelas.common.Labels;
import id.naikkelas.registry.PermitType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The yearly evaluation as a PDF: each chart is a table whose last column draws its bar (a cell event paints a
 * rectangle in proportion to the largest value), so charts and numbers stay together on paper.
 */
@Component
class EvaluationPdf {

    private static final Color BRAND = new Color(11, 110, 79);
    private static final Color LIGHT = new Color(238, 242, 245);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, BRAND);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, BRAND);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

    private final MessageSource messages;
    private final Labels labels;

    EvaluationPdf(MessageSource messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    byte[] render(Report report, String scopeName, Locale locale) {
        Evaluations.Evaluation e = report.evaluation();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 42, 42, 42, 42);
        PdfWriter.getInstance(document, out);
        String title = report.kind() == ReportKind.PROGRAM ? text(locale, "report.programReport", e.year())
                : text(locale, "report.evaluation", e.year());
        document.addTitle(title + " · " + scopeName);
        document.addCreator(text(locale, "app.name"));
        document.open();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        Dashboard d = e.dashboard();

        paragraph(document, title, TITLE, 2);
        paragraph(document, scopeName, BOLD, 2);
        paragraph(document, text(locale, "report.pdf.basis"), SMALL, 10);

        if (d.programId() != null) {
            paragraph(document, text(locale, "report.pdf.programScope"), SMALL, 6);
        }
        var rows = new ArrayList<Row>();
        if (d.programId() == null) {
            heading(document, text(locale, "report.pdf.permitsYear"));
            var types = new TreeSet<String>(e.permitsThisYear().keySet());
            types.addAll(e.permitsLastYear().keySet());
            for (String type : types) {
                rows.add(new Row(permitType(type), e.permitsThisYear().getOrDefault(type, 0L),
                        numbers.format(e.permitsLastYear().getOrDefault(type, 0L)) + " → " + numbers.format(e.permitsThisYear().getOrDefault(type, 0L))));
            }
            rows.add(new Row(text(locale, "report.pdf.total"), e.permitsThisYearTotal(),
                    numbers.format(e.permitsLastYearTotal()) + " → " + numbers.format(e.permitsThisYearTotal())));
            bars(document, text(locale, "report.pdf.type"), text(locale, "report.pdf.lastToThis", e.year() - 1, e.year()), rows);
        }

        if (d.programId() != null) {
            heading(document, text(locale, "report.pdf.targets"));
            var targets = new PdfPTable(new float[]{3, 2, 2});
            targets.setWidthPercentage(100);
            header(targets, text(locale, "report.pdf.target"), text(locale, "report.pdf.planned"), text(locale, "report.pdf.achieved"));
            cell(targets, text(locale, "report.stage.ENROLLED"));
            cell(targets, e.targetParticipants() == null ? "–" : numbers.format(e.targetParticipants()));
            cell(targets, numbers.format(e.enrolled()));
            cell(targets, text(locale, "report.stage.CERTIFIED"));
            cell(targets, e.targetPermits().isEmpty() ? "–"
                    : String.join(", ", e.targetPermits().stream().map(this::permitType).toList()));
            cell(targets, numbers.format(e.certified()));
            document.add(targets);
        }

        programs(document, report, locale);
        comparison(document, report, locale, numbers);

        heading(document, text(locale, "report.funnel"));
        rows = new ArrayList<>();
        for (var bar : d.funnel()) {
            rows.add(new Row(text(locale, "report.stage." + bar.code()), bar.n(), numbers.format(bar.n())));
        }
        bars(document, text(locale, "report.pdf.stage"), text(locale, "report.count"), rows);

        if (!d.regions().isEmpty()) {
            heading(document, text(locale, "report.byRegion"));
            var table = new PdfPTable(new float[]{4, 2, 2, 2, 2, 2, 2, 2});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            var heads = new ArrayList<String>();
            heads.add(text(locale, "report.region"));
            Dashboard.STAGES.forEach(s -> heads.add(text(locale, "report.stage." + s)));
            header(table, heads.toArray(String[]::new));
            for (var region : d.regions()) {
                cell(table, region.name());
                region.stages().values().forEach(n -> cell(table, numbers.format(n)));
            }
            document.add(table);
        }

        if (d.programId() == null) {
            heading(document, text(locale, "report.permitsByMonth"));
            rows = new ArrayList<>();
            for (var month : d.permitMonths()) {
                rows.add(new Row(month.month(), month.total(), numbers.format(month.total())));
            }
            bars(document, text(locale, "report.month"), text(locale, "report.permits"), rows);

            if (!d.pathways().isEmpty()) {
                heading(document, text(locale, "report.timeToPermit"));
                var table = new PdfPTable(new float[]{5, 1.5f, 2, 2, 2});
                table.setWidthPercentage(100);
                header(table, text(locale, "report.pathway"), text(locale, "report.cases"), text(locale, "report.median"),
                        text(locale, "report.sla"), text(locale, "report.withinSla"));
                var percent = NumberFormat.getPercentInstance(locale);
                for (var p : d.pathways()) {
                    cell(table, p.name());
                    cell(table, numbers.format(p.cases()));
                    cell(table, p.medianDays() == null ? "–" : text(locale, "report.days", p.medianDays()));
                    cell(table, p.slaDays() == null ? "–" : text(locale, "report.days", p.slaDays()));
                    cell(table, p.withinSla() == null ? "–" : percent.format(p.withinSla()));
                }
                document.add(table);
            }

            if (!d.inspectionLevels().isEmpty()) {
                heading(document, text(locale, "report.inspectionLevels"));
                rows = new ArrayList<>();
                for (var bar : d.inspectionLevels()) {
                    rows.add(new Row(text(locale, "report.level", bar.code()), bar.n(), numbers.format(bar.n())));
                }
                bars(document, text(locale, "report.pdf.level"), text(locale, "report.inspections"), rows);
            }
        }
        if (d.programId() == null) {
            paragraph(document, text(locale, "report.actionsClosed") + ": " + numbers.format(d.actionsClosed()) + " · "
                    + text(locale, "report.actionsOpen") + ": " + numbers.format(d.actionsOpen()), BODY, 4);
        }
        paragraph(document, text(locale, "report.visitsDone") + ": " + numbers.format(d.visitsDone()) + " · "
                + text(locale, "report.visitsDue") + ": " + numbers.format(d.visitsDue()), BODY, 4);
        if (d.programId() == null) {
            paragraph(document, text(locale, "report.trainingRegistered") + ": " + numbers.format(d.training().registered()) + " · "
                    + text(locale, "report.trainingAttended") + ": " + numbers.format(d.training().attended()), BODY, 4);
        }

        if (!d.facilitators().isEmpty()) {
            heading(document, text(locale, "report.facilitatorLoad"));
            rows = new ArrayList<>();
            for (var f : d.facilitators().stream().limit(25).toList()) {
                rows.add(new Row(f.name(), f.open(), numbers.format(f.open())));
            }
            bars(document, text(locale, "report.pdf.facilitator"), text(locale, "report.openAssignments"), rows);
        }

        partners(document, report, locale, numbers);

        heading(document, text(locale, "report.improve"));
        if (e.bottlenecks().isEmpty() && e.behind().isEmpty()) {
            paragraph(document, text(locale, "report.improve.none"), BODY, 4);
        }
        for (var b : e.bottlenecks()) {
            paragraph(document, "• " + text(locale, "report.improve.step", b.step(), b.pathway(),
                    String.format(locale, "%.1f", b.averageDays()), b.cases()), BODY, 3);
        }
        var percent = NumberFormat.getPercentInstance(locale);
        for (var r : e.behind()) {
            paragraph(document, "• " + text(locale, "report.improve.region", r.name(), percent.format(Evaluations.share(r))), BODY, 3);
        }
        document.close();
        return out.toByteArray();
    }

    /** The programs a yearly evaluation covers (a program report names its one program in its title already). */
    private void programs(Document document, Report report, Locale locale) {
        if (report.kind() != ReportKind.YEAR) {
            return;
        }
        heading(document, text(locale, "report.pdf.programs", report.programs().size()));
        if (report.programs().isEmpty()) {
            paragraph(document, text(locale, "report.pdf.noPrograms"), BODY, 4);
        }
        for (var program : report.programs()) {
            paragraph(document, "• " + program.name(), BODY, 2);
        }
    }

    /** The programs' work this year against the year before, each line with its bar for this year. */
    private void comparison(Document document, Report report, Locale locale, NumberFormat numbers) {
        var last = report.lastYear();
        var now = report.thisYear();
        heading(document, text(locale, "report.pdf.activity", now.year(), last.year()));
        var rows = new ArrayList<Row>();
        rows.add(compared(text(locale, "report.activity.enrolled"), last.enrolled(), now.enrolled(), numbers));
        rows.add(compared(text(locale, "report.activity.visits"), last.visitsDone(), now.visitsDone(), numbers));
        rows.add(compared(text(locale, "report.activity.trainings"), last.trainingsHeld(), now.trainingsHeld(), numbers));
        rows.add(compared(text(locale, "report.activity.attended"), last.trainingAttended(), now.trainingAttended(), numbers));
        rows.add(compared(text(locale, "report.activity.inspections"), last.inspections(), now.inspections(), numbers));
        var types = new TreeSet<String>(now.permits().keySet());
        types.addAll(last.permits().keySet());
        for (String type : types) {
            rows.add(compared(text(locale, "report.activity.permitsOf", permitType(type)), last.permits().getOrDefault(type, 0L),
                    now.permits().getOrDefault(type, 0L), numbers));
        }
        rows.add(compared(text(locale, "report.activity.permits"), last.permitsTotal(), now.permitsTotal(), numbers));
        bars(document, text(locale, "report.xlsx.indicator"), text(locale, "report.pdf.lastToThis", last.year(), now.year()), rows);
    }

    private static Row compared(String label, long last, long now, NumberFormat numbers) {
        return new Row(label, now, numbers.format(last) + " → " + numbers.format(now) + " (" + change(last, now) + ")");
    }

    /** The change from one year to the next as a signed number ("+3", "−2", "±0"). */
    static String change(long last, long now) {
        long d = now - last;
        return d > 0 ? "+" + d : d < 0 ? "−" + (-d) : "±0";
    }

    /** What each partner organisation with an MoU in the programs gave in the year. */
    private void partners(Document document, Report report, Locale locale, NumberFormat numbers) {
        heading(document, text(locale, "report.partners", report.year()));
        if (report.partners().isEmpty()) {
            paragraph(document, text(locale, "report.partners.none"), BODY, 4);
            return;
        }
        var table = new PdfPTable(new float[]{4, 1.6f, 1.8f, 1.8f, 1.8f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, text(locale, "report.partner"), text(locale, "report.partner.members"), text(locale, "report.partner.participants"),
                text(locale, "report.partner.visits"), text(locale, "report.partner.trainings"), text(locale, "report.partner.permits"));
        for (var p : report.partners()) {
            cell(table, p.name());
            cell(table, numbers.format(p.members()));
            cell(table, numbers.format(p.participants()));
            cell(table, numbers.format(p.visitsDone()));
            cell(table, numbers.format(p.trainingsHeld()));
            cell(table, numbers.format(p.permits()));
        }
        document.add(table);
        var rows = new ArrayList<Row>();
        report.partners().forEach(p -> rows.add(new Row(p.name(), p.participants(), numbers.format(p.participants()))));
        bars(document, text(locale, "report.partner"), text(locale, "report.partner.participants"), rows);
    }

    private record Row(String label, long n, String shown) {
    }

    /** A table of label, number and a bar drawn in proportion to the largest number. */
    private static void bars(Document document, String labelHeading, String valueHeading, List<Row> rows) {
        long max = rows.stream().mapToLong(Row::n).max().orElse(0);
        var table = new PdfPTable(new float[]{4, 2.5f, 5});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, labelHeading, valueHeading, "");
        for (Row row : rows) {
            cell(table, row.label());
            cell(table, row.shown());
            var bar = new PdfPCell(new Phrase(" ", BODY));
            bar.setBorderColor(LIGHT);
            double share = max == 0 ? 0 : (double) row.n() / max;
            bar.setCellEvent((cell, position, canvases) -> {
                if (share <= 0) {
                    return;
                }
                var canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
                float width = (float) ((position.getWidth() - 6) * share);
                canvas.setColorFill(BRAND);
                canvas.rectangle(position.getLeft() + 3, position.getBottom() + 3, Math.max(width, 1), position.getHeight() - 6);
                canvas.fill();
            });
            table.addCell(bar);
        }
        document.add(table);
    }

    private static void header(PdfPTable table, String... headings) {
        for (String heading : headings) {
            var cell = new PdfPCell(new Phrase(heading, BOLD));
            cell.setBackgroundColor(LIGHT);
            cell.setBorderColor(LIGHT);
            table.addCell(cell);
        }
    }

    private static void cell(PdfPTable table, String value) {
        var cell = new PdfPCell(new Phrase(value, BODY));
        cell.setBorderColor(LIGHT);
        cell.setBorder(Rectangle.BOTTOM);
        table.addCell(cell);
    }

    private static void heading(Document document, String text) {
        var paragraph = new Paragraph(text, HEADING);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    private static void paragraph(Document document, String text, Font font, float after) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
    }

    String permitType(String code) {
        try {
            return labels.of(PermitType.valueOf(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
