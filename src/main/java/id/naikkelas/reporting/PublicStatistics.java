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
 * Statistics anyone may read: totals per province (or per regency of one province), no personal data. Every count from
 * 1 to 4 is shown as "<5", and further counts are hidden ("×") where a total would give a small one back
 * ({@link Suppression}, ADR 0024), so that no small group of businesses can be singled out.
 */
@Service
public class PublicStatistics {

    /** Counts below this (and above zero) are not shown. */
    static final int SMALLEST_SHOWN = Suppression.SMALLEST_SHOWN;
    /** The three counted columns, in the order of {@link Row}. */
    private static final int COLUMNS = 3;

    private final Figures figures;
    private final Regions regions;
    private final JdbcClient jdbc;

    PublicStatistics(Figures figures, Regions regions, JdbcClient jdbc) {
        this.figures = figures;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /** A count as published: its value, or none when hidden ({@code shown} says "<5", or "×" for a complement). */
    public record Count(Long value, String shown) {
        static Count of(long n, Locale locale) {
            return of(n, Suppression.small(n) ? Suppression.Mark.SMALL : Suppression.Mark.SHOWN, locale);
        }

        static Count of(long n, Suppression.Mark mark, Locale locale) {
            return switch (mark) {
                case SMALL -> new Count(null, "<" + SMALLEST_SHOWN);
                case COMPLEMENT -> new Count(null, "×");
                case SHOWN -> new Count(n, NumberFormat.getIntegerInstance(locale).format(n));
            };
        }
    }

    public record Row(String code, String name, Count registered, Count certified, Count permits, String link) {
    }

    /** @param programsRunning programs active now, across the country (programs are not split by region here) */
    public record Statistics(String region, String regionName, Count registered, Count certified, Count permits,
                             Count programsRunning, List<Row> rows) {
    }

    /** One level's raw counts: per child region (registered, certified, permits) and the total over the scope. */
    private record Level(Map<String, long[]> rows, long[] total) {
    }

    /** The marks of a level: per child region and column, and the totals. */
    private record Marked(Map<String, Suppression.Mark[]> rows, Suppression.Mark[] total) {
    }

    @Transactional(readOnly = true)
    public Statistics of(String region, Locale locale) {
        if (region != null && !region.isBlank() && (region.length() != 2 || regions.find(region).isEmpty())) {
            throw InvalidInput.of("region", "statistics.error.region");
        }
        boolean province = region != null && !region.isBlank();
        Level provinces = level(null, 2);
        Marked country = mark(provinces, new boolean[COLUMNS]);
        Level shown = provinces;
        Marked marks = country;
        if (province) {
            // the province's total is also its row on the country page: hidden there, it stays hidden here
            var hiddenAbove = new boolean[COLUMNS];
            var asRow = country.rows().get(region);
            for (int c = 0; c < COLUMNS; c++) {
                hiddenAbove[c] = asRow != null && asRow[c] != Suppression.Mark.SHOWN;
            }
            shown = level(List.of(region), 5);
            marks = mark(shown, hiddenAbove);
            if (asRow != null) {
                for (int c = 0; c < COLUMNS; c++) {
                    if (hiddenAbove[c]) {
                        marks.total()[c] = asRow[c];
                    }
                }
            }
        }
        var rows = new ArrayList<Row>();
        for (var entry : shown.rows().entrySet()) {
            long[] n = entry.getValue();
            var m = marks.rows().get(entry.getKey());
            var name = regions.find(entry.getKey()).map(Region::name).orElse(entry.getKey());
            rows.add(new Row(entry.getKey(), name, Count.of(n[0], m[0], locale), Count.of(n[1], m[1], locale),
                    Count.of(n[2], m[2], locale), province ? null : "/statistik?region=" + entry.getKey()));
        }
        rows.sort(Comparator.comparing(Row::name));
        long running = jdbc.sql("SELECT count(*) FROM programs_program WHERE status = 'ACTIVE'").query(Long.class).single();
        long[] t = shown.total();
        var tm = marks.total();
        return new Statistics(province ? region : null, province ? regions.find(region).map(Region::name).orElse(region) : null,
                Count.of(t[0], tm[0], locale), Count.of(t[1], tm[1], locale), Count.of(t[2], tm[2], locale),
                Count.of(running, locale), rows);
    }

    /** Registered and certified businesses and permits issued, per child region and in all. */
    private Level level(List<String> scope, int childLength) {
        var byRegion = new HashMap<String, long[]>();
        for (var sum : figures.byChild(scope, 0, List.of("FUNNEL", "PERMIT_MONTH"), childLength)) {
            int column = column(sum.indicator(), sum.dimension());
            if (column >= 0) {
                byRegion.computeIfAbsent(sum.region(), k -> new long[COLUMNS])[column] += sum.n();
            }
        }
        var total = new long[COLUMNS];
        for (var sum : figures.sums(scope, 0, List.of("FUNNEL", "PERMIT_MONTH"))) {
            int column = column(sum.indicator(), sum.dimension());
            if (column >= 0) {
                total[column] += sum.n();
            }
        }
        return new Level(byRegion, total);
    }

    private static int column(String indicator, String dimension) {
        if (indicator.equals("PERMIT_MONTH")) {
            return 2;
        }
        return switch (dimension) {
            case "REGISTERED" -> 0;
            case "CERTIFIED" -> 1;
            default -> -1;
        };
    }

    /** Each column with its total is one additive group. */
    private static Marked mark(Level level, boolean[] totalHidden) {
        var codes = new ArrayList<>(level.rows().keySet());
        var rows = new HashMap<String, Suppression.Mark[]>();
        codes.forEach(code -> rows.put(code, new Suppression.Mark[COLUMNS]));
        var total = new Suppression.Mark[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            var cells = new long[codes.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = level.rows().get(codes.get(i))[c];
            }
            var group = Suppression.of(cells, level.total()[c], totalHidden[c]);
            for (int i = 0; i < cells.length; i++) {
                rows.get(codes.get(i))[c] = group.marks()[i];
            }
            total[c] = group.total();
        }
        return new Marked(rows, total);
    }
}
