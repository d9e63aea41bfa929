package id.naikkelas.notification;

import id.naikkelas.common.Today;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Asks every {@link ReminderRule} once a day (06:00 WIB, on one node) and hands what is due to {@link Notifications}.
 * Running again the same day, or on two nodes, sends nothing twice: each reminder's id comes from its occasion.
 */
@Service
class Reminders {

    private final List<ReminderRule> rules;
    private final Notifications notifications;
    private final Today today;

    Reminders(List<ReminderRule> rules, Notifications notifications, Today today) {
        this.rules = rules;
        this.notifications = notifications;
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

    /** Written in the recipient's own language, which the rule read with them: each person of the batch their own. */
    private Message message(Reminder r) {
        return Message.once(r.once(), r.username(), r.phone(), r.kind(), r.args().apply(r.language()), r.link(), r.regionCode());
    }
}
