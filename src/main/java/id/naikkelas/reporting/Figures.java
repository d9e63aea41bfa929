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
    record ChildSum(String region, String dimension, long n) {
    }

    private final JdbcClient jdbc;

    Figures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every indicator summed over the regions (null: the whole country), for all businesses or one program. */
    List<Sum> sums(List<String> regions, long programId) {
        var where = scope(regions, programId);
        return jdbc.sql("""
                        SELECT indicator, dimension, sum(n) AS n, sum(total) AS total FROM reporting_figure
                        WHERE %s GROUP BY indicator, dimension""".formatted(where.sql))
                .params(where.params)
                .query((rs, i) -> new Sum(rs.getString("indicator"), rs.getString("dimension"), rs.getLong("n"), rs.getLong("total")))
                .list();
    }

    /** One indicator summed per region code cut to {@code childLength} characters (2 province, 5 regency, 8 district). */
    List<ChildSum> byChild(List<String> regions, long programId, String indicator, int childLength) {
        var where = scope(regions, programId);
        var params = new HashMap<>(where.params);
        params.put("indicator", indicator);
        params.put("len", childLength);
        return jdbc.sql("""
                        SELECT left(district, :len) AS child, dimension, sum(n) AS n FROM reporting_figure
                        WHERE %s AND indicator = :indicator GROUP BY 1, 2 ORDER BY 1""".formatted(where.sql))
                .params(params)
                .query((rs, i) -> new ChildSum(rs.getString("child"), rs.getString("dimension"), rs.getLong("n")))
                .list();
    }

    /** When the figures were last brought up to date; null before the first build. */
    OffsetDateTime refreshedAt() {
        return jdbc.sql("SELECT refreshed_at FROM reporting_state WHERE id = 1").query(OffsetDateTime.class).optional().orElse(null);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where scope(List<String> regions, long programId) {
        var params = new LinkedHashMap<String, Object>();
        params.put("program", programId);
        if (regions == null) {
            return new Where("program_id = :program", params);
        }
        if (regions.isEmpty()) {
            return new Where("FALSE", params);
        }
        var parts = new ArrayList<String>();
        for (int i = 0; i < regions.size(); i++) {
            params.put("r" + i, regions.get(i));
            params.put("r" + i + "p", regions.get(i) + ".%");
            parts.add("district = :r" + i + " OR district LIKE :r" + i + "p");
        }
        return new Where("program_id = :program AND (" + String.join(" OR ", parts) + ")", params);
    }
}
