package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A running supply order changes only by agreement: the buyer asks for new terms (quantity per delivery, weekday, end,
 * place), the owner accepts or declines; until then the order runs unchanged, and an accepted change applies to the
 * deliveries not yet sent. Either side may cancel with a reason: deliveries not yet sent are cancelled, sent and
 * received ones stay as the record. Every step carries the order's version; someone else's order is "not found".
 */
@Service
public class SupplyOrders {

    private final JdbcClient jdbc;
    private final Access access;
    private final Trade trade;
    private final AuditTrail audit;
    private final Today today;
    private final ApplicationEventPublisher events;

    SupplyOrders(JdbcClient jdbc, Access access, Trade trade, AuditTrail audit, Today today, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.trade = trade;
        this.audit = audit;
        this.today = today;
        this.events = events;
    }

    /** One of the signed-in buyer's orders. */
    public OrderView buyers(long orderId) {
        return trade.orders("o.id = :id AND o.buyer_user_id = :me", Map.of("id", orderId, "me", access.require().id())).stream()
                .findFirst().orElseThrow(() -> new NotFound("supply_order", orderId));
    }

    /** One order to the signed-in owner's businesses. */
    public OrderView owners(long orderId) {
        var order = trade.orders("o.id = :id", Map.of("id", orderId)).stream().findFirst()
                .orElseThrow(() -> new NotFound("supply_order", orderId));
        if (!trade.ownerOf(businessOf(orderId))) {
            throw new NotFound("supply_order", orderId);
        }
        return order;
    }

    @Transactional
    public long requestChange(long orderId, int version, OrderChangeForm form) {
        var order = buyers(orderId);
        var problems = new InvalidInput.Collector().check(form);
        if (!order.active()) {
            problems.add("order", "market.order.notActive");
        } else if (order.pendingChange() != null) {
            problems.add("order", "market.change.pending");
        }
        if (form.quantity() != null && (form.quantity() < 1 || form.quantity() > Trade.MAX_QUANTITY)) {
            problems.add("quantity", "market.listing.quantity", Trade.MAX_QUANTITY);
        }
        if (form.weekday() != null && (form.weekday() < 1 || form.weekday() > 7)) {
            problems.add("weekday", "market.change.weekday");
        }
        if (form.endsOn() != null) {
            var from = firstOpenDay(order);
            if (form.endsOn().isBefore(from)) {
                problems.add("endsOn", "market.change.endTooEarly", from);
            } else if (Trade.weeks(from, form.endsOn()).size() > Trade.MAX_DELIVERIES) {
                problems.add("endsOn", "market.order.tooLong", Trade.MAX_DELIVERIES);
            }
        }
        if (problems.isEmpty() && form.quantity() == order.quantity() && form.weekday() == order.weekday()
                && form.endsOn().equals(order.endsOn()) && form.place().strip().equals(order.place())) {
            problems.add("order", "market.change.nothing");
        }
        problems.throwIfAny();
        bump(orderId, version);
        var params = new HashMap<String, Object>();
        params.put("order", orderId);
        params.put("quantity", form.quantity());
        params.put("weekday", form.weekday());
        params.put("endsOn", form.endsOn());
        params.put("place", form.place().strip());
        params.put("note", Buyers.blankToNull(form.note()));
        params.put("now", today.now());
        long id = jdbc.sql("""
                        INSERT INTO market_order_change (order_id, quantity, weekday, ends_on, place, note, requested_at)
                        VALUES (:order, :quantity, :weekday, :endsOn, :place, :note, :now) RETURNING id""")
                .params(params).query(Long.class).single();
        audit.created("order_change", id, trade.regionOfBusiness(businessOf(orderId)), Map.of("orderId", orderId,
                "quantity", form.quantity(), "weekday", form.weekday(), "endsOn", form.endsOn(), "place", form.place().strip()));
        events.publishEvent(new OrderChangeRequested(orderId, id));
        return id;
    }

    /** The owner's answer; an accepted change reschedules the deliveries not yet sent. */
    @Transactional
    public void answerChange(long orderId, int version, ChangeAnswerForm form) {
        var order = owners(orderId);
        var change = order.pendingChange();
        if (change == null) {
            throw InvalidInput.of("order", "market.change.none");
        }
        InvalidInput.check(form);
        String reason = Buyers.blankToNull(form.reason());
        if (!form.accept() && reason == null) {
            throw InvalidInput.of("reason", "market.answer.reasonNeeded");
        }
        bump(orderId, version);
        if (form.accept()) {
            apply(order, change);
        }
        jdbc.sql("UPDATE market_order_change SET status = ?, decline_reason = ?, answered_at = ? WHERE id = ? AND status = 'REQUESTED'")
                .params(form.accept() ? "ACCEPTED" : "DECLINED", form.accept() ? null : reason, today.now(), change.id()).update();
        var after = new LinkedHashMap<String, Object>();
        after.put("status", form.accept() ? "ACCEPTED" : "DECLINED");
        if (!form.accept()) {
            after.put("reason", reason);
        }
        audit.changed("order_change", change.id(), trade.regionOfBusiness(businessOf(orderId)), Map.of("status", "REQUESTED"), after);
        events.publishEvent(new OrderChangeAnswered(orderId, change.id(), form.accept(), reason));
    }

    /** Either side cancels its order; the caller's side is the one they are on, anyone else is "not found". */
    @Transactional
    public void cancel(long orderId, int version, ReasonForm form) {
        var me = access.require();
        Party by;
        OrderView order;
        long buyer = jdbc.sql("SELECT buyer_user_id FROM market_order WHERE id = ?").param(orderId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("supply_order", orderId));
        if (buyer == me.id()) {
            by = Party.BUYER;
            order = buyers(orderId);
        } else {
            by = Party.OWNER;
            order = owners(orderId);
        }
        InvalidInput.check(form);
        if (!order.active()) {
            throw InvalidInput.of("reason", "market.order.notActive");
        }
        String reason = form.reason().strip();
        int changed = jdbc.sql("""
                        UPDATE market_order SET status = 'CANCELLED', cancelled_at = :now, cancelled_by = :by, cancel_reason = :reason,
                               changed_at = :now, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'ACTIVE'""")
                .param("now", today.now()).param("by", by.name()).param("reason", reason).param("id", orderId).param("version", version)
                .update();
        if (changed == 0) {
            throw new EditConflict("supply_order", orderId);
        }
        int cancelled = jdbc.sql("UPDATE market_delivery SET status = 'CANCELLED', version = version + 1 WHERE order_id = ? AND status = 'PLANNED'")
                .param(orderId).update();
        jdbc.sql("UPDATE market_order_change SET status = 'WITHDRAWN', answered_at = ? WHERE order_id = ? AND status = 'REQUESTED'")
                .params(today.now(), orderId).update();
        audit.action("supply_order", orderId, "cancelled", trade.regionOfBusiness(businessOf(orderId)), Map.of("status", "ACTIVE"),
                Map.of("status", "CANCELLED", "by", by.name(), "reason", reason, "deliveriesCancelled", cancelled));
        events.publishEvent(new OrderCancelled(orderId, by, reason));
    }

    /**
     * The new terms go to the order and to every delivery not yet sent: those still ahead are planned again on the new
     * weekday up to the new end; one already due but not sent keeps its day and takes the new quantity and place.
     */
    private void apply(OrderView order, OrderChangeView change) {
        jdbc.sql("UPDATE market_order SET quantity = ?, weekday = ?, ends_on = ?, place = ?, changed_at = ? WHERE id = ?")
                .params(change.quantity(), change.weekday(), change.endsOn(), change.place(), today.now(), order.id()).update();
        var from = firstOpenDay(order);
        jdbc.sql("DELETE FROM market_delivery WHERE order_id = ? AND status = 'PLANNED' AND due_on >= ?").params(order.id(), from).update();
        jdbc.sql("UPDATE market_delivery SET quantity = ?, place = ?, version = version + 1 WHERE order_id = ? AND status = 'PLANNED'")
                .params(change.quantity(), change.place(), order.id()).update();
        var first = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(change.weekday())));
        trade.schedule(order.id(), Trade.weeks(first, change.endsOn()));
    }

    /** The first day a change can reach: today, or the order's start if it has not begun. */
    private LocalDate firstOpenDay(OrderView order) {
        return order.startsOn().isAfter(today.date()) ? order.startsOn() : today.date();
    }

    /** The version check every step begins with: a stale one is a conflict, not a silent overwrite. */
    private void bump(long orderId, int version) {
        if (jdbc.sql("UPDATE market_order SET version = version + 1 WHERE id = ? AND version = ? AND status = 'ACTIVE'")
                .params(orderId, version).update() == 0) {
            throw new EditConflict("supply_order", orderId);
        }
    }

    private long businessOf(long orderId) {
        return jdbc.sql("SELECT business_id FROM market_order WHERE id = ?").param(orderId).query(Long.class).single();
    }
}
