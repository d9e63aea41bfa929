package id.naikkelas.reporting;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Renders an evaluation as PDF or Excel, named after its year and scope. */
@Component
class EvaluationFiles {

    private final Evaluations evaluations;
    private final EvaluationPdf pdf;
    private final EvaluationExcel excel;
    private final org.springframework.context.MessageSource messages;

    EvaluationFiles(Evaluations evaluations, EvaluationPdf pdf, EvaluationExcel excel, org.springframework.context.MessageSource messages) {
        this.evaluations = evaluations;
        this.pdf = pdf;
        this.excel = excel;
        this.messages = messages;
    }

    ResponseEntity<byte[]> pdf(int year, String region, Long program, Locale locale) {
        var evaluation = evaluations.evaluate(year, region, program);
        return EvaluationController.attachment(pdf.render(evaluation, scopeName(evaluation.dashboard(), locale), locale),
                MediaType.APPLICATION_PDF, fileName(evaluation, "pdf"));
    }

    ResponseEntity<byte[]> excel(int year, String region, Long program, Locale locale) {
        var evaluation = evaluations.evaluate(year, region, program);
        return EvaluationController.attachment(excel.render(evaluation, scopeName(evaluation.dashboard(), locale), locale),
                EvaluationController.XLSX, fileName(evaluation, "xlsx"));
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
