package id.naikkelas.notification;

import id.naikkelas.common.Today;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The channels an installation configures (README "Notifications"): e-mail when {@code spring.mail.host} is set,
 * WhatsApp when {@code naikkelas.notification.whatsapp.token} is; neither in the embedded default. Scheduled jobs
 * take a ShedLock lock in the database, so one node runs each at a time.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class NotificationConfiguration {

    @Bean
    LockProvider lockProvider(JdbcTemplate jdbc) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).usingDbTime().build());
    }

    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}' != ''")
    Channel emailChannel(ObjectProvider<JavaMailSender> mail, Environment env) {
        return new EmailChannel(mail.getObject(), env.getProperty("naikkelas.notification.mail.from", "Naik Kelas <no-reply@naikkelas.id>"),
                env.getProperty("naikkelas.notification.mail.subject", "Naik Kelas"));
    }

    @Bean
    @ConditionalOnExpression("'${naikkelas.notification.whatsapp.token:}' != ''")
    Channel whatsAppChannel(Environment env) {
        return new WhatsAppChannel(new WhatsAppChannel.Settings(
                env.getProperty("naikkelas.notification.whatsapp.base-url", "https://graph.facebook.com/v21.0"),
                env.getRequiredProperty("naikkelas.notification.whatsapp.phone-number-id"),
                env.getRequiredProperty("naikkelas.notification.whatsapp.token")));
    }

    @Bean
    Dispatcher dispatcher(JdbcClient jdbc, Today today, Channels channels) {
        return new Dispatcher(jdbc, today, channels);
    }

    /** Sends due deliveries every few seconds; the lock keeps two nodes from claiming at the same moment for nothing. */
    @Component
    static class DispatchJob {

        private final Dispatcher dispatcher;

        DispatchJob(Dispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Scheduled(fixedDelayString = "${naikkelas.notification.dispatch-interval:10s}", initialDelayString = "${naikkelas.notification.dispatch-interval:10s}")
        @SchedulerLock(name = "notification-dispatch", lockAtMostFor = "PT5M")
        void dispatch() {
            dispatcher.run();
        }
    }
}
