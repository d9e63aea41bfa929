package id.naikkelas.training;

import id.naikkelas.common.IndonesiaZone;
import id.naikkelas.common.JourneySource;
import id.naikkelas.common.Labels;
import id.naikkelas.identity.Access;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * A business's trainings in its journey: each confirmed registration on the day the event begins (linking to the
 * event page, only for events the viewer may see) and each certificate still valid on the day it was issued (linking
 * to its public verification page).
 */
@Component
class TrainingJourney implements JourneySource {

    private final JdbcClient jdbc;
    private final Access access;
    private final Labels labels;
    private final MessageSource messages;

    TrainingJourney(JdbcClient jdbc, Access access, Labels labels, MessageSource messages) {
        this.jdbc = jdbc;
        this.access = access;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public List<Entry> entriesOf(long businessId, Locale locale) {
        var scope = TrainingAccess.visible(access.require());
        var params = new HashMap<String, Object>(scope.params());
        params.put("business", businessId);
        var entries = new ArrayList<Entry>();
        jdbc.sql("""
                        SELECT e.id, e.topic, e.type, e.region_code, r.participant_name, r.registered_at,
                               (SELECT min(s.starts_at) FROM training_session s WHERE s.event_id = e.id) AS starts_at,
                               EXISTS (SELECT 1 FROM training_attendance a WHERE a.registration_id = r.id) AS attended,
                               c.code, c.issued_at
                        FROM training_registration r JOIN training_event e ON e.id = r.event_id
                        LEFT JOIN training_certificate c ON c.registration_id = r.id AND c.revoked_at IS NULL
                        WHERE r.business_id = :business AND r.status = 'CONFIRMED' AND\s""" + scope.sql())
                .params(params)
                .query(rs -> {
                    var zone = IndonesiaZone.of(rs.getString("region_code"));
                    var starts = rs.getObject("starts_at", OffsetDateTime.class);
                    var on = zone.at(starts != null ? starts : rs.getObject("registered_at", OffsetDateTime.class)).toLocalDate();
                    String type = labels.of(EventType.valueOf(rs.getString("type")), locale);
                    String who = rs.getString("participant_name");
                    String detail = rs.getBoolean("attended") ? messages.getMessage("journey.training.attended", new Object[]{who}, locale) : who;
                    entries.add(new Entry(on, "TRAINING", type + ": " + rs.getString("topic"), detail, "/pelatihan/" + rs.getLong("id"), null));
                    String code = rs.getString("code");
                    if (code != null) {
                        entries.add(new Entry(zone.at(rs.getObject("issued_at", OffsetDateTime.class)).toLocalDate(), "CERTIFICATE",
                                messages.getMessage("journey.training.certificate", new Object[]{rs.getString("topic")}, locale),
                                who + " · " + code, "/sertifikat/" + code, null));
                    }
                });
        return entries;
    }
}
