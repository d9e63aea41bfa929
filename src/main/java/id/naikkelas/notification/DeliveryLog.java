package id.naikkelas.notification;

import id.naikkelas.common.NotFound;
import id.naikkelas.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;

/**
 * What was sent to a person, on which channel, how often tried and why it failed: for the person, administrators,
 * and officers and program managers of a region the person works in or owns a business in.
 */
@Service
class DeliveryLog {

    static final int LIMIT = 100;

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(long id, String idempotencyKey, ChannelKind channel, String address, String kind, String text, String status,
                 int attempts, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime finishedAt, String lastError) {
    }

    /** The person's deliveries, newest first; someone outside the reader's reach is not found (their existence included). */
    List<Entry> of(CurrentUser reader, String username) {
        if (username == null || !mayRead(reader, username)) {
            throw new NotFound("user", username);
        }
        return jdbc.sql("""
                        SELECT id, idempotency_key, channel, address, kind, text, status, attempts, created_at, next_attempt_at, finished_at, last_error
                        FROM notification_delivery WHERE username = ? ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(username, LIMIT)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getString(2), ChannelKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getObject(9, OffsetDateTime.class),
                        rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class), rs.getString(12)))
                .list();
    }

    private boolean mayRead(CurrentUser reader, String username) {
        if (reader.username().equals(username) || reader.isAdmin()) {
            return true;
        }
        if (!reader.isProgramStaff()) {
            return false;
        }
        var staffRegion = reader.jurisdiction().sql("rc.code");
        var businessRegion = reader.jurisdiction().sql("b.region_code");
        var params = new HashMap<String, Object>(staffRegion.params());
        params.put("username", username);
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM identity_user u WHERE u.username = :username AND (
                            EXISTS (SELECT 1 FROM unnest(u.region_codes) AS rc(code) WHERE %s)
                            OR EXISTS (SELECT 1 FROM registry_business b WHERE b.owner_user_id = u.id AND %s)))"""
                        .formatted(staffRegion.sql(), businessRegion.sql()))
                .params(params).query(Boolean.class).single();
    }
}
