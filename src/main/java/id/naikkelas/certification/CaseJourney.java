package id.naikkelas.certification;

import id.naikkelas.common.IndonesiaZone;
import id.naikkelas.common.JourneySource;
import id.naikkelas.common.Labels;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * A business's permit cases in its journey: each case opened, each step done and each case closed, linking to the
 * case page. Read under the registry's rule for the business, the same rule the case page applies, so the links open.
 */
@Component
class CaseJourney implements JourneySource {

    private final JdbcClient jdbc;
    private final Businesses businesses;
    private final StepWords steps;
    private final Labels labels;
    private final MessageSource messages;

    CaseJourney(JdbcClient jdbc, Businesses businesses, StepWords steps, Labels labels, MessageSource messages) {
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.steps = steps;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public List<Entry> entriesOf(long businessId, Locale locale) {
        var scope = businesses.visibleCondition("c.business_id");
        var params = new HashMap<String, Object>(scope.params());
        params.put("business", businessId);
        String where = " WHERE c.business_id = :business AND " + scope.sql();
        // opened, steps done (a transition away from a step) and closed, in one statement
        return jdbc.sql("SELECT c.id, c.permit_type, c.region_code, 'OPENED' AS what, NULL AS step, c.opened_at AS at"
                        + " FROM certification_case c" + where
                        + " UNION ALL SELECT c.id, c.permit_type, c.region_code, 'STEP', t.from_step, t.at"
                        + " FROM case_transition t JOIN certification_case c ON c.id = t.case_id" + where
                        + " AND t.from_step IS NOT NULL AND t.to_step IS NOT NULL"
                        + " UNION ALL SELECT c.id, c.permit_type, c.region_code, c.status, NULL, c.closed_at"
                        + " FROM certification_case c" + where + " AND c.closed_at IS NOT NULL")
                .params(params)
                .query((rs, i) -> {
                    String permit = labels.of(PermitType.valueOf(rs.getString("permit_type")), locale);
                    String what = rs.getString("what");
                    var at = IndonesiaZone.of(rs.getString("region_code")).at(rs.getObject("at", OffsetDateTime.class));
                    boolean step = "STEP".equals(what);
                    String title = messages.getMessage(step ? "journey.case.step" : "journey.case." + what, new Object[]{permit}, locale);
                    return new Entry(at.toLocalDate(), step ? "CASE_STEP" : "CASE", title,
                            step ? steps.title(rs.getString("step"), locale) : null, "/kasus/" + rs.getLong("id"), null);
                })
                .list();
    }
}
