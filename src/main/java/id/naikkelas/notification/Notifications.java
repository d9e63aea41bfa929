package id.naikkelas.notification;

import id.naikkelas.identity.Accounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import java.util.Locale;

/**
 * Queues messages with the caller's transaction; once it has committed, each becomes an inbox row and one delivery
 * per channel that reaches its person ({@link Outbox}), sent by the {@link Dispatcher}.
 */
@Service
public class Notifications {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ApplicationEventPublisher events;
    private final Outbox outbox;
    private final Accounts accounts;

    Notifications(ApplicationEventPublisher events, Outbox outbox, Accounts accounts) {
        this.events = events;
        this.outbox = outbox;
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

    /** Runs after the commit; the publication stays incomplete (and is handed over again) until this returns. */
    @ApplicationModuleListener
    void deliver(Message message) {
        outbox.accept(message);
    }

    @ApplicationModuleListener
    void deliver(MessageBatch batch) {
        batch.messages().forEach(outbox::accept);
    }

    /** The text in the recipient's language (the one their account last picked; Indonesian without an account). */
    String render(Message message) {
        Locale locale = message.username() == null ? INDONESIAN : accounts.language(message.username());
        return outbox.render(message, locale);
    }
}
