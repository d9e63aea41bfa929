package id.naikkelas.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public statistics page and its API: no account needed, aggregated, small counts suppressed. */
@Controller
@Tag(name = "Statistics", description = "Public statistics: businesses, certified businesses and permits per region; counts 1–4 shown as <5, and counts that would reveal them as ×")
class StatisticsController {

    private final PublicStatistics statistics;

    StatisticsController(PublicStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/statistik")
    String page(@RequestParam(required = false) String region, Model model) {
        model.addAttribute("s", statistics.of(region, LocaleContextHolder.getLocale()));
        return "reporting/statistics";
    }

    @GetMapping("/api/v1/statistics")
    @ResponseBody
    @Operation(summary = "Totals per province (or, with region = a province code, per regency): registered businesses, certified "
            + "businesses, permits issued through the platform, programs running. A count from 1 to 4 has no value and shows \"<5\"; "
            + "where a total would give such a count back, further counts (or the total) have no value either and show \"×\"")
    PublicStatistics.Statistics api(@RequestParam(required = false) String region) {
        return statistics.of(region, LocaleContextHolder.getLocale());
    }
}
