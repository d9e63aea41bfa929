package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Times;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When attendance and certificates may be recorded, so that a training cannot be ticked off from a desk
 * before it happened. One table of rules, each a moment measured from the sessions:
 * <ul>
 * <li>door check-in (QR or typed code): from {@code margin} before a session starts until it ends;</li>
 * <li>online attendance: once the session has started (the list is kept during and after it);</li>
 * <li>attendance recorded after the fact by an organiser, with a reason: once the session has started;</li>
 * <li>certificates: once the last session has ended (the post-test, where the event has one, is asked by
 * {@link Completion}).</li>
 * </ul>
 * The margin is {@code naikkelas.training.check-in-margin} (30 minutes by default: people queue at the door).
 */
@Component
class AttendanceRules {

    private final Duration margin;
    private final Times times;

    AttendanceRules(@Value("${naikkelas.training.check-in-margin:30m}") Duration margin, Times times) {
        if (margin.isNegative()) {
            throw new IllegalStateException("naikkelas.training.check-in-margin must not be negative");
        }
        this.margin = margin;
        this.times = times;
    }

    Duration margin() {
        return margin;
    }

    /** Why a door check-in at {@code now} is refused, or empty while the door is open. */
    Optional<InvalidInput> checkIn(EventView.SessionView session, String regionCode, OffsetDateTime now) {
        var opens = session.startsAt().minus(margin);
        if (now.isBefore(opens)) {
            return Optional.of(InvalidInput.of("code", "training.checkin.notYet", margin.toMinutes(),
                    times.format(session.startsAt(), regionCode, "EEE, d MMM HH:mm"), times.time(opens, regionCode)));
        }
        if (now.isAfter(session.endsAt())) {
            return Optional.of(InvalidInput.of("code", "training.checkin.over", times.format(session.endsAt(), regionCode, "EEE, d MMM HH:mm")));
        }
        return Optional.empty();
    }

    /** Why online attendance (or attendance recorded later) cannot be set yet: the session has not started. */
    Optional<InvalidInput> started(EventView.SessionView session, String regionCode, OffsetDateTime now, String field) {
        if (now.isBefore(session.startsAt())) {
            return Optional.of(InvalidInput.of(field, "training.attendance.notStarted", session.position(),
                    times.format(session.startsAt(), regionCode, "EEE, d MMM HH:mm")));
        }
        return Optional.empty();
    }

    /** Why certificates cannot be issued yet: the last session has not ended. */
    Optional<InvalidInput> certificates(List<EventView.SessionView> sessions, String regionCode, OffsetDateTime now) {
        var lastEnd = lastEnd(sessions);
        if (lastEnd == null || now.isBefore(lastEnd)) {
            return Optional.of(InvalidInput.of("event", "training.certificate.notYetHeld",
                    lastEnd == null ? "—" : times.format(lastEnd, regionCode, "EEE, d MMM HH:mm")));
        }
        return Optional.empty();
    }

    static OffsetDateTime lastEnd(List<EventView.SessionView> sessions) {
        return sessions.stream().map(EventView.SessionView::endsAt).max(Comparator.naturalOrder()).orElse(null);
    }
}
