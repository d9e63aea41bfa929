package id.naikkelas.notification;

import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Sends the deliveries that are due, one short transaction at a time: claim (PENDING → SENDING, attempt counted),
 * send outside any transaction, record the outcome. A retryable answer waits 1, 2, 4, 8 minutes (or the provider's
 * Retry-After); the fifth failure, or a permanent answer, is FAILED with the reason. A claim that was never recorded
 * (the node died between sending and recording) is taken again after {@link #LEASE} with the same idempotency key:
 * at least once, and once where the provider keeps keys (ADR 0017).
 */
class Dispatcher {

    static final int MAX_ATTEMPTS = 5;
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Today today;
    private final Channels channels;

    Dispatcher(JdbcClient jdbc, Today today, Channels channels) {
        this.jdbc = jdbc;
        this.today = today;
        this.channels = channels;
    }

    /** Sends what is due now, in batches, until nothing is; returns how many were attempted. */
    int run() {
        int total = 0;
        List<Delivery> batch;
        while (!(batch = claim(20)).isEmpty()) {
            batch.forEach(this::attempt);
            total += batch.size();
        }
        return total;
    }

    void attempt(Delivery delivery) {
        var channel = channels.get(delivery.channel());
        Channel.Outcome outcome;
        try {
            outcome = channel.map(c -> c.send(delivery)).orElse(new Channel.Failed("channel no longer configured"));
        } catch (RuntimeException e) {
            outcome = new Channel.Retry(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        record(delivery, outcome);
    }

    /** Takes up to {@code limit} due deliveries of the configured channels; other nodes skip the rows taken here. */
    List<Delivery> claim(int limit) {
        if (channels.kinds().isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = today.now();
        return jdbc.sql("""
                        UPDATE notification_delivery d SET status = 'SENDING', claimed_at = :now, attempts = d.attempts + 1
                        WHERE d.id IN (SELECT id FROM notification_delivery
                                       WHERE channel IN (:channels) AND next_attempt_at <= :now
                                         AND (status = 'PENDING' OR status = 'SENDING' AND claimed_at < :stale)
                                       ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING d.id, d.idempotency_key, d.channel, d.address, d.kind, d.template_name, d.language, d.params, d.text, d.attempts""")
                .param("now", now).param("stale", now.minus(LEASE)).param("limit", limit)
                .param("channels", channels.kinds().stream().map(Enum::name).toList())
                .query((rs, i) -> new Delivery(rs.getLong(1), rs.getString(2), ChannelKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), Templates.strings(rs.getArray(8)), rs.getString(9), rs.getInt(10)))
                .list();
    }

    void record(Delivery delivery, Channel.Outcome outcome) {
        OffsetDateTime now = today.now();
        if (outcome instanceof Channel.Sent sent) {
            jdbc.sql("""
                    UPDATE notification_delivery SET status = 'SENT', provider_id = ?, finished_at = ?, last_error = NULL
                    WHERE id = ?""").params(sent.providerId(), now, delivery.id()).update();
        } else if (outcome instanceof Channel.Failed failed) {
            fail(delivery, failed.reason(), now);
        } else if (outcome instanceof Channel.Retry retry && delivery.attempts() >= MAX_ATTEMPTS) {
            fail(delivery, retry.reason() + " (after " + delivery.attempts() + " attempts)", now);
        } else if (outcome instanceof Channel.Retry retry) {
            jdbc.sql("""
                    UPDATE notification_delivery SET status = 'PENDING', next_attempt_at = ?, last_error = ?, claimed_at = NULL
                    WHERE id = ?""").params(now.plus(wait(delivery.attempts(), retry.after())), cut(retry.reason()), delivery.id()).update();
        }
    }

    private void fail(Delivery delivery, String reason, OffsetDateTime now) {
        jdbc.sql("UPDATE notification_delivery SET status = 'FAILED', last_error = ?, finished_at = ? WHERE id = ?")
                .params(cut(reason), now, delivery.id()).update();
    }

    /** 1, 2, 4, 8... minutes after the n-th attempt, at most an hour; longer if the provider asked for longer. */
    static Duration wait(int attempts, Duration providerWait) {
        Duration backoff = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 10));
        backoff = backoff.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : backoff;
        return providerWait != null && providerWait.compareTo(backoff) > 0 ? providerWait : backoff;
    }

    private static String cut(String reason) {
        return reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
