package id.naikkelas.reporting;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.programs.Programs;
import id.naikkelas.reference.Region;
import id.naikkelas.reference.Regions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;

/**
 * The reports page (ADR 0025): ask for a program report or the yearly evaluation, watch it being built (each running
 * job polls its own row with htmx) and download it; the person's latest reports below.
 */
@Controller
class ReportJobController {

    private final ReportJobs jobs;
    private final Dashboards dashboards;
    private final Programs programs;
    private final Regions regions;
    private final Duration retention;

    ReportJobController(ReportJobs jobs, Dashboards dashboards, Programs programs, Regions regions,
                        @Value("${naikkelas.reporting.jobs.retention:7d}") Duration retention) {
        this.jobs = jobs;
        this.dashboards = dashboards;
        this.programs = programs;
        this.regions = regions;
        this.retention = retention;
    }

    /** @param region a region the dashboard was showing, kept for the request (checked when the report is asked for) */
    @GetMapping("/laporan/unduhan")
    String page(@RequestParam(required = false) Long program, @RequestParam(required = false) String region, Model model) {
        dashboards.requireViewer();
        String asked = region == null || region.isBlank() ? null : region;
        model.addAttribute("region", asked);
        model.addAttribute("regionName", asked == null ? null : regions.find(asked).map(Region::name).orElse(asked));
        model.addAttribute("retentionDays", retention.toDays());
        model.addAttribute("jobs", jobs.mine());
        model.addAttribute("programs", programs.list());
        model.addAttribute("selected", program);
        model.addAttribute("year", dashboards.currentYear());
        return "reporting/jobs";
    }

    @PostMapping("/laporan/unduhan")
    String request(@RequestParam(required = false) ReportKind kind, @RequestParam(required = false) ReportFormat format,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                   @RequestParam(required = false) Long program, RedirectAttributes redirect) {
        try {
            jobs.request(kind, format, year, region, kind == ReportKind.YEAR ? null : program);
            redirect.addFlashAttribute("notice", "report.job.asked");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        if (region != null && !region.isBlank()) {
            redirect.addAttribute("region", region);
        }
        return "redirect:/laporan/unduhan";
    }

    /** One job's row, polled every second while it runs. */
    @GetMapping("/laporan/unduhan/{id}/status")
    String status(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.get(id));
        return "reporting/jobs :: job";
    }

    @GetMapping("/laporan/unduhan/{id}/berkas")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return EvaluationFiles.attachment(jobs.file(id));
    }
}
