package id.naikkelas.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone without an account yet (an invitee who gave only an e-mail address) is reached at that address. */
@IntegrationTest
class AddressMessageTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Today today;
    @Autowired
    Accounts accounts;
    @Autowired
    Templates templates;
    @Autowired
    Preferences preferences;
    @Autowired
    MessageSource bundles;

    @Test
    void anEmailAddressWithoutAnAccountGetsTheMessageOnceAndWithoutAProviderTheLogSaysSo() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        var channels = new Channels(List.of(new EmailChannel(sender, "Naik Kelas <no-reply@naikkelas.test>", "Naik Kelas")));
        var outbox = new Outbox(jdbc, accounts, templates, preferences, channels, bundles, today);
        var invitation = Message.toAddress(null, "calon.pendamping@example.test", "invitation.message",
                List.of("Sari Wulandari", "Loka POM di Kota Dumai", "https://naikkelas.test/undangan/terima/abc", "2026-12-11"));

        outbox.accept(invitation);
        outbox.accept(invitation);   // handed over again: nothing more
        new Dispatcher(jdbc, today, channels).run();

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("calon.pendamping@example.test");
        assertThat(GreenMailUtil.getBody(received[0])).contains("/undangan/terima/abc");

        // the embedded default has no mail server: the delivery log names the address and why it was not reached
        var unreachable = Message.toAddress(null, "tanpa.server@example.test", "invitation.message", invitation.args());
        new Outbox(jdbc, accounts, templates, preferences, new Channels(List.of()), bundles, today).accept(unreachable);
        assertThat(jdbc.sql("SELECT channel || ' ' || status || ' ' || last_error FROM notification_delivery WHERE address = ?")
                .param("tanpa.server@example.test").query(String.class).list())
                .containsExactly("EMAIL FAILED no channel reaches this person");
    }
}
