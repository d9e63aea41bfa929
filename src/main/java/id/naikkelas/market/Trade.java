package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.SearchCriteria;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Buyers ask owners for products (inquiries), owners answer, and an accepted inquiry becomes a weekly supply order
 * whose deliveries the owner marks sent and the buyer received. A buyer sees only their own records, an owner only
 * those to their businesses; anything else is "not found", so that ids reveal nothing.
 */
@Service
public class Trade {

    /** Two years of weekly deliveries: longer agreements are renewed, not generated ahead. */
    static final int MAX_DELIVERIES = 104;
    static final int MAX_QUANTITY = 1_000_000;

    private final JdbcClient jdbc;
    private final Access access;
    private final Businesses businesses;
    private final AuditTrail audit;
    private final Today today;
    private final ApplicationEventPublisher events;

    Trade(JdbcClient jdbc, Access access, Businesses businesses, AuditTrail audit, Today today, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.businesses = businesses;
        this.audit = audit;
        this.today = today;
        this.events = events;
    }

    /** The signed-in buyer's organisation, if they have one on record. */
    public java.util.Optional<BuyerProfile> myProfile() {
        var me = access.require();
        return jdbc.sql("SELECT user_id, organisation, type, region_code, verified_at IS NOT NULL AS verified FROM market_buyer WHERE user_id = ?")
                .param(me.id()).query((rs, i) -> new BuyerProfile(rs.getLong("user_id"), rs.getString("organisation"), rs.getString("type"),
                        rs.getString("region_code"), rs.getBoolean("verified"))).optional();
    }

    // ---- buyer side --------------------------------------------------------------------------------------------------

    @Transactional
    public long send(long productId, InquiryForm form) {
        var buyer = verifiedBuyer();
        var product = jdbc.sql("""
                        SELECT l.business_id, l.region_code FROM catalogue_listing l JOIN registry_catalogue_product p ON p.id = l.product_id
                        WHERE l.product_id = ? AND l.published AND p.active""")
                .param(productId).query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFound("product", productId));
        var problems = new InvalidInput.Collector().check(form);
        if (form.quantity() != null && (form.quantity() < 1 || form.quantity() > MAX_QUANTITY)) {
            problems.add("quantity", "market.listing.quantity", MAX_QUANTITY);
        }
        if (form.deliverOn() != null && form.deliverOn().isBefore(today.date())) {
            problems.add("deliverOn", "market.inquiry.past");
        }
        problems.throwIfAny();
        var params = new HashMap<String, Object>();
        params.put("buyer", buyer.userId());
        params.put("product", productId);
        params.put("business", product.getKey());
        params.put("quantity", form.quantity());
        params.put("deliverOn", form.deliverOn());
        params.put("place", form.place().strip());
        params.put("note", blankToNull(form.note()));
        params.put("now", today.now());
        long id = jdbc.sql("""
                        INSERT INTO market_inquiry (buyer_user_id, product_id, business_id, quantity, deliver_on, place, note, sent_at)
                        VALUES (:buyer, :product, :business, :quantity, :deliverOn, :place, :note, :now) RETURNING id""")
                .params(params).query(Long.class).single();
        audit.created("inquiry", id, product.getValue(), Map.of("productId", productId, "quantity", form.quantity(),
                "deliverOn", form.deliverOn(), "place", form.place().strip()));
        events.publishEvent(new InquiryReceived(id, product.getKey(), productId));
        return id;
    }

    public List<InquiryView> myInquiries() {
        var me = access.require();
        return jdbc.sql(INQUIRY + " WHERE i.buyer_user_id = ? ORDER BY i.sent_at DESC, i.id DESC LIMIT 100").param(me.id())
                .query(Trade::inquiry).list();
    }

    public InquiryView myInquiry(long id) {
        var me = access.require();
        return jdbc.sql(INQUIRY + " WHERE i.id = ? AND i.buyer_user_id = ?").params(id, me.id()).query(Trade::inquiry).optional()
                .orElseThrow(() -> new NotFound("inquiry", id));
    }

    /** The buyer turns their accepted inquiry into a weekly order; deliveries are generated for each week. */
    @Transactional
    public long order(long inquiryId, int version, OrderForm form) {
        var inquiry = myInquiry(inquiryId);
        var problems = new InvalidInput.Collector().check(form);
        if (!inquiry.orderable()) {
            problems.add("inquiry", "market.order.notAccepted");
        }
        if (form.startsOn() != null && form.startsOn().isBefore(today.date())) {
            problems.add("startsOn", "market.inquiry.past");
        }
        if (form.startsOn() != null && form.endsOn() != null) {
            if (form.endsOn().isBefore(form.startsOn())) {
                problems.add("endsOn", "market.order.endBeforeStart");
            } else if (weeks(form.startsOn(), form.endsOn()).size() > MAX_DELIVERIES) {
                problems.add("endsOn", "market.order.tooLong", MAX_DELIVERIES);
            }
        }
        problems.throwIfAny();
        if (inquiry.version() != version) {
            throw new EditConflict("inquiry", inquiryId);
        }
        var params = new HashMap<String, Object>();
        params.put("inquiry", inquiryId);
        params.put("startsOn", form.startsOn());
        params.put("endsOn", form.endsOn());
        params.put("now", today.now());
        params.put("version", version);
        Long id = jdbc.sql("""
                        INSERT INTO market_order (inquiry_id, buyer_user_id, business_id, product_id, quantity, starts_on, ends_on, created_at)
                        SELECT i.id, i.buyer_user_id, i.business_id, i.product_id, i.quantity, :startsOn, :endsOn, :now
                        FROM market_inquiry i WHERE i.id = :inquiry AND i.version = :version AND i.status = 'ACCEPTED'
                        ON CONFLICT (inquiry_id) DO NOTHING RETURNING id""")
                .params(params).query(Long.class).optional().orElseThrow(() -> new EditConflict("inquiry", inquiryId));
        var dates = weeks(form.startsOn(), form.endsOn());
        jdbc.sql("INSERT INTO market_delivery (order_id, due_on) SELECT ?, d FROM unnest(?::date[]) d")
                .params(id, dates.stream().map(LocalDate::toString).toArray(String[]::new)).update();
        audit.created("supply_order", id, regionOfBusiness(inquiry.businessId()), Map.of("inquiryId", inquiryId,
                "quantity", inquiry.quantity(), "startsOn", form.startsOn(), "endsOn", form.endsOn(), "deliveries", dates.size()));
        events.publishEvent(new OrderCreated(id, inquiryId, inquiry.businessId(), dates.size()));
        return id;
    }

    public List<OrderView> myOrders() {
        return orders("o.buyer_user_id = :party", access.require().id());
    }

    /** The buyer's deliveries not yet received: those on their way first (to be checked in), then the soonest due. */
    public List<DeliveryView> myNextDeliveries(int limit) {
        return jdbc.sql(DELIVERY + " WHERE o.buyer_user_id = ? AND d.received_at IS NULL ORDER BY d.sent_at IS NULL, d.due_on, d.id LIMIT ?")
                .params(access.require().id(), limit).query(Trade::delivery).list();
    }

    @Transactional
    public void markReceived(long deliveryId, int version) {
        var me = access.require();
        var before = jdbc.sql(DELIVERY + " WHERE d.id = ? AND o.buyer_user_id = ?").params(deliveryId, me.id()).query(Trade::delivery)
                .optional().orElseThrow(() -> new NotFound("delivery", deliveryId));
        if (before.receivedAt() != null) {
            throw InvalidInput.of("delivery", "market.delivery.alreadyReceived");
        }
        stamp(deliveryId, version, "received_at");
        audit.action("delivery", deliveryId, "received", regionOfOrder(before.orderId()), Map.of("receivedAt", "-"),
                Map.of("receivedAt", today.now().toString()));
    }

    // ---- owner side --------------------------------------------------------------------------------------------------

    /** Inquiries to the signed-in owner's businesses, unanswered first. */
    public List<InquiryView> inbox() {
        var ids = ownBusinesses();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(INQUIRY + " WHERE i.business_id IN (:ids) ORDER BY (i.status = 'SENT') DESC, i.sent_at DESC, i.id DESC LIMIT 100")
                .param("ids", ids).query(Trade::inquiry).list();
    }

    public InquiryView received(long id) {
        var inquiry = jdbc.sql(INQUIRY + " WHERE i.id = ?").param(id).query(Trade::inquiry).optional()
                .orElseThrow(() -> new NotFound("inquiry", id));
        if (!ownerOf(inquiry.businessId())) {
            throw new NotFound("inquiry", id);
        }
        return inquiry;
    }

    @Transactional
    public void answer(long id, int version, AnswerForm form) {
        var before = received(id);
        var problems = new InvalidInput.Collector().check(form);
        if (!before.open()) {
            problems.add("accept", "market.answer.alreadyAnswered");
        }
        if (form.accept()) {
            if (form.price() == null) {
                problems.add("price", "market.answer.priceNeeded");
            } else if (form.price().signum() < 0 || form.price().compareTo(Listings.MAX_PRICE) > 0
                    || form.price().stripTrailingZeros().scale() > 0) {
                problems.add("price", "market.listing.price");
            }
        } else if (blankToNull(form.reason()) == null) {
            problems.add("reason", "market.answer.reasonNeeded");
        }
        problems.throwIfAny();
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("version", version);
        params.put("status", form.accept() ? "ACCEPTED" : "DECLINED");
        params.put("price", form.accept() ? form.price() : null);
        params.put("conditions", form.accept() ? blankToNull(form.conditions()) : null);
        params.put("reason", form.accept() ? null : blankToNull(form.reason()));
        params.put("now", today.now());
        int changed = jdbc.sql("""
                        UPDATE market_inquiry SET status = :status, price = :price, conditions = :conditions, decline_reason = :reason,
                               answered_at = :now, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'SENT'""").params(params).update();
        if (changed == 0) {
            throw new EditConflict("inquiry", id);
        }
        var after = new LinkedHashMap<String, Object>();
        after.put("status", params.get("status"));
        after.put("price", String.valueOf(params.get("price")));
        after.put("reason", String.valueOf(params.get("reason")));
        audit.changed("inquiry", id, regionOfBusiness(before.businessId()), Map.of("status", before.status()), after);
    }

    public List<OrderView> ownerOrders() {
        var ids = ownBusinesses();
        return ids.isEmpty() ? List.of() : orders("o.business_id IN (:party)", ids);
    }

    @Transactional
    public void markSent(long deliveryId, int version) {
        var before = jdbc.sql(DELIVERY + " WHERE d.id = ?").param(deliveryId).query(Trade::delivery).optional()
                .orElseThrow(() -> new NotFound("delivery", deliveryId));
        long business = jdbc.sql("SELECT business_id FROM market_order WHERE id = ?").param(before.orderId()).query(Long.class).single();
        if (!ownerOf(business)) {
            throw new NotFound("delivery", deliveryId);
        }
        if (before.sentAt() != null) {
            throw InvalidInput.of("delivery", "market.delivery.alreadySent");
        }
        stamp(deliveryId, version, "sent_at");
        audit.action("delivery", deliveryId, "sent", regionOfBusiness(business), Map.of("sentAt", "-"), Map.of("sentAt", today.now().toString()));
    }

    // ---- shared ------------------------------------------------------------------------------------------------------

    /** Weekly dates from the start to the end, both included. */
    static List<LocalDate> weeks(LocalDate from, LocalDate to) {
        var dates = new ArrayList<LocalDate>();
        for (var d = from; !d.isAfter(to) && dates.size() <= MAX_DELIVERIES; d = d.plusWeeks(1)) {
            dates.add(d);
        }
        return dates;
    }

    private BuyerProfile verifiedBuyer() {
        var me = access.require();
        if (!me.has(Role.BUYER)) {
            throw new org.springframework.security.access.AccessDeniedException("not a buyer");
        }
        var profile = myProfile().orElse(null);
        if (profile == null || !profile.verified()) {
            throw InvalidInput.of("buyer", "market.buyer.unverified");
        }
        return profile;
    }

    private List<Long> ownBusinesses() {
        CurrentUser me = access.require();
        if (!me.isOwner()) {
            return List.of();
        }
        return businesses.search(SearchCriteria.all(), null, 100).items().stream().map(b -> b.id()).toList();
    }

    /** Owners answer for their own businesses; an officer who may edit the record is not the seller. */
    private boolean ownerOf(long businessId) {
        if (!access.require().isOwner()) {
            return false;
        }
        try {
            return businesses.standing(businessId).permissions().edit();
        } catch (NotFound | org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    private void stamp(long deliveryId, int version, String column) {
        int changed = jdbc.sql("UPDATE market_delivery SET " + column + " = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(today.now(), deliveryId, version).update();
        if (changed == 0) {
            throw new EditConflict("delivery", deliveryId);
        }
    }

    /** Orders and all their deliveries in two reads. */
    private List<OrderView> orders(String condition, Object party) {
        var heads = jdbc.sql("""
                        SELECT o.id, o.inquiry_id, p.name AS product, b.name AS business, mb.organisation, o.quantity, o.starts_on, o.ends_on
                        FROM market_order o JOIN registry_catalogue_product p ON p.id = o.product_id
                        JOIN registry_business b ON b.id = o.business_id JOIN market_buyer mb ON mb.user_id = o.buyer_user_id
                        WHERE """ + " " + condition + " ORDER BY o.starts_on DESC, o.id DESC LIMIT 50")
                .param("party", party).query((rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)}).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var byOrder = new HashMap<Long, List<DeliveryView>>();
        jdbc.sql(DELIVERY + " WHERE d.order_id IN (:ids) ORDER BY d.due_on").param("ids", heads.stream().map(h -> h[0]).toList())
                .query(Trade::delivery).list().forEach(d -> byOrder.computeIfAbsent(d.orderId(), k -> new ArrayList<>()).add(d));
        return heads.stream().map(h -> new OrderView((Long) h[0], (Long) h[1], (String) h[2], (String) h[3], (String) h[4], (Integer) h[5],
                (LocalDate) h[6], (LocalDate) h[7], byOrder.getOrDefault((Long) h[0], List.of()))).toList();
    }

    private String regionOfBusiness(long businessId) {
        return jdbc.sql("SELECT region_code FROM registry_business WHERE id = ?").param(businessId).query(String.class).optional().orElse(null);
    }

    private String regionOfOrder(long orderId) {
        return jdbc.sql("SELECT b.region_code FROM market_order o JOIN registry_business b ON b.id = o.business_id WHERE o.id = ?")
                .param(orderId).query(String.class).optional().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final String INQUIRY = """
            SELECT i.id, i.product_id, p.name AS product, i.business_id, b.name AS business, mb.organisation, mb.type, i.quantity,
                   i.deliver_on, i.place, i.note, i.status, i.price, i.conditions, i.decline_reason, i.sent_at, o.id AS order_id, i.version
            FROM market_inquiry i JOIN registry_catalogue_product p ON p.id = i.product_id
            JOIN registry_business b ON b.id = i.business_id JOIN market_buyer mb ON mb.user_id = i.buyer_user_id
            LEFT JOIN market_order o ON o.inquiry_id = i.id""";

    private static final String DELIVERY = """
            SELECT d.id, d.order_id, p.name AS product, b.name AS business, mb.organisation, o.quantity, d.due_on, d.sent_at, d.received_at, d.version
            FROM market_delivery d JOIN market_order o ON o.id = d.order_id JOIN registry_catalogue_product p ON p.id = o.product_id
            JOIN registry_business b ON b.id = o.business_id JOIN market_buyer mb ON mb.user_id = o.buyer_user_id""";

    private static InquiryView inquiry(ResultSet rs, int i) throws SQLException {
        return new InquiryView(rs.getLong("id"), rs.getLong("product_id"), rs.getString("product"), rs.getLong("business_id"),
                rs.getString("business"), rs.getString("organisation"), rs.getString("type"), rs.getInt("quantity"),
                rs.getObject("deliver_on", LocalDate.class), rs.getString("place"), rs.getString("note"), rs.getString("status"),
                rs.getObject("price", BigDecimal.class), rs.getString("conditions"), rs.getString("decline_reason"),
                rs.getObject("sent_at", OffsetDateTime.class), (Long) rs.getObject("order_id"), rs.getInt("version"));
    }

    private static DeliveryView delivery(ResultSet rs, int i) throws SQLException {
        return new DeliveryView(rs.getLong("id"), rs.getLong("order_id"), rs.getString("product"), rs.getString("business"),
                rs.getString("organisation"), rs.getInt("quantity"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("sent_at", OffsetDateTime.class), rs.getObject("received_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
