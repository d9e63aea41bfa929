package id.naikkelas.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sums of the maintained figures over a set of regions: the only reads a dashboard, report or statistic makes. */
@Repository
class Figures {

    /** One summed figure. */
    record Sum(String indicator, String dimension, long n, long total) {
    }

    /** A funnel stage (or another indicator's dimension) summed per child region. */
    record ChildSum(String region, String indicator, String dimension, long n) {
    }

    private final JdbcClient jdbc;

    Figures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every indicator summed over the regions (null: the whole country), for all businesses or one program. A province
     * or regency is read from its rollup, a district from its own figures, so a province is a few thousand rows.
     */
    List<Sum> sums(List<String> regions, long programId) {
        return sums(regions, programId, null);
    }

    /** The same for some indicators only (null: all). */
    List<Sum> sums(List<String> regions, long programId, List<String> indicators) {
        var params = new LinkedHashMap<String, Object>();
        params.put("program", programId);
        String only = "";
        if (indicators != null) {
            params.put("indicators", indicators);
            only = " AND indicator IN (:indicators)";
        }
        var parts = new ArrayList<String>();
        if (regions == null) {
            parts.add("SELECT indicator, dimension, n, total FROM reporting_rollup WHERE region = '' AND program_id = :program" + only);
        } else {
            for (int i = 0; i < regions.size(); i++) {
                String code = regions.get(i);
                params.put("r" + i, code);
                params.put("r" + i + "p", code + ".%");
                parts.add(code.length() <= 5
                        ? "SELECT indicator, dimension, n, total FROM reporting_rollup WHERE region = :r" + i + " AND program_id = :program" + only
                        : "SELECT indicator, dimension, n, total FROM reporting_figure WHERE (district = :r" + i + " OR district LIKE :r" + i
                          + "p) AND program_id = :program" + only);
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT indicator, dimension, sum(n) AS n, sum(total) AS total FROM (" + String.join(" UNION ALL ", parts)
                        + ") f GROUP BY indicator, dimension")
                .params(params)
                .query((rs, i) -> new Sum(rs.getString("indicator"), rs.getString("dimension"), rs.getLong("n"), rs.getLong("total")))
                .list();
    }

    /**
     * Indicators summed per region one level down ({@code childLength}: 2 provinces, 5 regencies, 8 districts). What is
     * recorded above that level (e.g. only a regency's code) has no row here; the totals of {@link #sums} hold it.
     */
    List<ChildSum> byChild(List<String> regions, long programId, List<String> indicators, int childLength) {
        var params = new LinkedHashMap<String, Object>();
        params.put("program", programId);
        params.put("indicators", indicators);
        params.put("len", childLength);
        boolean rollup = childLength <= 5;
        String column = rollup ? "region" : "district";
        var scope = new ArrayList<String>();
        if (regions != null) {
            for (int i = 0; i < regions.size(); i++) {
                params.put("r" + i, regions.get(i));
                params.put("r" + i + "p", regions.get(i) + ".%");
                scope.add(column + " = :r" + i + " OR " + column + " LIKE :r" + i + "p");
            }
            if (scope.isEmpty()) {
                return List.of();
            }
        }
        String where = "program_id = :program AND indicator IN (:indicators)"
                + (rollup ? " AND length(region) = :len" : " AND length(district) >= :len")
                + (scope.isEmpty() ? "" : " AND (" + String.join(" OR ", scope) + ")");
        String child = rollup ? "region" : "left(district, :len)";
        return jdbc.sql("SELECT " + child + " AS child, indicator, dimension, sum(n) AS n FROM " + (rollup ? "reporting_rollup" : "reporting_figure")
                        + " WHERE " + where + " GROUP BY 1, 2, 3 ORDER BY 1")
                .params(params)
                .query((rs, i) -> new ChildSum(rs.getString("child"), rs.getString("indicator"), rs.getString("dimension"), rs.getLong("n")))
                .list();
    }

    /** When the figures were last brought up to date; null before the first build. */
    OffsetDateTime refreshedAt() {
        return jdbc.sql("SELECT refreshed_at FROM reporting_state WHERE id = 1").query(OffsetDateTime.class).optional().orElse(null);
    }

}
