package id.naikkelas.common;

import id.naikkelas.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-address count behind the public permit checks: it trips after N, says how long to wait, and starts again. */
class AddressRateLimitTest {

    private final TestClock clock = new TestClock();
    private final AddressRateLimit limit = new AddressRateLimit("test", "permitCheck.tooMany", 3, Duration.ofMinutes(1), new Today(clock));

    @Test
    void theFourthRequestInAMinuteIsRefusedUntilTheWindowEnds() {
        clock.set(Instant.parse("2026-06-01T03:00:00Z"));
        for (int i = 0; i < 3; i++) {
            limit.take("203.0.113.7");
        }
        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> limit.take("203.0.113.7")).isInstanceOfSatisfying(TooManyRequests.class, e -> {
            assertThat(e.code()).isEqualTo("permitCheck.tooMany");
            assertThat(e.retryAfterSeconds()).isEqualTo(40);
        });
        // another address has its own count
        assertThatCode(() -> limit.take("203.0.113.8")).doesNotThrowAnyException();

        clock.advance(Duration.ofSeconds(39));
        assertThatThrownBy(() -> limit.take("203.0.113.7")).isInstanceOf(TooManyRequests.class);
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            limit.take("203.0.113.7");
        }
        assertThatThrownBy(() -> limit.take("203.0.113.7")).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void hammeringForLongDoesNotWrapTheCountAround() {
        clock.set(Instant.parse("2026-06-01T03:00:00Z"));
        for (int i = 0; i < 10_000; i++) {
            try {
                limit.take("203.0.113.9");
            } catch (TooManyRequests refused) {
                assertThat(i).isGreaterThanOrEqualTo(3);
            }
        }
        assertThatThrownBy(() -> limit.take("203.0.113.9")).isInstanceOf(TooManyRequests.class);
    }

    /** Memory stays bounded: with the table full, a new address passes uncounted until ended windows are swept. */
    @Test
    void aFullTableLetsNewAddressesPassUntilEndedWindowsAreForgotten() {
        clock.set(Instant.parse("2026-06-01T03:00:00Z"));
        for (int i = 0; i < AddressRateLimit.MAX_TRACKED; i++) {
            limit.take("10." + (i >> 16) + "." + (i >> 8 & 0xff) + "." + (i & 0xff));
        }
        for (int i = 0; i < 10; i++) {
            limit.take("203.0.113.50");
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            limit.take("203.0.113.50");
        }
        assertThatThrownBy(() -> limit.take("203.0.113.50")).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void anIpv6AddressCountsByItsSlash64Network() {
        clock.set(Instant.parse("2026-06-01T03:00:00Z"));
        limit.take("2001:db8:1:2::1");
        limit.take("2001:db8:1:2:aaaa::5");
        limit.take("2001:0db8:0001:0002:ffff:ffff:ffff:ffff");
        assertThatThrownBy(() -> limit.take("2001:db8:1:2::9")).isInstanceOf(TooManyRequests.class);
        assertThatCode(() -> limit.take("2001:db8:1:3::1")).doesNotThrowAnyException();
        assertThat(AddressRateLimit.network("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(AddressRateLimit.network("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(AddressRateLimit.network("not an address")).isEqualTo("not an address");
    }
}
