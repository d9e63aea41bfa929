package id.naikkelas.notification;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The WhatsApp adapter against a local fake of the Cloud API: the request it makes and how each answer is read. */
class WhatsAppChannelTest {

    static WireMockServer fake;
    WhatsAppChannel channel;

    @BeforeAll
    static void start() {
        fake = new WireMockServer(options().dynamicPort());
        fake.start();
    }

    @AfterAll
    static void stop() {
        fake.stop();
    }

    @BeforeEach
    void reset() {
        fake.resetAll();
        channel = new WhatsAppChannel(new WhatsAppChannel.Settings(fake.baseUrl() + "/v21.0", "1234567890", "test-token"));
    }

    static Delivery delivery() {
        return new Delivery(1, "6f1c:WHATSAPP", ChannelKind.WHATSAPP, "+62 812-3456-7890", "reminder.visit.tomorrow", "nk_visit_tomorrow",
                "id", List.of("Keripik Bu Sari", "5 Des 2026"), "Pengingat: …", 1);
    }

    private void answer(int status, String body) {
        fake.stubFor(post(urlEqualTo("/v21.0/1234567890/messages"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void sendsAnApprovedTemplateWithTheArgumentsInOrderAndTheIdempotencyKey() {
        answer(200, """
                {"messaging_product":"whatsapp","contacts":[{"input":"6281234567890","wa_id":"6281234567890"}],
                 "messages":[{"id":"wamid.HBgL123"}]}""");

        assertThat(channel.send(delivery())).isEqualTo(new Channel.Sent("wamid.HBgL123"));

        fake.verify(1, postRequestedFor(urlEqualTo("/v21.0/1234567890/messages"))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withHeader("Idempotency-Key", equalTo("6f1c:WHATSAPP"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","recipient_type":"individual","to":"6281234567890","type":"template",
                         "template":{"name":"nk_visit_tomorrow","language":{"code":"id"},
                                     "components":[{"type":"body","parameters":[{"type":"text","text":"Keripik Bu Sari"},
                                                                                {"type":"text","text":"5 Des 2026"}]}]},
                         "biz_opaque_callback_data":"6f1c:WHATSAPP"}""")));
    }

    @Test
    void aRateLimitIsRetriedAfterTheWaitTheProviderAsksFor() {
        fake.stubFor(post(urlEqualTo("/v21.0/1234567890/messages")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withBody("""
                        {"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,"fbtrace_id":"A1"}}""")));

        var outcome = channel.send(delivery());

        assertThat(outcome).isInstanceOf(Channel.Retry.class);
        assertThat(((Channel.Retry) outcome).after()).isEqualTo(Duration.ofSeconds(120));
        assertThat(((Channel.Retry) outcome).reason()).contains("130429", "rate limit");
    }

    @Test
    void aProviderFailureIsRetriedAndAnInvalidNumberOrUnapprovedTemplateIsNot() {
        answer(500, "upstream trouble");
        assertThat(channel.send(delivery())).isInstanceOf(Channel.Retry.class);

        answer(400, """
                {"error":{"message":"Message Undeliverable.","type":"OAuthException","code":131026,"fbtrace_id":"A2"}}""");
        assertThat(channel.send(delivery())).isEqualTo(new Channel.Failed("WhatsApp 131026: message undeliverable: number not on WhatsApp or invalid"));

        answer(400, """
                {"error":{"message":"(#132001) Template name does not exist in the translation","type":"OAuthException","code":132001}}""");
        assertThat(channel.send(delivery())).isEqualTo(new Channel.Failed("WhatsApp 132001: template not approved or does not exist in this language"));

        answer(400, """
                {"error":{"message":"(#131056) (Business Account, Consumer Account) pair rate limit hit","code":131056}}""");
        assertThat(channel.send(delivery())).isInstanceOf(Channel.Retry.class);
    }

    @Test
    void aProviderThatCannotBeReachedIsTriedAgain() {
        var down = new WhatsAppChannel(new WhatsAppChannel.Settings("http://127.0.0.1:1", "1234567890", "t"));
        assertThat(down.send(delivery())).isInstanceOf(Channel.Retry.class);
    }
}
