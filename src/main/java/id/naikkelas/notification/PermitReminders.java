package id.naikkelas.notification;

import id.naikkelas.common.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A held permit about to expire: 90 days before and again 30 days before, to the business's owner and the officers of
 * its region. A permit first seen inside a window gets that window's reminder once.
 */
@Component
class PermitReminders implements ReminderRule {

    static final int FIRST = 90;
    static final int SECOND = 30;

    private final JdbcClient jdbc;
    private final Labels labels;

    PermitReminders(JdbcClient jdbc, Labels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        return jdbc.sql("""
                        SELECT p.id, p.type, p.number, p.expires_on, p.region_code, b.name, u.username,
                               CASE WHEN u.id = b.owner_user_id THEN b.owner_phone END, u.id = b.owner_user_id, u.language
                        FROM registry_permit p
                        JOIN registry_business b ON b.id = p.business_id AND b.merged_into IS NULL
                        JOIN identity_user u ON u.enabled AND (u.id = b.owner_user_id
                             OR 'OFFICER' = ANY (u.roles) AND EXISTS (SELECT 1 FROM unnest(u.region_codes) AS rc(code)
                                                                      WHERE p.region_code = rc.code OR p.region_code LIKE rc.code || '.%'))
                        WHERE p.expires_on BETWEEN ? AND ?""")
                .params(today, today.plusDays(FIRST))
                .query((rs, i) -> {
                    LocalDate expires = rs.getObject(4, LocalDate.class);
                    long days = ChronoUnit.DAYS.between(today, expires);
                    int window = days <= SECOND ? SECOND : FIRST;
                    String type = rs.getString(2);
                    String number = rs.getString(3);
                    String business = rs.getString(6);
                    boolean owner = rs.getBoolean(9);
                    return new Reminder("reminder.permit.expiring:" + rs.getLong(1) + ":" + expires + ":" + window, "reminder.permit.expiring",
                            rs.getString(7), Reminder.language(rs.getString(10)), rs.getString(8), rs.getString(5),
                            owner ? "/izin-saya" : "/izin/perpanjangan",
                            locale -> List.of(Dates.in(locale, () -> labels.ofCode("registry.PermitType", type)) + " " + number, business,
                                    Dates.format(expires, locale), Long.toString(days)));
                })
                .list();
    }
}
