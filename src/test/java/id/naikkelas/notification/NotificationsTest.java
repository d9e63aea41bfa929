package id.naikkelas.notification;

import id.naikkelas.IntegrationTest;
import id.naikkelas.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationsTest {

    @Autowired
    Notifications notifications;
    @Autowired
    Accounts accounts;
    @Autowired
    MockMvc mvc;

    @Test
    void messagesAreWrittenInTheLanguageTheRecipientLastPickedOnThePages() throws Exception {
        var promoted = new Message("pembeli.demo", null, "training.notice.promoted", List.of("Rina", "PKP Dumai"));
        assertThat(accounts.language("pembeli.demo")).isEqualTo(Locale.forLanguageTag("id"));
        assertThat(notifications.render(promoted)).isEqualTo("Kabar baik: Rina mendapat kursi di \"PKP Dumai\".");

        mvc.perform(get("/akun").param("lang", "en").with(user("pembeli.demo"))).andExpect(status().isOk());
        assertThat(accounts.language("pembeli.demo")).isEqualTo(Locale.ENGLISH);
        assertThat(notifications.render(promoted)).isEqualTo("Good news: Rina has a seat at \"PKP Dumai\".");
        // no account (a phone number only): the platform's default
        assertThat(notifications.render(new Message(null, "+6281234567890", "training.notice.promoted", List.of("Rina", "PKP Dumai"))))
                .startsWith("Kabar baik");

        mvc.perform(get("/akun").param("lang", "id").with(user("pembeli.demo"))).andExpect(status().isOk());
        assertThat(notifications.render(promoted)).startsWith("Kabar baik");
    }
}
