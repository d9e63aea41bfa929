package id.naikkelas.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** The facilitator of a planned visit: the day before it, and once it is past and still not recorded (up to a week). */
@Component
class VisitReminders implements ReminderRule {

    static final int MISSED_FOR_DAYS = 7;

    private final JdbcClient jdbc;

    VisitReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        return jdbc.sql("""
                        SELECT v.id, v.planned_on, v.region_code, v.business_id, b.name, u.username, u.language
                        FROM programs_planned_visit v
                        JOIN registry_business b ON b.id = v.business_id AND b.merged_into IS NULL
                        JOIN identity_user u ON u.id = v.facilitator_id AND u.enabled
                        WHERE v.planned_on = ? OR v.planned_on BETWEEN ? AND ?""")
                .params(today.plusDays(1), today.minusDays(MISSED_FOR_DAYS), today.minusDays(1))
                .query((rs, i) -> {
                    LocalDate planned = rs.getObject(2, LocalDate.class);
                    String kind = planned.isAfter(today) ? "reminder.visit.tomorrow" : "reminder.visit.missed";
                    String business = rs.getString(5);
                    return new Reminder(kind + ":" + rs.getLong(1) + ":" + planned, kind, rs.getString(6), Reminder.language(rs.getString(7)),
                            null, rs.getString(3),
                            "/usaha/" + rs.getLong(4), locale -> List.of(business, Dates.format(planned, locale)));
                })
                .list();
    }
}
