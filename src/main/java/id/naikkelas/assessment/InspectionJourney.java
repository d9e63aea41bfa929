package id.naikkelas.assessment;

import id.naikkelas.common.JourneySource;
import id.naikkelas.registry.Businesses;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * A business's finished inspections in its journey, with their level, linking to the inspection page. Drafts stay
 * out: the owner may not open them, and a draft is work, not an event.
 */
@Component
class InspectionJourney implements JourneySource {

    private final JdbcClient jdbc;
    private final Businesses businesses;
    private final MessageSource messages;

    InspectionJourney(JdbcClient jdbc, Businesses businesses, MessageSource messages) {
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.messages = messages;
    }

    @Override
    public List<Entry> entriesOf(long businessId, Locale locale) {
        var scope = businesses.visibleCondition("i.business_id");
        var params = new HashMap<String, Object>(scope.params());
        params.put("business", businessId);
        return jdbc.sql("SELECT i.id, i.inspected_on, i.level_code, i.score FROM inspection i"
                        + " WHERE i.business_id = :business AND i.status = 'FINISHED' AND " + scope.sql())
                .params(params)
                .query((rs, i) -> {
                    String level = rs.getString("level_code");
                    var score = rs.getBigDecimal("score");
                    String detail = level == null ? null : messages.getMessage("journey.inspection.level",
                            new Object[]{level, score == null ? "–" : score.stripTrailingZeros().toPlainString()}, locale);
                    return new Entry(rs.getObject("inspected_on", LocalDate.class), "INSPECTION",
                            messages.getMessage("journey.inspection", null, locale), detail, "/pemeriksaan/" + rs.getLong("id"), null);
                })
                .list();
    }
}
