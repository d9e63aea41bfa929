package id.naikkelas.feedback;

import id.naikkelas.identity.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/**
 * IKM results per unit and period, from the answers given in the user's jurisdiction: one grouped query
 * returns each unit's respondents and score totals, and {@link IkmIndex} does the rest.
 */
@Service
public class SurveyResults {

    private final JdbcClient jdbc;
    private final Access access;
    private final IkmGrades grades = IkmGrades.load();

    SurveyResults(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public record UnitResult(long agencyId, String unit, IkmIndex.Result result) {
    }

    /** Every unit with answers in the period (inclusive dates), the best IKM first. */
    public List<UnitResult> byUnit(LocalDate from, LocalDate to) {
        var me = access.require();
        if (!me.isProgramStaff()) {
            throw new AccessDeniedException("survey results are for the units' staff");
        }
        var scope = me.jurisdiction().sql("r.region_code");
        var params = new java.util.HashMap<String, Object>(scope.params());
        params.put("from", from);
        params.put("to", to);
        return jdbc.sql("""
                        SELECT r.agency_id, a.name, count(*) AS n, sum(u1) AS s1, sum(u2) AS s2, sum(u3) AS s3, sum(u4) AS s4,
                               sum(u5) AS s5, sum(u6) AS s6, sum(u7) AS s7, sum(u8) AS s8, sum(u9) AS s9
                        FROM survey_response r JOIN identity_agency a ON a.id = r.agency_id
                        WHERE r.answered_on BETWEEN :from AND :to AND\s""" + scope.sql() + " GROUP BY r.agency_id, a.name LIMIT 500")
                .params(params)
                .query((rs, i) -> {
                    long[] sums = new long[IkmElement.values().length];
                    for (int e = 0; e < sums.length; e++) {
                        sums[e] = rs.getLong("s" + (e + 1));
                    }
                    return new UnitResult(rs.getLong("agency_id"), rs.getString("name"), IkmIndex.of(rs.getLong("n"), sums, grades));
                })
                .list().stream()
                .sorted(java.util.Comparator.comparing((UnitResult u) -> u.result().ikm()).reversed().thenComparing(UnitResult::unit))
                .toList();
    }

    /** The conversion table, for the page that explains the grades. */
    public List<IkmGrades.Grade> grades() {
        return grades.rows();
    }
}
