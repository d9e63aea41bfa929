package id.naikkelas.notification;

import java.time.Duration;

/**
 * A way out to a provider (an SMTP server, the WhatsApp Cloud API). It sends one delivery and says how it went;
 * it never throws for a provider's answer, so the dispatcher records every outcome.
 */
interface Channel {

    ChannelKind kind();

    Outcome send(Delivery delivery);

    /** What the provider answered. */
    sealed interface Outcome {
    }

    /** Accepted; {@code providerId} is the provider's own id of the message (for its support and webhooks). */
    record Sent(String providerId) implements Outcome {
    }

    /** Worth trying again (rate limit, provider down); {@code after} is the provider's own wait when it gave one. */
    record Retry(String reason, Duration after) implements Outcome {
    }

    /** Will never go through as it is (invalid number, template not approved, address refused). */
    record Failed(String reason) implements Outcome {
    }
}
