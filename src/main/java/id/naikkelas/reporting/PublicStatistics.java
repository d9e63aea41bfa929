package id.naikkelas.reporting;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.Region;
import id.naikkelas.reference.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Statistics anyone may read: totals per province (or per regency of one province), no personal data, and every count
 * from 1 to 4 shown as "<5" so that no small group of businesses can be singled out.
 */
@Service
public class PublicStatistics {

    /** Counts below this (and above zero) are not shown. */
    static final int SMALLEST_SHOWN = 5;

    private final Figures figures;
    private final Regions regions;
    private final JdbcClient jdbc;

    PublicStatistics(Figures figures, Regions regions, JdbcClient jdbc) {
        this.figures = figures;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /** A count as published: its value, or none when it is small ({@code shown} says "<5"). */
    public record Count(Long value, String shown) {
        static Count of(long n, Locale locale) {
            if (n > 0 && n < SMALLEST_SHOWN) {
                return new Count(null, "<" + SMALLEST_SHOWN);
            }
            return new Count(n, NumberFormat.getIntegerInstance(locale).format(n));
        }
    }

    public record Row(String code, String name, Count registered, Count certified, Count permits, String link) {
    }

    /** @param programsRunning programs active now, across the country (programs are not split by region here) */
    public record Statistics(String region, String regionName, Count registered, Count certified, Count permits,
                             Count programsRunning, List<Row> rows) {
    }

    @Transactional(readOnly = true)
    public Statistics of(String region, Locale locale) {
        if (region != null && !region.isBlank() && (region.length() != 2 || regions.find(region).isEmpty())) {
            throw InvalidInput.of("region", "statistics.error.region");
        }
        boolean province = region != null && !region.isBlank();
        List<String> scope = province ? List.of(region) : null;
        int childLength = province ? 5 : 2;
        var byRegion = new HashMap<String, Map<String, Long>>();
        for (var sum : figures.byChild(scope, 0, List.of("FUNNEL", "PERMIT_MONTH"), childLength)) {
            String key = sum.indicator().equals("FUNNEL") ? sum.dimension() : "PERMITS";
            byRegion.computeIfAbsent(sum.region(), k -> new HashMap<>()).merge(key, sum.n(), Long::sum);
        }
        var rows = new ArrayList<Row>();
        for (var entry : byRegion.entrySet()) {
            var n = entry.getValue();
            var name = regions.find(entry.getKey()).map(Region::name).orElse(entry.getKey());
            rows.add(new Row(entry.getKey(), name, Count.of(n.getOrDefault("REGISTERED", 0L), locale),
                    Count.of(n.getOrDefault("CERTIFIED", 0L), locale), Count.of(n.getOrDefault("PERMITS", 0L), locale),
                    province ? null : "/statistik?region=" + entry.getKey()));
        }
        rows.sort(Comparator.comparing(Row::name));
        long registered = 0;
        long certified = 0;
        long permits = 0;
        for (var sum : figures.sums(scope, 0, List.of("FUNNEL", "PERMIT_MONTH"))) {
            if (sum.indicator().equals("FUNNEL") && sum.dimension().equals("REGISTERED")) {
                registered += sum.n();
            } else if (sum.indicator().equals("FUNNEL") && sum.dimension().equals("CERTIFIED")) {
                certified += sum.n();
            } else if (sum.indicator().equals("PERMIT_MONTH")) {
                permits += sum.n();
            }
        }
        long running = jdbc.sql("SELECT count(*) FROM programs_program WHERE status = 'ACTIVE'").query(Long.class).single();
        return new Statistics(province ? region : null, province ? regions.find(region).map(Region::name).orElse(region) : null,
                Count.of(registered, locale), Count.of(certified, locale), Count.of(permits, locale), Count.of(running, locale), rows);
    }
}
