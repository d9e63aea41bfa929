package id.naikkelas.notification;

import id.naikkelas.common.Today;
import id.naikkelas.identity.Accounts;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Asks every {@link ReminderRule} once a day (06:00 WIB, on one node) and hands what is due to {@link Notifications}.
 * Running again the same day, or on two nodes, sends nothing twice: each reminder's id comes from its occasion.
 */
@Service
class Reminders {

    private final List<ReminderRule> rules;
    private final Notifications notifications;
    private final Accounts accounts;
    private final Today today;

    Reminders(List<ReminderRule> rules, Notifications notifications, Accounts accounts, Today today) {
        this.rules = rules;
        this.notifications = notifications;
        this.accounts = accounts;
        this.today = today;
    }

    @Scheduled(cron = "${naikkelas.notification.reminders-cron:0 0 6 * * *}", zone = "Asia/Jakarta")
    @SchedulerLock(name = "notification-reminders", lockAtMostFor = "PT30M")
    void daily() {
        run(today.date());
    }

    /** The reminders due on {@code day}, queued in one transaction; returns how many. */
    @Transactional
    int run(LocalDate day) {
        var messages = due(day);
        notifications.sendAll(messages);
        return messages.size();
    }

    List<Message> due(LocalDate day) {
        return rules.stream().flatMap(rule -> rule.due(day).stream()).map(this::message).toList();
    }

    private Message message(Reminder r) {
        Locale locale = accounts.language(r.username());
        return Message.once(r.once(), r.username(), r.phone(), r.kind(), r.args().apply(locale), r.link(), r.regionCode());
    }
}
