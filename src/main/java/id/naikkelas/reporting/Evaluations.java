package id.naikkelas.reporting;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.programs.ProgramView;
import id.naikkelas.programs.Programs;
import id.naikkelas.registry.PermitType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The yearly evaluation of a region (and optionally a program): the dashboard's figures, permits issued this year
 * against the year before, targets against what was achieved, and what to improve (steps where cases wait longest,
 * regions behind the others). Summed from the maintained figures like the dashboard, so it takes milliseconds.
 */
@Service
public class Evaluations {

    private final Dashboards dashboards;
    private final Figures figures;
    private final Programs programs;

    Evaluations(Dashboards dashboards, Figures figures, Programs programs) {
        this.dashboards = dashboards;
        this.figures = figures;
        this.programs = programs;
    }

    /**
     * @param permitsThisYear  permits issued in the year per type (a type absent: none)
     * @param targetParticipants the program's capacity; null for a region's evaluation or a program without one
     * @param targetPermits    permits the program aims at; empty without a program
     * @param behind           child regions whose share of certified businesses is below the whole scope's
     */
    public record Evaluation(int year, Dashboard dashboard, Map<String, Long> permitsThisYear, Map<String, Long> permitsLastYear,
                             Integer targetParticipants, long enrolled, List<String> targetPermits, long certified,
                             List<Dashboard.RegionRow> behind, List<Dashboard.StepWait> bottlenecks) {

        public long permitsThisYearTotal() {
            return permitsThisYear.values().stream().mapToLong(Long::longValue).sum();
        }

        public long permitsLastYearTotal() {
            return permitsLastYear.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Transactional(readOnly = true)
    public Evaluation evaluate(int year, String region, Long programId) {
        if (year < 2000 || year > dashboards.currentYear()) {
            throw InvalidInput.of("year", "report.error.year", dashboards.currentYear());
        }
        Dashboard dashboard = dashboards.build(region, programId);
        CurrentUser user = dashboards.requireViewer();
        List<String> scope = dashboards.scope(user, region);
        var thisYear = new TreeMap<String, Long>();
        var lastYear = new TreeMap<String, Long>();
        for (var sum : figures.sums(scope, programId == null ? 0 : programId)) {
            if (!sum.indicator().equals("PERMIT_MONTH")) {
                continue;
            }
            String[] parts = sum.dimension().split(" ");
            int y = Integer.parseInt(parts[1].substring(0, 4));
            if (y == year) {
                thisYear.merge(parts[0], sum.n(), Long::sum);
            } else if (y == year - 1) {
                lastYear.merge(parts[0], sum.n(), Long::sum);
            }
        }
        ProgramView program = programId == null ? null : programs.get(programId);
        long enrolled = stage(dashboard, "ENROLLED");
        long certified = stage(dashboard, "CERTIFIED");
        List<String> targetPermits = program == null ? List.of()
                : program.targetPermits().stream().map(PermitType::name).sorted().collect(Collectors.toList());
        return new Evaluation(year, dashboard, thisYear, lastYear, program == null ? null : program.capacity(), enrolled,
                targetPermits, certified, behind(dashboard), dashboard.bottlenecks().stream().limit(5).toList());
    }

    private static long stage(Dashboard dashboard, String stage) {
        return dashboard.funnel().stream().filter(b -> b.code().equals(stage)).mapToLong(Dashboard.Bar::n).findFirst().orElse(0);
    }

    /** Regions certifying a smaller share of their registered businesses than the scope as a whole, furthest behind first. */
    static List<Dashboard.RegionRow> behind(Dashboard dashboard) {
        long registered = stage(dashboard, "REGISTERED");
        if (registered == 0) {
            return List.of();
        }
        double overall = (double) stage(dashboard, "CERTIFIED") / registered;
        var rows = new ArrayList<Dashboard.RegionRow>();
        for (var row : dashboard.regions()) {
            long n = row.stages().getOrDefault("REGISTERED", 0L);
            if (n > 0 && (double) row.stages().getOrDefault("CERTIFIED", 0L) / n < overall) {
                rows.add(row);
            }
        }
        rows.sort((a, b) -> Double.compare(share(a), share(b)));
        return rows.stream().limit(10).toList();
    }

    static double share(Dashboard.RegionRow row) {
        long n = row.stages().getOrDefault("REGISTERED", 0L);
        return n == 0 ? 0 : (double) row.stages().getOrDefault("CERTIFIED", 0L) / n;
    }
}
