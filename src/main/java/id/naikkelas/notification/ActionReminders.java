package id.naikkelas.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** An open corrective action due within three days: the owner and the business's facilitator, once per action and due date. */
@Component
class ActionReminders implements ReminderRule {

    static final int DAYS_BEFORE = 3;
    private static final int SHORT = 120;

    private final JdbcClient jdbc;

    ActionReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        return jdbc.sql("""
                        SELECT a.id, a.due_on, a.region_code, a.requirement_id, a.requirement_en, b.name, u.username,
                               CASE WHEN u.id = b.owner_user_id THEN b.owner_phone END, u.language
                        FROM assessment_open_action a
                        JOIN registry_business b ON b.id = a.business_id AND b.merged_into IS NULL
                        JOIN identity_user u ON u.enabled AND (u.id = b.owner_user_id
                             OR u.id IN (SELECT oa.facilitator_id FROM programs_open_assignment oa WHERE oa.business_id = a.business_id))
                        WHERE a.due_on BETWEEN ? AND ?""")
                .params(today, today.plusDays(DAYS_BEFORE))
                .query((rs, i) -> {
                    LocalDate due = rs.getObject(2, LocalDate.class);
                    String id = shorten(rs.getString(4));
                    String en = shorten(rs.getString(5));
                    String business = rs.getString(6);
                    return new Reminder("reminder.action.due:" + rs.getLong(1) + ":" + due, "reminder.action.due", rs.getString(7),
                            Reminder.language(rs.getString(9)), rs.getString(8), rs.getString(3), "/tindakan",
                            locale -> List.of("en".equals(locale.getLanguage()) ? en : id, business, Dates.format(due, locale)));
                })
                .list();
    }

    private static String shorten(String text) {
        return text == null || text.length() <= SHORT ? text : text.substring(0, SHORT - 1) + "…";
    }
}
