package id.naikkelas.notification;

import id.naikkelas.common.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A case step past the due date its SLA gave it: once per step and due date, to the case's facilitator (the assignee)
 * and the officer who opened it, when they have accounts.
 */
@Component
class CaseReminders implements ReminderRule {

    private final JdbcClient jdbc;
    private final Labels labels;

    CaseReminders(JdbcClient jdbc, Labels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        return jdbc.sql("""
                        SELECT DISTINCT c.id, c.current_step, c.step_due_on, c.region_code, b.name, u.username, u.language
                        FROM certification_open_step c
                        JOIN registry_business b ON b.id = c.business_id
                        JOIN identity_user u ON u.username IN (c.facilitator, c.opened_by) AND u.enabled
                        WHERE c.step_due_on < ? AND c.current_step IS NOT NULL""")
                .param(today)
                .query((rs, i) -> {
                    String step = rs.getString(2);
                    LocalDate dueOn = rs.getObject(3, LocalDate.class);
                    String business = rs.getString(5);
                    return new Reminder("reminder.case.overdue:" + rs.getLong(1) + ":" + step + ":" + dueOn, "reminder.case.overdue",
                            rs.getString(6), Reminder.language(rs.getString(7)), null, rs.getString(4), "/kasus/" + rs.getLong(1),
                            locale -> List.of(stepTitle(step, locale), business, Dates.format(dueOn, locale)));
                })
                .list();
    }

    /** The step's title as the case page writes it, in the recipient's language. */
    private String stepTitle(String step, Locale locale) {
        return Dates.in(locale, () -> labels.ofRecorded("case", "step", step));
    }
}
