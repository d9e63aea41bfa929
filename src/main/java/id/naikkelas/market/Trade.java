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
        params.put("weekday", form.startsOn().getDayOfWeek().getValue());
        Long id = jdbc.sql("""
                        INSERT INTO market_order (inquiry_id, buyer_user_id, business_id, product_id, quantity, weekday, place, starts_on, ends_on,
                                                  created_at, changed_at)
                        SELECT i.id, i.buyer_user_id, i.business_id, i.product_id, i.quantity, :weekday, i.place, :startsOn, :endsOn, :now, :now
                        FROM market_inquiry i WHERE i.id = :inquiry AND i.version = :version AND i.status = 'ACCEPTED'
                        ON CONFLICT (inquiry_id) DO NOTHING RETURNING id""")
                .params(params).query(Long.class).optional().orElseThrow(() -> new EditConflict("inquiry", inquiryId));
        var dates = weeks(form.startsOn(), form.endsOn());
        schedule(id, dates);
        audit.created("supply_order", id, regionOfBusiness(inquiry.businessId()), Map.of("inquiryId", inquiryId,
                "quantity", inquiry.quantity(), "startsOn", form.startsOn(), "endsOn", form.endsOn(), "deliveries", dates.size()));
        events.publishEvent(new OrderCreated(id, inquiryId, inquiry.businessId(), dates.size()));
        return id;
    }

    public List<OrderView> myOrders() {
        return orders("o.buyer_user_id = :party", Map.of("party", access.require().id()));
    }

    /** The buyer's deliveries still open: those on their way first (to be checked in), then the soonest due. */
    public List<DeliveryView> myNextDeliveries(int limit) {
        return jdbc.sql(DELIVERY + " WHERE o.buyer_user_id = ? AND d.status IN ('PLANNED', 'SENT') ORDER BY d.status = 'PLANNED', d.due_on, d.id LIMIT ?")
                .params(access.require().id(), limit).query(this::delivery).list();
    }

    /** The order of one of the buyer's own deliveries (another's is "not found"). */
    public long orderOfMyDelivery(long deliveryId) {
        return jdbc.sql("SELECT d.order_id FROM market_delivery d JOIN market_order o ON o.id = d.order_id WHERE d.id = ? AND o.buyer_user_id = ?")
                .params(deliveryId, access.require().id()).query(Long.class).optional().orElseThrow(() -> new NotFound("delivery", deliveryId));
    }

    /** The buyer checks in a delivery the owner marked sent; one not sent (or not yet due) cannot be received. */
    @Transactional
    public void markReceived(long deliveryId, int version) {
        var me = access.require();
        var before = jdbc.sql(DELIVERY + " WHERE d.id = ? AND o.buyer_user_id = ?").params(deliveryId, me.id()).query(this::delivery)
                .optional().orElseThrow(() -> new NotFound("delivery", deliveryId));
        step(before, version, DeliveryStep.RECEIVE, null);
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
        return ids.isEmpty() ? List.of() : orders("o.business_id IN (:party)", Map.of("party", ids));
    }

    /** The owner marks a delivery sent: from the day before it is due, never weeks ahead. */
    @Transactional
    public void markSent(long deliveryId, int version) {
        step(ownersDelivery(deliveryId), version, DeliveryStep.SEND, null);
    }

    /** The owner records that a due delivery was not delivered, and why; the buyer reads the reason. */
    @Transactional
    public void markNotDelivered(long deliveryId, int version, ReasonForm form) {
        var before = ownersDelivery(deliveryId);
        InvalidInput.check(form);
        step(before, version, DeliveryStep.NOT_DELIVERED, form.reason().strip());
    }

    /** The order of a delivery to one of the owner's businesses (another's is "not found"). */
    public long orderOfOwnersDelivery(long deliveryId) {
        return ownersDelivery(deliveryId).orderId();
    }

    private DeliveryView ownersDelivery(long deliveryId) {
        var before = jdbc.sql(DELIVERY + " WHERE d.id = ?").param(deliveryId).query(this::delivery).optional()
                .orElseThrow(() -> new NotFound("delivery", deliveryId));
        long business = jdbc.sql("SELECT business_id FROM market_order WHERE id = ?").param(before.orderId()).query(Long.class).single();
        if (!ownerOf(business)) {
            throw new NotFound("delivery", deliveryId);
        }
        return before;
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
    boolean ownerOf(long businessId) {
        if (!access.require().isOwner()) {
            return false;
        }
        try {
            return businesses.standing(businessId).permissions().edit();
        } catch (NotFound | org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    /** Takes one step of {@link DeliveryStep}'s table, or says why not; the version guards against a second hand. */
    private void step(DeliveryView before, int version, DeliveryStep step, String reason) {
        if (!step.allowed(before.status(), before.dueOn(), today.date())) {
            throw InvalidInput.of("delivery", step.refusal(before.status()));
        }
        var params = new HashMap<String, Object>();
        params.put("id", before.id());
        params.put("version", version);
        params.put("from", step.from.name());
        params.put("to", step.to.name());
        params.put("now", today.now());
        params.put("reason", reason);
        int changed = jdbc.sql("""
                        UPDATE market_delivery SET status = :to, reason = coalesce(:reason, reason), version = version + 1,
                               sent_at = CASE WHEN :to = 'SENT' THEN :now ELSE sent_at END,
                               received_at = CASE WHEN :to = 'RECEIVED' THEN :now ELSE received_at END
                        WHERE id = :id AND version = :version AND status = :from""").params(params).update();
        if (changed == 0) {
            throw new EditConflict("delivery", before.id());
        }
        var after = new LinkedHashMap<String, Object>();
        after.put("status", step.to.name());
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.action("delivery", before.id(), step.to.name().toLowerCase(java.util.Locale.ROOT), regionOfOrder(before.orderId()),
                Map.of("status", before.status().name()), after);
    }

    /** Generates the deliveries of an order on the given dates with its current quantity and place; a date already there stays. */
    void schedule(long orderId, List<LocalDate> dates) {
        jdbc.sql("""
                        INSERT INTO market_delivery (order_id, due_on, quantity, place)
                        SELECT o.id, d, o.quantity, o.place FROM market_order o, unnest(?::date[]) d WHERE o.id = ?
                        ON CONFLICT (order_id, due_on) DO NOTHING""")
                .params(dates.stream().map(LocalDate::toString).toArray(String[]::new), orderId).update();
    }

    /** Orders with their open change request and all their deliveries, in three reads. */
    List<OrderView> orders(String condition, Map<String, ?> params) {
        record Head(long id, long inquiryId, String product, String business, String buyer, int quantity, int weekday, String place,
                    LocalDate startsOn, LocalDate endsOn, String status, String cancelledBy, String cancelReason, int version) {
        }
        var heads = jdbc.sql("""
                        SELECT o.id, o.inquiry_id, p.name AS product, b.name AS business, mb.organisation, o.quantity, o.weekday, o.place,
                               o.starts_on, o.ends_on, o.status, o.cancelled_by, o.cancel_reason, o.version
                        FROM market_order o JOIN registry_catalogue_product p ON p.id = o.product_id
                        JOIN registry_business b ON b.id = o.business_id JOIN market_buyer mb ON mb.user_id = o.buyer_user_id
                        WHERE """ + " " + condition + " ORDER BY o.status = 'ACTIVE' DESC, o.starts_on DESC, o.id DESC LIMIT 50")
                .params(params).query((rs, i) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var ids = heads.stream().map(Head::id).toList();
        var byOrder = new HashMap<Long, List<DeliveryView>>();
        jdbc.sql(DELIVERY + " WHERE d.order_id IN (:ids) ORDER BY d.due_on").param("ids", ids)
                .query(this::delivery).list().forEach(d -> byOrder.computeIfAbsent(d.orderId(), k -> new ArrayList<>()).add(d));
        var pending = new HashMap<Long, OrderChangeView>();
        jdbc.sql("""
                        SELECT order_id, id, quantity, weekday, ends_on, place, note, status, decline_reason, requested_at
                        FROM market_order_change WHERE order_id IN (:ids) AND status = 'REQUESTED'""").param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getLong(1), new OrderChangeView(rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class))))
                .list().forEach(e -> pending.put(e.getKey(), e.getValue()));
        return heads.stream().map(h -> new OrderView(h.id(), h.inquiryId(), h.product(), h.business(), h.buyer(), h.quantity(), h.weekday(),
                h.place(), h.startsOn(), h.endsOn(), h.status(), h.cancelledBy() == null ? null : Party.valueOf(h.cancelledBy()),
                h.cancelReason(), pending.get(h.id()), byOrder.getOrDefault(h.id(), List.of()), h.version())).toList();
    }

    String regionOfBusiness(long businessId) {
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
            SELECT d.id, d.order_id, p.name AS product, b.name AS business, mb.organisation, d.quantity, d.place, d.due_on, d.status,
                   d.sent_at, d.received_at, d.reason, d.version
            FROM market_delivery d JOIN market_order o ON o.id = d.order_id JOIN registry_catalogue_product p ON p.id = o.product_id
            JOIN registry_business b ON b.id = o.business_id JOIN market_buyer mb ON mb.user_id = o.buyer_user_id""";

    private static InquiryView inquiry(ResultSet rs, int i) throws SQLException {
        return new InquiryView(rs.getLong("id"), rs.getLong("product_id"), rs.getString("product"), rs.getLong("business_id"),
                rs.getString("business"), rs.getString("organisation"), rs.getString("type"), rs.getInt("quantity"),
                rs.getObject("deliver_on", LocalDate.class), rs.getString("place"), rs.getString("note"), rs.getString("status"),
                rs.getObject("price", BigDecimal.class), rs.getString("conditions"), rs.getString("decline_reason"),
                rs.getObject("sent_at", OffsetDateTime.class), (Long) rs.getObject("order_id"), rs.getInt("version"));
    }

    /** A delivery with the steps {@link DeliveryStep}'s table allows on it today. */
    private DeliveryView delivery(ResultSet rs, int i) throws SQLException {
        var status = DeliveryStatus.valueOf(rs.getString("status"));
        var dueOn = rs.getObject("due_on", LocalDate.class);
        var todayDate = today.date();
        var steps = java.util.Arrays.stream(DeliveryStep.values()).filter(step -> step.allowed(status, dueOn, todayDate)).toList();
        return new DeliveryView(rs.getLong("id"), rs.getLong("order_id"), rs.getString("product"), rs.getString("business"),
                rs.getString("organisation"), rs.getInt("quantity"), rs.getString("place"), dueOn, status,
                rs.getObject("sent_at", OffsetDateTime.class), rs.getObject("received_at", OffsetDateTime.class), rs.getString("reason"),
                steps, rs.getInt("version"));
    }
}
