package id.naikkelas.reporting;

import id.naikkelas.certification.PathwayTemplate;
import id.naikkelas.certification.PathwayTemplates;
import id.naikkelas.certification.Sla;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.programs.ProgramView;
import id.naikkelas.programs.Programs;
import id.naikkelas.reference.Region;
import id.naikkelas.reference.Regions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a dashboard for the signed-in staff member: only regions within their jurisdiction (ADR 0003), drillable
 * province → regency → district, for all businesses or one program they may see. Two sums of the maintained figures
 * and no read of a live table (ADR 0018).
 */
@Service
public class Dashboards {

    private final Access access;
    private final Figures figures;
    private final Regions regions;
    private final Programs programs;
    private final PathwayTemplates templates;
    private final Today today;
    private final JdbcClient jdbc;

    Dashboards(Access access, Figures figures, Regions regions, Programs programs, PathwayTemplates templates, Today today,
               JdbcClient jdbc) {
        this.access = access;
        this.figures = figures;
        this.regions = regions;
        this.programs = programs;
        this.templates = templates;
        this.today = today;
        this.jdbc = jdbc;
    }

    /** Who may see dashboards: agency staff who run programs (administrators, program managers, officers). */
    public CurrentUser requireViewer() {
        CurrentUser user = access.require();
        if (!user.isProgramStaff()) {
            throw new AccessDeniedException("dashboards are for agency staff");
        }
        return user;
    }

    /** The scope's regions: the one asked for (checked against the jurisdiction), else the jurisdiction's codes. */
    List<String> scope(CurrentUser user, String region) {
        Jurisdiction jurisdiction = user.jurisdiction();
        if (region != null && !region.isBlank()) {
            if (!Region.isWellFormed(region) || region.length() > 8 || regions.find(region).isEmpty()) {
                throw InvalidInput.of("region", "report.error.region");
            }
            if (!jurisdiction.covers(region)) {
                throw new AccessDeniedException("region " + region + " is outside the jurisdiction");
            }
            return List.of(region);
        }
        return jurisdiction.national() ? null : jurisdiction.sortedCodes();
    }

    @Transactional(readOnly = true)
    public Dashboard build(String region, Long programId) {
        CurrentUser user = requireViewer();
        ProgramView program = programId == null ? null : programs.get(programId); // refuses a program the user may not see
        List<String> scope = scope(user, region);
        String single = scope != null && scope.size() == 1 ? scope.get(0) : null;
        long program0 = programId == null ? 0 : programId;

        var sums = new LinkedHashMap<String, Map<String, Figures.Sum>>();
        for (var sum : figures.sums(scope, program0)) {
            sums.computeIfAbsent(sum.indicator(), k -> new TreeMap<>()).put(sum.dimension(), sum);
        }
        int childLength = childLength(scope);
        var regionRows = childLength == 0 ? List.<Dashboard.RegionRow>of() : regionRows(scope, program0, childLength, programId);

        var funnel = new ArrayList<Dashboard.Bar>();
        for (String stage : Dashboard.STAGES) {
            funnel.add(new Dashboard.Bar(stage, n(sums, "FUNNEL", stage), link(stage, single, scope, programId)));
        }
        return new Dashboard(single, single == null ? null : regions.find(single).map(Region::name).orElse(single),
                path(single), programId, program == null ? null : program.name(),
                funnel, childLength, regionRows,
                permitTypes(sums), permitMonths(sums), pathways(sums),
                levels(sums), n(sums, "ACTION", "OPEN"), n(sums, "ACTION", "CLOSED"),
                n(sums, "VISIT", "DONE"), visitsDue(sums), facilitators(sums),
                training(sums), bottlenecks(sums), market(sums, single, scope, programId), figures.refreshedAt());
    }

    public int currentYear() {
        return today.date().getYear();
    }

    /** One level below the scope: provinces for the country, regencies for a province, districts for a regency. */
    private static int childLength(List<String> scope) {
        if (scope == null) {
            return 2;
        }
        if (scope.isEmpty()) {
            return 0;
        }
        int shortest = scope.stream().mapToInt(String::length).min().orElse(8);
        if (scope.size() > 1) {
            return shortest;
        }
        return shortest >= 8 ? 0 : shortest + 3;
    }

    private List<Dashboard.RegionRow> regionRows(List<String> scope, long programId, int childLength, Long program) {
        var byRegion = new TreeMap<String, Map<String, Long>>();
        for (var sum : figures.byChild(scope, programId, List.of("FUNNEL"), childLength)) {
            byRegion.computeIfAbsent(sum.region(), k -> new LinkedHashMap<>()).put(sum.dimension(), sum.n());
        }
        var rows = new ArrayList<Dashboard.RegionRow>();
        byRegion.forEach((code, stages) -> {
            var ordered = new LinkedHashMap<String, Long>();
            Dashboard.STAGES.forEach(stage -> ordered.put(stage, stages.getOrDefault(stage, 0L)));
            // a code recorded above district level (e.g. only the regency) is shown but not drilled into
            boolean drillable = code.length() == childLength && regions.find(code).isPresent();
            String name = regions.find(code).map(Region::name).orElse(code);
            rows.add(new Dashboard.RegionRow(code, name, ordered,
                    drillable ? "/laporan?region=" + code + (program == null ? "" : "&program=" + program) : null));
        });
        rows.sort(Comparator.comparing(Dashboard.RegionRow::name));
        return rows;
    }

    private List<Dashboard.Crumb> path(String region) {
        if (region == null) {
            return List.of();
        }
        return regions.path(region).stream().map(r -> new Dashboard.Crumb(r.code(), r.name())).toList();
    }

    /** The list behind a funnel number, where one exists: the registry list of the region, a program's participants. */
    private static String link(String stage, String single, List<String> scope, Long programId) {
        if (programId != null) {
            return "ENROLLED".equals(stage) || "REGISTERED".equals(stage) ? "/program/" + programId : null;
        }
        if ("REGISTERED".equals(stage)) {
            if (single != null) {
                return "/usaha?region=" + single;
            }
            return scope == null ? "/usaha" : null;
        }
        return null;
    }

    private static long n(Map<String, Map<String, Figures.Sum>> sums, String indicator, String dimension) {
        var sum = sums.getOrDefault(indicator, Map.of()).get(dimension);
        return sum == null ? 0 : sum.n();
    }

    private static List<String> permitTypes(Map<String, Map<String, Figures.Sum>> sums) {
        var types = new TreeSet<String>();
        sums.getOrDefault("PERMIT_MONTH", Map.of()).keySet().forEach(d -> types.add(d.substring(0, d.indexOf(' '))));
        return List.copyOf(types);
    }

    /** The last twelve months, oldest first. */
    private List<Dashboard.MonthRow> permitMonths(Map<String, Map<String, Figures.Sum>> sums) {
        YearMonth now = YearMonth.from(today.date());
        var months = new LinkedHashMap<String, Map<String, Long>>();
        for (int i = 11; i >= 0; i--) {
            months.put(now.minusMonths(i).toString(), new TreeMap<>());
        }
        sums.getOrDefault("PERMIT_MONTH", Map.of()).values().forEach(sum -> {
            String[] parts = sum.dimension().split(" ");
            var month = months.get(parts[1]);
            if (month != null) {
                month.merge(parts[0], sum.n(), Long::sum);
            }
        });
        var rows = new ArrayList<Dashboard.MonthRow>();
        months.forEach((month, byType) -> rows.add(new Dashboard.MonthRow(month, byType,
                byType.values().stream().mapToLong(Long::longValue).sum())));
        return rows;
    }

    private List<Dashboard.PathwayTime> pathways(Map<String, Map<String, Figures.Sum>> sums) {
        var histograms = new TreeMap<String, TreeMap<Integer, Long>>();
        sums.getOrDefault("PERMIT_DAYS", Map.of()).values().forEach(sum -> {
            String[] parts = sum.dimension().split(" ");
            histograms.computeIfAbsent(parts[0], k -> new TreeMap<>()).merge(Integer.parseInt(parts[1]), sum.n(), Long::sum);
        });
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        var rows = new ArrayList<Dashboard.PathwayTime>();
        histograms.forEach((code, histogram) -> {
            var template = templates.byCode(code);
            long cases = histogram.values().stream().mapToLong(Long::longValue).sum();
            Integer sla = template.map(Dashboards::slaDays).orElse(null);
            Double within = null;
            if (sla != null) {
                long inTime = histogram.headMap(sla, true).values().stream().mapToLong(Long::longValue).sum();
                within = (double) inTime / cases;
            }
            String name = template.map(t -> english ? t.titleEn() : t.titleId()).orElse(code);
            rows.add(new Dashboard.PathwayTime(code, name, cases, median(histogram, cases), sla, within));
        });
        return rows;
    }

    /** A pathway's service levels in working days added up; null when its steps set none. */
    static Integer slaDays(PathwayTemplate template) {
        int days = template.steps().stream()
                .filter(step -> !step.optional() && step.sla() != null && step.sla().unit() == Sla.Unit.WORKING_DAYS)
                .mapToInt(step -> step.sla().days()).sum();
        return days == 0 ? null : days;
    }

    static Integer median(TreeMap<Integer, Long> histogram, long count) {
        if (count == 0) {
            return null;
        }
        long half = (count + 1) / 2;
        long seen = 0;
        for (var entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= half) {
                return entry.getKey();
            }
        }
        return histogram.lastKey();
    }

    private static List<Dashboard.Bar> levels(Map<String, Map<String, Figures.Sum>> sums) {
        return sums.getOrDefault("INSPECTION_LEVEL", Map.of()).values().stream()
                .map(sum -> new Dashboard.Bar(sum.dimension(), sum.n(), null)).toList();
    }

    /** Visits planned for this month or earlier (done or not): what should have happened by now. */
    private long visitsDue(Map<String, Map<String, Figures.Sum>> sums) {
        String thisMonth = YearMonth.from(today.date()).toString();
        long plannedBefore = sums.getOrDefault("VISIT", Map.of()).values().stream()
                .filter(sum -> sum.dimension().startsWith("DUE ") && !sum.dimension().equals("DUE -")
                        && sum.dimension().substring(4).compareTo(thisMonth) <= 0)
                .mapToLong(Figures.Sum::n).sum();
        return plannedBefore + n(sums, "VISIT", "DONE");
    }

    private List<Dashboard.FacilitatorLoad> facilitators(Map<String, Map<String, Figures.Sum>> sums) {
        var load = sums.getOrDefault("FACILITATOR", Map.of());
        if (load.isEmpty()) {
            return List.of();
        }
        var ids = load.keySet().stream().map(Long::valueOf).toList();
        var names = new java.util.HashMap<Long, String>();
        jdbc.sql("SELECT id, coalesce(full_name, username) AS name FROM identity_user WHERE id IN (:ids)").param("ids", ids)
                .query((rs, i) -> names.put(rs.getLong("id"), rs.getString("name"))).list();
        return load.values().stream()
                .map(sum -> new Dashboard.FacilitatorLoad(Long.parseLong(sum.dimension()),
                        names.getOrDefault(Long.parseLong(sum.dimension()), sum.dimension()), sum.n()))
                .sorted(Comparator.comparingLong(Dashboard.FacilitatorLoad::open).reversed().thenComparing(Dashboard.FacilitatorLoad::name))
                .toList();
    }

    private static Dashboard.Training training(Map<String, Map<String, Figures.Sum>> sums) {
        var scored = sums.getOrDefault("TRAINING", Map.of()).get("SCORED");
        Double gain = scored == null || scored.n() == 0 ? null : (double) scored.total() / scored.n();
        return new Dashboard.Training(n(sums, "TRAINING", "REGISTERED"), n(sums, "TRAINING", "ATTENDED"),
                scored == null ? 0 : scored.n(), gain);
    }

    /**
     * The market's outcomes. The catalogue lists a province's or regency's products (not a district's, not a program's
     * participants'), and the officer's buyer list is their whole jurisdiction: only there does a number get its link.
     */
    private Dashboard.Market market(Map<String, Map<String, Figures.Sum>> sums, String single, List<String> scope, Long programId) {
        String runningFrom = "ORDER_END " + today.date();
        var market = sums.getOrDefault("MARKET", Map.of());
        long orders = 0;
        long running = 0;
        for (var sum : market.values()) {
            if (sum.dimension().startsWith("ORDER_END ")) {
                orders += sum.n();
                if (sum.dimension().compareTo(runningFrom) >= 0) {
                    running += sum.n();
                }
            }
        }
        String catalogue = null;
        if (programId == null && scope == null) {
            catalogue = "/katalog";
        } else if (programId == null && single != null && single.length() <= 5) {
            catalogue = "/katalog?region=" + single;
        }
        List<Dashboard.Bar> buyers = null;
        if (programId == null) {
            String buyerList = single == null ? "/petugas/pembeli" : null;
            buyers = sums.getOrDefault("BUYER", Map.of()).values().stream()
                    .map(sum -> new Dashboard.Bar(sum.dimension(), sum.n(), buyerList)).toList();
        }
        return new Dashboard.Market(new Dashboard.Bar("LISTED", n(sums, "MARKET", "LISTED"), catalogue),
                n(sums, "MARKET", "INQUIRY_RECEIVED"), n(sums, "MARKET", "INQUIRY_ANSWERED"), n(sums, "MARKET", "INQUIRY_ACCEPTED"),
                orders, running, n(sums, "MARKET", "DELIVERY_SENT"), n(sums, "MARKET", "DELIVERY_RECEIVED"), buyers);
    }

    /** Steps where cases waited longest on average, longest first (the evaluation's bottlenecks). */
    private List<Dashboard.StepWait> bottlenecks(Map<String, Map<String, Figures.Sum>> sums) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return sums.getOrDefault("STEP_WAIT", Map.of()).values().stream()
                .filter(sum -> sum.n() > 0)
                .map(sum -> {
                    String[] parts = sum.dimension().split(" ");
                    var template = templates.byCode(parts[0]);
                    String pathway = template.map(t -> english ? t.titleEn() : t.titleId()).orElse(parts[0]);
                    String step = template.flatMap(t -> t.step(parts[1])).map(s -> english ? s.titleEn() : s.titleId()).orElse(parts[1]);
                    return new Dashboard.StepWait(pathway, step, sum.n(), (double) sum.total() / sum.n());
                })
                .sorted(Comparator.comparingDouble(Dashboard.StepWait::averageDays).reversed())
                .limit(10)
                .toList();
    }
}
