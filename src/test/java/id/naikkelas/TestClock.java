package id.naikkelas;

import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's clock in tests: the system's until a test pins it ({@link #set}) or moves it on ({@link #advance}),
 * so due dates, deadlines and windows are tested by moving time rather than by editing rows. Part of every
 * {@link IntegrationTest} (imported there, one context, put first over the system clock); a test that moves it puts it
 * back with {@link #reset()}.
 */
@Primary
public class TestClock extends Clock {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** Null while the clock follows the system; otherwise the fixed instant, or the offset from the system's. */
    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Stops the clock at {@code instant}. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Stops the clock at a wall-clock time in Jakarta (WIB). */
    public void setJakarta(LocalDateTime wib) {
        set(wib.atZone(JAKARTA).toInstant());
    }

    /** Moves time on (or back): a stopped clock stays stopped, a running one keeps running that far ahead. */
    public void advance(Duration by) {
        var stopped = fixed.get();
        if (stopped != null) {
            fixed.set(stopped.plus(by));
        } else {
            offset.set(offset.get().plus(by));
        }
    }

    /** Back to the system's time. */
    public void reset() {
        fixed.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return JAKARTA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        var self = this;
        // a view on the same settable time in another zone (Today asks for WIB, WITA or WIT)
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        var stopped = fixed.get();
        return stopped != null ? stopped : Instant.now().plus(offset.get());
    }
}
