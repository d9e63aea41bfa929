package id.naikkelas.market;

import id.naikkelas.notification.Message;
import id.naikkelas.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells each side, in the transaction that makes it true, what the other did: the owner that a buyer asked, ordered,
 * asked to change an order or cancelled it; the buyer the officer's decision on their registration and the owner's
 * answer or cancellation. Their inbox and the channels they chose (notifications deliver after commit, once each).
 */
@Component
class TradeMessages {

    private final JdbcClient jdbc;
    private final Notifications notifications;

    TradeMessages(JdbcClient jdbc, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    @EventListener
    void on(InquiryReceived event) {
        tell("inquiry:" + event.inquiryId(), "market.inquiry.received", event.inquiryId(), null,
                "/etalase/permintaan/" + event.inquiryId());
    }

    @EventListener
    void on(OrderCreated event) {
        tell("order:" + event.orderId(), "market.order.created", event.inquiryId(), event.deliveries(),
                "/etalase/permintaan/" + event.inquiryId());
    }

    @EventListener
    void on(BuyerDecided event) {
        jdbc.sql("""
                        SELECT u.username, mb.organisation, mb.region_code FROM market_buyer mb JOIN identity_user u ON u.id = mb.user_id
                        WHERE mb.user_id = ?""")
                .param(event.userId())
                .query((rs, i) -> Message.once("buyer:" + event.userId() + ":" + event.version(), rs.getString("username"), null,
                        event.verified() ? "market.buyer.verified" : "market.buyer.rejected",
                        event.verified() ? List.of(rs.getString("organisation")) : List.of(rs.getString("organisation"), event.reason()),
                        event.verified() ? "/pembeli" : "/pembeli/profil", rs.getString("region_code")))
                .optional().ifPresent(notifications::send);
    }

    @EventListener
    void on(OrderChangeRequested event) {
        tellAbout(event.orderId(), "change:" + event.changeId(), Party.OWNER, "market.order.changeRequested", null);
    }

    @EventListener
    void on(OrderChangeAnswered event) {
        tellAbout(event.orderId(), "change:" + event.changeId() + ":answer", Party.BUYER,
                event.accepted() ? "market.order.changeAccepted" : "market.order.changeDeclined", event.reason());
    }

    @EventListener
    void on(OrderCancelled event) {
        tellAbout(event.orderId(), "order:" + event.orderId() + ":cancelled", event.by() == Party.BUYER ? Party.OWNER : Party.BUYER,
                "market.order.cancelled", event.reason());
    }

    /**
     * One side of an order told about the other's step. The template's first argument names the other side (the
     * buyer's organisation for the owner, the business for the buyer), then the product, then the reason if any.
     */
    private void tellAbout(long orderId, String once, Party recipient, String kind, String reason) {
        jdbc.sql("""
                        SELECT ou.username AS owner, bu.username AS buyer, b.region_code, b.name AS business, mb.organisation, p.name AS product
                        FROM market_order o JOIN registry_business b ON b.id = o.business_id
                        LEFT JOIN identity_user ou ON ou.id = b.owner_user_id
                        JOIN identity_user bu ON bu.id = o.buyer_user_id
                        JOIN market_buyer mb ON mb.user_id = o.buyer_user_id
                        JOIN registry_catalogue_product p ON p.id = o.product_id
                        WHERE o.id = ?""")
                .param(orderId)
                .query((rs, i) -> {
                    boolean toOwner = recipient == Party.OWNER;
                    var args = new java.util.ArrayList<String>(List.of(toOwner ? rs.getString("organisation") : rs.getString("business"),
                            rs.getString("product")));
                    if (reason != null) {
                        args.add(reason);
                    }
                    String username = toOwner ? rs.getString("owner") : rs.getString("buyer");
                    return username == null ? null : Message.once(once, username, null, kind, args,
                            (toOwner ? "/etalase/pesanan/" : "/pembeli/pesanan/") + orderId, rs.getString("region_code"));
                })
                .stream().filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(notifications::send);
    }

    private void tell(String once, String kind, long inquiryId, Integer deliveries, String link) {
        jdbc.sql("""
                        SELECT u.username, b.region_code, mb.organisation, p.name, i.quantity
                        FROM market_inquiry i JOIN registry_business b ON b.id = i.business_id
                        JOIN identity_user u ON u.id = b.owner_user_id
                        JOIN market_buyer mb ON mb.user_id = i.buyer_user_id
                        JOIN registry_catalogue_product p ON p.id = i.product_id
                        WHERE i.id = ?""")
                .param(inquiryId)
                .query((rs, i) -> {
                    var args = deliveries == null
                            ? List.of(rs.getString("organisation"), rs.getString("name"), String.valueOf(rs.getInt("quantity")))
                            : List.of(rs.getString("organisation"), rs.getString("name"), String.valueOf(rs.getInt("quantity")),
                                    String.valueOf(deliveries));
                    return Message.once(once, rs.getString("username"), null, kind, args, link, rs.getString("region_code"));
                })
                .optional() // a business without an owner account: nobody to tell but the officers' pages
                .ifPresent(notifications::send);
    }
}
