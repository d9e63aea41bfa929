package id.naikkelas.market;

import id.naikkelas.notification.Message;
import id.naikkelas.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells the owner, in the transaction that makes it true, that a buyer asked or ordered: their inbox and the
 * channels they chose (notifications deliver after commit, once per inquiry or order).
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
