package id.naikkelas.reporting;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Renders a program report or yearly evaluation as PDF or Excel, named after its year and scope. */
@Component
class EvaluationFiles {

    /** A rendered report: its bytes and the name it is downloaded under. */
    record File(byte[] content, String name, ReportFormat format) {
    }

    private final Reports reports;
    private final EvaluationPdf pdf;
    private final EvaluationExcel excel;
    private final MessageSource messages;

    EvaluationFiles(Reports reports, EvaluationPdf pdf, EvaluationExcel excel, MessageSource messages) {
        this.reports = reports;
        this.pdf = pdf;
        this.excel = excel;
        this.messages = messages;
    }

    /** At once, in the request (the synchronous endpoints kept from before the jobs, ADR 0025). */
    ResponseEntity<byte[]> pdf(int year, String region, Long program, Locale locale) {
        return attachment(render(build(year, region, program), ReportFormat.PDF, locale));
    }

    ResponseEntity<byte[]> excel(int year, String region, Long program, Locale locale) {
        return attachment(render(build(year, region, program), ReportFormat.XLSX, locale));
    }

    private Report build(int year, String region, Long program) {
        return reports.build(program == null ? ReportKind.YEAR : ReportKind.PROGRAM, year, region, program, Reports.Progress.NONE);
    }

    File render(Report report, ReportFormat format, Locale locale) {
        String scope = scopeName(report.dashboard(), locale);
        byte[] content = format == ReportFormat.PDF ? pdf.render(report, scope, locale) : excel.render(report, scope, locale);
        return new File(content, fileName(report.evaluation(), format.extension), format);
    }

    static ResponseEntity<byte[]> attachment(File file) {
        return EvaluationController.attachment(file.content(), file.format().mediaType, file.name());
    }

    private String scopeName(Dashboard d, Locale locale) {
        String region = d.regionName() == null ? messages.getMessage("report.allRegions", null, locale) : d.regionName();
        return d.programName() == null ? region : d.programName() + " · " + region;
    }

    private static String fileName(Evaluations.Evaluation e, String extension) {
        Dashboard d = e.dashboard();
        return "evaluasi-" + e.year() + (d.region() == null ? "" : "-" + d.region()) + (d.programId() == null ? "" : "-program-" + d.programId())
                + "." + extension;
    }
}
