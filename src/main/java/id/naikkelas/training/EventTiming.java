package id.naikkelas.training;

import id.naikkelas.common.IndonesiaZone;
import id.naikkelas.common.Today;

import java.time.OffsetDateTime;

/**
 * Where an event stands on today's calendar (the platform's, WIB): a session of it is {@code TODAY}, its next one is
 * later ({@code UPCOMING}), or every session began before today ({@code PAST}). Lists show upcoming events first,
 * nearest first, then past ones newest first. The rule is read off one value, the start of the event's first session
 * on or after the start of today, which the queries select with {@link #NEXT_START} and order by with
 * {@link #ORDER}, so the mark a row shows and the place it takes cannot disagree.
 */
public enum EventTiming {
    TODAY, UPCOMING, PAST;

    /** SQL: the start of event {@code %s}'s first session starting today or later (WIB), null when none is left. */
    static final String NEXT_START = "(SELECT min(s.starts_at) FROM training_session s WHERE s.event_id = %s AND s.starts_at >= :dayStart)";

    /** SQL: the start of event {@code %s}'s last session, by which past events are ordered, newest first. */
    static final String LAST_START = "(SELECT max(s.starts_at) FROM training_session s WHERE s.event_id = %s)";

    /** SQL order over the columns {@code next_start} and {@code last_start}: upcoming nearest first, then past newest first. */
    static final String ORDER = "next_start IS NULL, next_start, last_start DESC";

    /** The {@code :dayStart} parameter: midnight today in the platform's time. */
    static OffsetDateTime dayStart(Today today) {
        return today.date().atStartOfDay(IndonesiaZone.WIB.zone()).toOffsetDateTime();
    }

    /** The timing of an event whose first session on or after today starts at {@code nextStart} (null: none does). */
    static EventTiming of(OffsetDateTime nextStart, Today today) {
        if (nextStart == null) {
            return PAST;
        }
        return nextStart.atZoneSameInstant(IndonesiaZone.WIB.zone()).toLocalDate().equals(today.date()) ? TODAY : UPCOMING;
    }

    /** Not over yet: today's and later events. */
    public boolean ahead() {
        return this != PAST;
    }
}
