package id.naikkelas.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail channel against an in-process SMTP server. */
class EmailChannelTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    EmailChannel channel(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new EmailChannel(sender, "Naik Kelas <no-reply@naikkelas.test>", "Naik Kelas");
    }

    @Test
    void sendsTheTextWithTheIdempotencyKeyAsMessageId() throws Exception {
        var delivery = new Delivery(7, "0c5e-11:EMAIL", ChannelKind.EMAIL, "sari@example.test", "reminder.action.due", "nk_action_due",
                "id", List.of(), "Tindakan perbaikan \"Lantai\" di Keripik Bu Sari jatuh tempo 5 Des 2026.", 1);

        var outcome = channel(smtp.getSmtp().getPort()).send(delivery);

        assertThat(outcome).isInstanceOf(Channel.Sent.class);
        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("sari@example.test");
        assertThat(received[0].getMessageID()).isEqualTo("<0c5e-11.EMAIL@naikkelas>");
        assertThat(GreenMailUtil.getBody(received[0])).contains("jatuh tempo 5 Des 2026");
    }

    @Test
    void aMailServerThatIsDownIsTriedAgain() {
        var delivery = new Delivery(8, "k:EMAIL", ChannelKind.EMAIL, "sari@example.test", "k", "k", "id", List.of(), "x", 1);
        assertThat(channel(1).send(delivery)).isInstanceOf(Channel.Retry.class);
    }
}
