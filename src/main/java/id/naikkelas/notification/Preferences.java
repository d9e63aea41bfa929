package id.naikkelas.notification;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's choices: which channels carry which kind of message (all of them unless turned off) and their quiet
 * hours, when no WhatsApp message arrives (in their own zone). The inbox is never turned off.
 */
@Service
class Preferences {

    static final LocalTime DEFAULT_FROM = LocalTime.of(21, 0);
    static final LocalTime DEFAULT_UNTIL = LocalTime.of(7, 0);

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Choice(Set<String> turnedOff, LocalTime quietFrom, LocalTime quietUntil, int version) {

        boolean wants(String kind, ChannelKind channel) {
            return channel == ChannelKind.INBOX || !turnedOff.contains(kind + "/" + channel);
        }

        /** The first moment at or after {@code at} outside the quiet hours, in {@code zone}. */
        ZonedDateTime outsideQuietHours(ZonedDateTime at, ZoneId zone) {
            var local = at.withZoneSameInstant(zone);
            LocalTime t = local.toLocalTime();
            boolean overnight = quietFrom.isAfter(quietUntil);
            boolean quiet = overnight ? !t.isBefore(quietFrom) || t.isBefore(quietUntil)
                    : !t.isBefore(quietFrom) && t.isBefore(quietUntil);
            if (!quiet || quietFrom.equals(quietUntil)) {
                return at;
            }
            var end = local.with(quietUntil);
            return (end.isAfter(local) ? end : end.plusDays(1)).withZoneSameInstant(at.getZone());
        }
    }

    static final Choice DEFAULT = new Choice(Set.of(), DEFAULT_FROM, DEFAULT_UNTIL, 0);

    Choice of(String username) {
        if (username == null) {
            return DEFAULT;
        }
        return jdbc.sql("SELECT turned_off, quiet_from, quiet_until, version FROM notification_preference WHERE username = ?")
                .param(username)
                .query((rs, i) -> new Choice(new TreeSet<>(Templates.strings(rs.getArray(1))), rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class), rs.getInt(4)))
                .optional().orElse(DEFAULT);
    }

    /** Saves a person's choices; {@code version} is the one they read (0 before their first save). */
    @Transactional
    void save(String username, Set<String> turnedOff, LocalTime quietFrom, LocalTime quietUntil, int version, Set<String> kinds) {
        var problems = new InvalidInput.Collector();
        if (quietFrom == null) {
            problems.add("quietFrom", "field.required");
        }
        if (quietUntil == null) {
            problems.add("quietUntil", "field.required");
        }
        for (String off : turnedOff) {
            int slash = off.lastIndexOf('/');
            if (slash < 0 || !kinds.contains(off.substring(0, slash)) || !validChannel(off.substring(slash + 1))) {
                problems.add("turnedOff", "notification.preferences.unknownChoice", off);
                break;
            }
        }
        problems.throwIfAny();
        String[] off = new TreeSet<>(turnedOff).toArray(String[]::new);
        int changed = version == 0
                ? jdbc.sql("""
                        INSERT INTO notification_preference (username, turned_off, quiet_from, quiet_until, version) VALUES (?, ?, ?, ?, 1)
                        ON CONFLICT (username) DO NOTHING""").params(username, off, quietFrom, quietUntil).update()
                : jdbc.sql("""
                        UPDATE notification_preference SET turned_off = ?, quiet_from = ?, quiet_until = ?, version = version + 1
                        WHERE username = ? AND version = ?""").params(off, quietFrom, quietUntil, username, version).update();
        if (changed == 0) {
            throw new EditConflict("notificationPreference", username);
        }
    }

    private static boolean validChannel(String name) {
        return List.of(ChannelKind.EMAIL.name(), ChannelKind.WHATSAPP.name()).contains(name);
    }
}
