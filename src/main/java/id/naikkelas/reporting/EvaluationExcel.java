package id.naikkelas.reporting;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;

/** The yearly evaluation's raw tables as an Excel workbook: one sheet per table, numbers as numbers. */
@Component
class EvaluationExcel {

    private final MessageSource messages;
    private final EvaluationPdf names;

    EvaluationExcel(MessageSource messages, EvaluationPdf names) {
        this.messages = messages;
        this.names = names;
    }

    byte[] render(Evaluations.Evaluation e, String scopeName, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Naik Kelas", "1.0");
            Dashboard d = e.dashboard();

            var summary = sheet(workbook, text(locale, "report.xlsx.summary"), text(locale, "report.evaluation", e.year()), scopeName);
            int r = 2;
            summary.value(r, 0, text(locale, "report.pdf.type"));
            summary.value(r, 1, e.year() - 1);
            summary.value(r, 2, e.year());
            bold(summary, r, 3);
            var types = new TreeSet<String>(e.permitsThisYear().keySet());
            types.addAll(e.permitsLastYear().keySet());
            for (String type : types) {
                r++;
                summary.value(r, 0, names.permitType(type));
                summary.value(r, 1, e.permitsLastYear().getOrDefault(type, 0L));
                summary.value(r, 2, e.permitsThisYear().getOrDefault(type, 0L));
            }
            r++;
            summary.value(r, 0, text(locale, "report.pdf.total"));
            summary.value(r, 1, e.permitsLastYearTotal());
            summary.value(r, 2, e.permitsThisYearTotal());
            if (d.programId() != null) {
                r += 2;
                summary.value(r, 0, text(locale, "report.pdf.target"));
                summary.value(r, 1, text(locale, "report.pdf.planned"));
                summary.value(r, 2, text(locale, "report.pdf.achieved"));
                bold(summary, r, 3);
                r++;
                summary.value(r, 0, text(locale, "report.stage.ENROLLED"));
                if (e.targetParticipants() != null) {
                    summary.value(r, 1, e.targetParticipants());
                }
                summary.value(r, 2, e.enrolled());
                r++;
                summary.value(r, 0, text(locale, "report.stage.CERTIFIED"));
                summary.value(r, 1, String.join(", ", e.targetPermits().stream().map(names::permitType).toList()));
                summary.value(r, 2, e.certified());
            }

            var funnel = sheet(workbook, text(locale, "report.funnel"), text(locale, "report.pdf.stage"), text(locale, "report.count"));
            r = 0;
            for (var bar : d.funnel()) {
                r++;
                funnel.value(r, 0, text(locale, "report.stage." + bar.code()));
                funnel.value(r, 1, bar.n());
            }

            var regions = sheet(workbook, text(locale, "report.byRegion"), text(locale, "report.xlsx.code"), text(locale, "report.region"));
            for (int i = 0; i < Dashboard.STAGES.size(); i++) {
                regions.value(0, i + 2, text(locale, "report.stage." + Dashboard.STAGES.get(i)));
            }
            bold(regions, 0, Dashboard.STAGES.size() + 2);
            r = 0;
            for (var region : d.regions()) {
                r++;
                regions.value(r, 0, region.code());
                regions.value(r, 1, region.name());
                int c = 2;
                for (long n : region.stages().values()) {
                    regions.value(r, c++, n);
                }
            }

            var months = sheet(workbook, text(locale, "report.permitsByMonth"), text(locale, "report.month"));
            for (int i = 0; i < d.permitTypes().size(); i++) {
                months.value(0, i + 1, names.permitType(d.permitTypes().get(i)));
            }
            months.value(0, d.permitTypes().size() + 1, text(locale, "report.pdf.total"));
            bold(months, 0, d.permitTypes().size() + 2);
            r = 0;
            for (var month : d.permitMonths()) {
                r++;
                months.value(r, 0, month.month());
                for (int i = 0; i < d.permitTypes().size(); i++) {
                    months.value(r, i + 1, month.byType().getOrDefault(d.permitTypes().get(i), 0L));
                }
                months.value(r, d.permitTypes().size() + 1, month.total());
            }

            var pathways = sheet(workbook, text(locale, "report.timeToPermit"), text(locale, "report.pathway"), text(locale, "report.cases"),
                    text(locale, "report.xlsx.medianDays"), text(locale, "report.xlsx.slaDays"), text(locale, "report.withinSla"));
            r = 0;
            for (var p : d.pathways()) {
                r++;
                pathways.value(r, 0, p.name());
                pathways.value(r, 1, p.cases());
                pathways.value(r, 2, p.medianDays());
                pathways.value(r, 3, p.slaDays());
                pathways.value(r, 4, p.withinSla());
            }

            var facilitators = sheet(workbook, text(locale, "report.facilitatorLoad"), text(locale, "report.pdf.facilitator"),
                    text(locale, "report.openAssignments"));
            r = 0;
            for (var f : d.facilitators()) {
                r++;
                facilitators.value(r, 0, f.name());
                facilitators.value(r, 1, f.open());
            }

            var steps = sheet(workbook, text(locale, "report.bottlenecks"), text(locale, "report.pathway"), text(locale, "report.step"),
                    text(locale, "report.cases"), text(locale, "report.xlsx.averageDays"));
            r = 0;
            for (var s : d.bottlenecks()) {
                r++;
                steps.value(r, 0, s.pathway());
                steps.value(r, 1, s.step());
                steps.value(r, 2, s.cases());
                steps.value(r, 3, Math.round(s.averageDays() * 10) / 10.0);
            }

            var other = sheet(workbook, text(locale, "report.xlsx.other"), text(locale, "report.xlsx.indicator"), text(locale, "report.count"));
            r = 0;
            for (var bar : d.inspectionLevels()) {
                other.value(++r, 0, text(locale, "report.level", bar.code()));
                other.value(r, 1, bar.n());
            }
            other.value(++r, 0, text(locale, "report.actionsClosed"));
            other.value(r, 1, d.actionsClosed());
            other.value(++r, 0, text(locale, "report.actionsOpen"));
            other.value(r, 1, d.actionsOpen());
            other.value(++r, 0, text(locale, "report.visitsDone"));
            other.value(r, 1, d.visitsDone());
            other.value(++r, 0, text(locale, "report.visitsDue"));
            other.value(r, 1, d.visitsDue());
            other.value(++r, 0, text(locale, "report.trainingRegistered"));
            other.value(r, 1, d.training().registered());
            other.value(++r, 0, text(locale, "report.trainingAttended"));
            other.value(r, 1, d.training().attended());
            workbook.finish();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** A sheet (Excel allows 31 characters in its name) with a bold heading row. */
    private static Worksheet sheet(Workbook workbook, String name, String... headings) {
        var sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
        for (int i = 0; i < headings.length; i++) {
            sheet.value(0, i, headings[i]);
        }
        bold(sheet, 0, headings.length);
        sheet.width(0, 40);
        return sheet;
    }

    private static void bold(Worksheet sheet, int row, int columns) {
        sheet.range(row, 0, row, Math.max(columns - 1, 0)).style().bold().set();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
