package id.naikkelas.notification;

import id.naikkelas.common.IndonesiaZone;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Accounts;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a message into what will reach its person: the inbox row (always, for an account) and one delivery row per
 * channel they can be reached on and want, in one transaction. Every insert is keyed by the message's id, so when
 * the event publication registry hands the same message over again (after a crash), nothing is added twice.
 */
@Service
class Outbox {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Templates templates;
    private final Preferences preferences;
    private final Channels channels;
    private final MessageSource bundles;
    private final Today today;

    Outbox(JdbcClient jdbc, Accounts accounts, Templates templates, Preferences preferences, Channels channels,
           MessageSource bundles, Today today) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.templates = templates;
        this.preferences = preferences;
        this.channels = channels;
        this.bundles = bundles;
        this.today = today;
    }

    @Transactional
    void accept(Message message) {
        var contact = message.username() == null ? Optional.<Accounts.Contact>empty() : accounts.contact(message.username());
        Locale locale = contact.map(Accounts.Contact::language).orElse(INDONESIAN);
        var template = templates.find(message.key());
        String text = render(message, locale, template);
        String templateName = template.map(Template::whatsappName).orElse(message.key().replace('.', '_'));
        var choice = preferences.of(message.username());
        OffsetDateTime now = today.now();
        boolean reached = false;
        if (contact.isPresent()) {
            jdbc.sql("""
                            INSERT INTO notification_inbox (message_id, username, kind, text, link, created_at) VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (message_id) DO NOTHING""")
                    .params(message.id(), message.username(), message.key(), text, message.link(), now).update();
            insert(message, ChannelKind.INBOX, null, templateName, locale, text, "SENT", now, now);
            reached = true;
        }
        String email = message.email() != null ? message.email() : contact.map(Accounts.Contact::email).orElse(null);
        if (email != null && channels.get(ChannelKind.EMAIL).isPresent() && choice.wants(message.key(), ChannelKind.EMAIL)) {
            insert(message, ChannelKind.EMAIL, email, templateName, locale, text, "PENDING", now, null);
            reached = true;
        }
        String phone = message.phone() != null ? message.phone() : contact.map(Accounts.Contact::phone).orElse(null);
        if (phone != null && channels.get(ChannelKind.WHATSAPP).isPresent() && choice.wants(message.key(), ChannelKind.WHATSAPP)) {
            String region = message.regionCode() != null ? message.regionCode() : contact.map(Accounts.Contact::regionCode).orElse(null);
            var notBefore = choice.outsideQuietHours(now.toZonedDateTime(), IndonesiaZone.of(region).zone()).toOffsetDateTime();
            insert(message, ChannelKind.WHATSAPP, phone, templateName, locale, text, "PENDING", notBefore, null);
            reached = true;
        }
        if (!reached) {
            // a phone or address without an account and no provider for it: said in the delivery log, not lost in a log file
            var channel = phone == null && email != null ? ChannelKind.EMAIL : ChannelKind.WHATSAPP;
            jdbc.sql("""
                            INSERT INTO notification_delivery (idempotency_key, message_id, username, channel, address, kind, template_name,
                                language, params, text, status, next_attempt_at, created_at, finished_at, last_error)
                            VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, 'FAILED', ?, ?, ?, 'no channel reaches this person')
                            ON CONFLICT (idempotency_key) DO NOTHING""")
                    .params(message.id() + ":" + channel, message.id(), channel.name(), channel == ChannelKind.EMAIL ? email : phone,
                            message.key(), templateName,
                            locale.getLanguage(), message.args().toArray(String[]::new), text, now, now, now).update();
        }
    }

    private void insert(Message message, ChannelKind channel, String address, String templateName, Locale locale, String text, String status,
                        OffsetDateTime due, OffsetDateTime finished) {
        jdbc.sql("""
                        INSERT INTO notification_delivery (idempotency_key, message_id, username, channel, address, kind, template_name,
                            language, params, text, status, next_attempt_at, created_at, finished_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .params(message.id() + ":" + channel, message.id(), message.username(), channel.name(), address, message.key(),
                        templateName, locale.getLanguage(), message.args().toArray(String[]::new), text, status, due,
                        today.now(), finished)
                .update();
    }

    /** The text from the kind's template, or from the message bundles for a kind that has no template row. */
    String render(Message message, Locale locale) {
        return render(message, locale, templates.find(message.key()));
    }

    private String render(Message message, Locale locale, Optional<Template> template) {
        return template.map(t -> t.render(locale, message.args()))
                .orElseGet(() -> bundles.getMessage(message.key(), message.args().toArray(), message.key(), locale));
    }
}
