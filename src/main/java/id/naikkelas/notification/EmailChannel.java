package id.naikkelas.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP (Spring Mail). The idempotency key is the Message-ID, so a mail server or the recipient's client
 * that sees the same message twice after a crash can tell (ADR 0017).
 */
class EmailChannel implements Channel {

    private final JavaMailSender mail;
    private final String from;
    private final String subject;

    EmailChannel(JavaMailSender mail, String from, String subject) {
        this.mail = mail;
        this.from = from;
        this.subject = subject;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public Outcome send(Delivery delivery) {
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(delivery.address());
            helper.setSubject(subject);
            helper.setText(delivery.text());
            message.saveChanges();
            message.setHeader("Message-ID", "<" + delivery.idempotencyKey().replace(':', '.') + "@naikkelas>");
            mail.send(message);
            return new Sent(message.getMessageID());
        } catch (MailParseException | MailPreparationException | MailAuthenticationException e) {
            return new Failed("e-mail: " + e.getMessage());
        } catch (MailSendException e) {
            boolean addressRefused = e.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance);
            return addressRefused ? new Failed("e-mail address refused: " + delivery.address()) : new Retry("SMTP: " + e.getMessage(), null);
        } catch (MailException e) {
            return new Retry("SMTP: " + e.getMessage(), null);
        } catch (MessagingException e) {
            return new Failed("e-mail: " + e.getMessage());
        }
    }
}
