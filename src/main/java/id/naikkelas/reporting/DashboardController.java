package id.naikkelas.reporting;

import id.naikkelas.common.Labels;
import id.naikkelas.programs.Programs;
import id.naikkelas.registry.PermitType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The dashboard page: the viewer's jurisdiction, a region drilled into, all businesses or one program. */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final Programs programs;
    private final MessageSource messages;
    private final Labels labels;

    DashboardController(Dashboards dashboards, Programs programs, MessageSource messages, Labels labels) {
        this.dashboards = dashboards;
        this.programs = programs;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/laporan")
    String dashboard(@RequestParam(required = false) String region, @RequestParam(required = false) Long program, Model model) {
        Dashboard dashboard = dashboards.build(region, program);
        model.addAttribute("d", dashboard);
        model.addAttribute("charts", charts(dashboard, LocaleContextHolder.getLocale()));
        model.addAttribute("year", dashboards.currentYear());
        var permitLabels = new java.util.HashMap<String, String>();
        dashboard.permitTypes().forEach(t -> permitLabels.put(t, permitType(t)));
        model.addAttribute("permitLabels", permitLabels);
        return "reporting/dashboard";
    }

    /**
     * The program picker, loaded by the page after it shows (htmx): listing the programs a person may see counts their
     * participants, which costs more than the whole dashboard at province scale.
     */
    @GetMapping("/laporan/program-pilihan")
    String programChoice(@RequestParam(required = false) Long program, Model model) {
        dashboards.requireViewer();
        model.addAttribute("programs", programs.list());
        model.addAttribute("selected", program);
        return "reporting/dashboard :: programChoice";
    }

    /** The dashboard's charts with their words, in the order the page shows them. */
    List<Chart> charts(Dashboard d, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        var charts = new ArrayList<Chart>();
        var funnel = new ArrayList<Chart.Item>();
        d.funnel().forEach(bar -> funnel.add(new Chart.Item(text("report.stage." + bar.code(), locale), bar.n(),
                numbers.format(bar.n()), bar.link())));
        charts.add(new Chart("funnel", text("report.funnel", locale), text("report.count", locale), funnel));

        var months = new ArrayList<Chart.Item>();
        d.permitMonths().forEach(m -> months.add(new Chart.Item(month(m.month(), locale), m.total(), numbers.format(m.total()), null)));
        charts.add(new Chart("permits", text("report.permitsByMonth", locale), text("report.permits", locale), months));

        var levels = new ArrayList<Chart.Item>();
        d.inspectionLevels().forEach(bar -> levels.add(new Chart.Item(text("report.level", locale, bar.code()), bar.n(),
                numbers.format(bar.n()), null)));
        charts.add(new Chart("levels", text("report.inspectionLevels", locale), text("report.inspections", locale), levels));

        var load = new ArrayList<Chart.Item>();
        d.facilitators().stream().limit(15).forEach(f -> load.add(new Chart.Item(f.name(), f.open(), numbers.format(f.open()), null)));
        charts.add(new Chart("facilitators", text("report.facilitatorLoad", locale), text("report.openAssignments", locale), load));

        charts.add(market(d.market(), locale, numbers));
        return charts;
    }

    /** The market's path from a published product to a delivery received, one bar a step (ADR 0024). */
    private Chart market(Dashboard.Market m, Locale locale, NumberFormat numbers) {
        var items = new ArrayList<Chart.Item>();
        items.add(new Chart.Item(text("report.market.listed", locale), m.listed().n(), numbers.format(m.listed().n()), m.listed().link()));
        java.util.function.BiConsumer<String, Long> step = (key, n) -> items.add(new Chart.Item(text(key, locale), n, numbers.format(n), null));
        step.accept("report.market.inquiriesReceived", m.inquiriesReceived());
        step.accept("report.market.inquiriesAnswered", m.inquiriesAnswered());
        step.accept("report.market.inquiriesAccepted", m.inquiriesAccepted());
        step.accept("report.market.ordersRunning", m.ordersRunning());
        step.accept("report.market.deliveriesSent", m.deliveriesSent());
        step.accept("report.market.deliveriesReceived", m.deliveriesReceived());
        return new Chart("market", text("report.market", locale), text("report.market.count", locale), items);
    }

    String permitType(String code) {
        try {
            return labels.of(PermitType.valueOf(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private String month(String yearMonth, Locale locale) {
        var ym = java.time.YearMonth.parse(yearMonth);
        return ym.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, locale) + " " + ym.getYear();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
