package id.naikkelas.notification;

import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;

/** A person's messages on the platform: what the top bar counts and the inbox page lists. */
@Service("inbox")
public class Inbox {

    static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final Today today;

    Inbox(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    record Item(long id, String kind, String text, String link, OffsetDateTime createdAt, OffsetDateTime readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    /** One count on the partial index of unread rows; the top bar of every page asks it. */
    public int unread(String username) {
        return username == null ? 0
                : jdbc.sql("SELECT count(*) FROM notification_inbox WHERE username = ? AND read_at IS NULL")
                .param(username).query(Integer.class).single();
    }

    List<Item> latest(String username, Long before) {
        return jdbc.sql("""
                        SELECT id, kind, text, link, created_at, read_at FROM notification_inbox
                        WHERE username = ? AND (?::bigint IS NULL OR id < ?) ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(username, before, before, PAGE)
                .query((rs, i) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    /** Marks one of the person's own messages read and gives back where it leads; another person's is not found. */
    String open(String username, long id) {
        var link = jdbc.sql("""
                        UPDATE notification_inbox SET read_at = coalesce(read_at, ?) WHERE id = ? AND username = ? RETURNING coalesce(link, '')""")
                .params(today.now(), id, username).query(String.class).optional()
                .orElseThrow(() -> new NotFound("inboxMessage", id));
        return safeLink(link);
    }

    int readAll(String username) {
        return jdbc.sql("UPDATE notification_inbox SET read_at = ? WHERE username = ? AND read_at IS NULL")
                .params(today.now(), username).update();
    }

    /** Only a path on this platform: a message must never send a person elsewhere. */
    static String safeLink(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") ? link : null;
    }
}
