package id.naikkelas.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * A kind of reminder: which people are due one on {@code today}. Each reads other modules only through their published
 * views (ADR 0013). Its window is wider than one day where a missed run must be caught up (an expiring permit, an
 * overdue step); the reminder's {@code once} key keeps the catch-up from sending it twice.
 */
interface ReminderRule {

    List<Reminder> due(LocalDate today);
}
