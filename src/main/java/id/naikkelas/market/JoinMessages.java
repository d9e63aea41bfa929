package id.naikkelas.market;

import id.naikkelas.notification.Message;
import id.naikkelas.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells the other side of a request to take part in an event, in the transaction that makes it true: the curators of
 * the event's agency whose jurisdiction holds the business that it asked, the owner the answer (with the reason).
 */
@Component
class JoinMessages {

    /** Officers and program managers told of one request: an agency's office is a few people, not a broadcast. */
    private static final int CURATORS_TOLD = 20;

    private final JdbcClient jdbc;
    private final Notifications notifications;

    JoinMessages(JdbcClient jdbc, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    @EventListener
    void on(JoinRequested event) {
        jdbc.sql("""
                        SELECT u.username, b.name AS business, x.name AS event, x.id AS event_id, b.region_code
                        FROM market_event_request r JOIN market_event x ON x.id = r.event_id JOIN registry_business b ON b.id = r.business_id
                        JOIN identity_user u ON u.agency_id = x.agency_id AND u.enabled AND u.roles && '{OFFICER,PROGRAM_MANAGER}'
                        WHERE r.id = ? AND (cardinality(u.region_codes) = 0 OR EXISTS (SELECT 1 FROM unnest(u.region_codes) rc
                                            WHERE b.region_code = rc OR b.region_code LIKE rc || '.%'))
                        ORDER BY u.username LIMIT ?""")
                .params(event.requestId(), CURATORS_TOLD)
                .query((rs, i) -> Message.once("join:" + event.requestId(), rs.getString("username"), null, "market.event.joinRequested",
                        List.of(rs.getString("business"), rs.getString("event")), "/kurasi/acara/" + rs.getLong("event_id") + "#permintaan",
                        rs.getString("region_code")))
                .list().forEach(notifications::send);
    }

    @EventListener
    void on(JoinDecided event) {
        jdbc.sql("""
                        SELECT u.username, b.name AS business, x.name AS event, b.region_code
                        FROM market_event_request r JOIN market_event x ON x.id = r.event_id JOIN registry_business b ON b.id = r.business_id
                        JOIN identity_user u ON u.id = b.owner_user_id
                        WHERE r.id = ?""")
                .param(event.requestId())
                .query((rs, i) -> {
                    var args = new ArrayList<>(List.of(rs.getString("business"), rs.getString("event")));
                    if (!event.accepted()) {
                        args.add(event.reason());
                    }
                    return Message.once("join:" + event.requestId() + ":answer", rs.getString("username"), null,
                            event.accepted() ? "market.event.joinAccepted" : "market.event.joinDeclined", args, "/etalase/acara",
                            rs.getString("region_code"));
                })
                .optional() // a business without an owner account cannot have asked; kept safe all the same
                .ifPresent(notifications::send);
    }
}
