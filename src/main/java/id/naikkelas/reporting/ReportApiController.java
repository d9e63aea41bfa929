package id.naikkelas.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every indicator and report of the dashboards for programs (e.g. a ministry data hub): the same figures as the pages. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Dashboard indicators and yearly evaluations within the caller's jurisdiction (agency staff)")
class ReportApiController {

    private final Dashboards dashboards;
    private final Evaluations evaluations;
    private final EvaluationFiles files;

    ReportApiController(Dashboards dashboards, Evaluations evaluations, EvaluationFiles files) {
        this.dashboards = dashboards;
        this.evaluations = evaluations;
        this.files = files;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Every indicator of a region (default: the caller's jurisdiction) and optionally one program: the funnel "
            + "registered → selling (a product in the catalogue and a buyer's inquiry accepted), the funnel per child region, "
            + "permits issued per month and type, working days to permit per pathway with the share within the service level, "
            + "inspection levels, corrective actions, visits done and due, facilitator workload, training attendance and score gain, "
            + "the steps where cases wait longest, and market outcomes (published products; inquiries received, answered and accepted; "
            + "supply orders in all and running; deliveries sent and received; verified buyers per type, not per program)")
    Dashboard dashboard(@Parameter(description = "province, regency or district code, e.g. 14.72") @RequestParam(required = false) String region,
                        @Parameter(description = "a program id; without it all businesses") @RequestParam(required = false) Long program) {
        return dashboards.build(region, program);
    }

    @GetMapping("/evaluation")
    @Operation(summary = "The yearly evaluation: the dashboard, permits issued this year and the year before, targets against "
            + "what was achieved (for a program), regions behind and the steps where cases wait longest")
    Evaluations.Evaluation evaluation(@RequestParam int year, @RequestParam(required = false) String region,
                                      @RequestParam(required = false) Long program) {
        return evaluations.evaluate(year, region, program);
    }

    @GetMapping("/evaluation.pdf")
    @Operation(summary = "The yearly evaluation as a PDF report with charts, in the language of Accept-Language (Indonesian by default)")
    ResponseEntity<byte[]> evaluationPdf(@RequestParam int year, @RequestParam(required = false) String region,
                                         @RequestParam(required = false) Long program) {
        return files.pdf(year, region, program, LocaleContextHolder.getLocale());
    }

    @GetMapping("/evaluation.xlsx")
    @Operation(summary = "The yearly evaluation's tables as an Excel workbook")
    ResponseEntity<byte[]> evaluationExcel(@RequestParam int year, @RequestParam(required = false) String region,
                                           @RequestParam(required = false) Long program) {
        return files.excel(year, region, program, LocaleContextHolder.getLocale());
    }
}
