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

    byte[] render(Report report, String scopeName, Locale locale) {
        Evaluations.Evaluation e = report.evaluation();
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Naik Kelas", "1.0");
            Dashboard d = e.dashboard();

            var summary = sheet(workbook, text(locale, "report.xlsx.summary"), report.kind() == ReportKind.PROGRAM
                    ? text(locale, "report.programReport", e.year()) : text(locale, "report.evaluation", e.year()), scopeName);
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
            programs(workbook, report, locale);
            activity(workbook, report, locale);
            partners(workbook, report, locale);
            workbook.finish();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private void programs(Workbook workbook, Report report, Locale locale) {
        var sheet = sheet(workbook, text(locale, "report.xlsx.programs"), "ID", text(locale, "report.program"));
        int r = 0;
        for (var program : report.programs()) {
            sheet.value(++r, 0, program.id());
            sheet.value(r, 1, program.name());
        }
    }

    /** The programs' work per indicator, the year before and this year side by side. */
    private void activity(Workbook workbook, Report report, Locale locale) {
        var last = report.lastYear();
        var now = report.thisYear();
        var sheet = sheet(workbook, text(locale, "report.xlsx.activity"), text(locale, "report.xlsx.indicator"),
                String.valueOf(last.year()), String.valueOf(now.year()));
        int r = 0;
        r = line(sheet, r, text(locale, "report.activity.enrolled"), last.enrolled(), now.enrolled());
        r = line(sheet, r, text(locale, "report.activity.visits"), last.visitsDone(), now.visitsDone());
        r = line(sheet, r, text(locale, "report.activity.trainings"), last.trainingsHeld(), now.trainingsHeld());
        r = line(sheet, r, text(locale, "report.activity.attended"), last.trainingAttended(), now.trainingAttended());
        r = line(sheet, r, text(locale, "report.activity.inspections"), last.inspections(), now.inspections());
        var types = new TreeSet<String>(now.permits().keySet());
        types.addAll(last.permits().keySet());
        for (String type : types) {
            r = line(sheet, r, text(locale, "report.activity.permitsOf", names.permitType(type)), last.permits().getOrDefault(type, 0L),
                    now.permits().getOrDefault(type, 0L));
        }
        line(sheet, r, text(locale, "report.activity.permits"), last.permitsTotal(), now.permitsTotal());
    }

    private static int line(Worksheet sheet, int row, String label, long last, long now) {
        sheet.value(++row, 0, label);
        sheet.value(row, 1, last);
        sheet.value(row, 2, now);
        return row;
    }

    private void partners(Workbook workbook, Report report, Locale locale) {
        var sheet = sheet(workbook, text(locale, "report.xlsx.partners"), text(locale, "report.partner"), text(locale, "report.partner.members"),
                text(locale, "report.partner.participants"), text(locale, "report.partner.visits"), text(locale, "report.partner.trainings"),
                text(locale, "report.partner.permits"));
        int r = 0;
        for (var p : report.partners()) {
            sheet.value(++r, 0, p.name());
            sheet.value(r, 1, p.members());
            sheet.value(r, 2, p.participants());
            sheet.value(r, 3, p.visitsDone());
            sheet.value(r, 4, p.trainingsHeld());
            sheet.value(r, 5, p.permits());
        }
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
