package id.naikkelas.notification;

import id.naikkelas.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import java.util.Locale;

/** Queues messages with the caller's transaction and delivers them once it has committed. */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final MessageSender sender;
    private final Accounts accounts;

    Notifications(ApplicationEventPublisher events, MessageSource messages, MessageSender sender, Accounts accounts) {
        this.events = events;
        this.messages = messages;
        this.sender = sender;
        this.accounts = accounts;
    }

    /** Call inside the transaction that makes the message true: it is sent only if that commits. */
    public void send(Message message) {
        events.publishEvent(message);
    }

    /**
     * Many messages made true by one transaction (e.g. a bulk registration): queued as one publication, so the
     * caller's statements do not grow with the number of people; each is still delivered only after the commit.
     */
    public void sendAll(java.util.List<Message> messages) {
        if (!messages.isEmpty()) {
            events.publishEvent(new MessageBatch(messages));
        }
    }

    @ApplicationModuleListener
    void deliver(Message message) {
        sender.send(message, render(message));
    }

    @ApplicationModuleListener
    void deliver(MessageBatch batch) {
        batch.messages().forEach(this::deliver);
    }

    /** The text in the recipient's language (the one their account last picked; Indonesian without an account). */
    String render(Message message) {
        Locale locale = message.username() == null ? INDONESIAN : accounts.language(message.username());
        return messages.getMessage(message.key(), message.args().toArray(), message.key(), locale);
    }

    @Configuration
    static class Senders {

        @Bean
        @ConditionalOnMissingBean(MessageSender.class)
        MessageSender logOnlySender() {
            return (message, text) -> log.info("notification to {}: {}", message.username(), text);
        }
    }
}
