package id.naikkelas.notification;

import id.naikkelas.common.IndonesiaZone;
import id.naikkelas.common.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The day before a session (in the event's own zone): its confirmed participants' owners, with the time and the place
 * or the meeting link, once per session and registration.
 */
@Component
class TrainingReminders implements ReminderRule {

    private final JdbcClient jdbc;
    private final Times times;

    TrainingReminders(JdbcClient jdbc, Times times) {
        this.jdbc = jdbc;
        this.times = times;
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        // a day in any of Indonesia's zones lies within UTC 15:00 the day before and 17:00 the day itself
        var from = tomorrow.atStartOfDay().atOffset(ZoneOffset.ofHours(9));
        var until = tomorrow.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(7));
        return jdbc.sql("""
                        SELECT t.session_id, t.starts_at, t.topic, t.mode, t.venue, t.meeting_link, t.region_code, t.event_id,
                               t.registration_id, u.username, b.owner_phone, u.language
                        FROM training_session_participant t
                        JOIN registry_business b ON b.id = t.business_id
                        JOIN identity_user u ON u.id = b.owner_user_id AND u.enabled
                        WHERE t.starts_at >= ? AND t.starts_at < ?""")
                .params(from, until)
                .query((rs, i) -> {
                    var startsAt = rs.getObject(2, OffsetDateTime.class);
                    String region = rs.getString(7);
                    if (!startsAt.atZoneSameInstant(IndonesiaZone.of(region).zone()).toLocalDate().equals(tomorrow)) {
                        return null;
                    }
                    String topic = rs.getString(3);
                    String place = place(rs.getString(4), rs.getString(5), rs.getString(6));
                    String time = times.time(startsAt, region);
                    return new Reminder("reminder.training.tomorrow:" + rs.getLong(1) + ":" + rs.getLong(9), "reminder.training.tomorrow",
                            rs.getString(10), Reminder.language(rs.getString(12)), rs.getString(11), region, "/pelatihan/" + rs.getLong(8),
                            locale -> List.of(topic, time, place));
                })
                .list().stream().filter(Objects::nonNull).toList();
    }

    /** Online: the link; on site: the venue; hybrid: both, so each participant finds theirs. */
    static String place(String mode, String venue, String link) {
        String v = venue == null ? "" : venue.trim();
        String l = link == null ? "" : link.trim();
        return switch (mode) {
            case "ONLINE" -> l.isEmpty() ? v : l;
            case "HYBRID" -> v.isEmpty() ? l : l.isEmpty() ? v : v + " / " + l;
            default -> v.isEmpty() ? l : v;
        };
    }
}
