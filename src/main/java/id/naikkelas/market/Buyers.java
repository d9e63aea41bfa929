package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Buyer organisations: a buyer account (made by an administrator) tells its organisation, type and region; an officer
 * of that region verifies it, and only then may it send inquiries. Changing the organisation or region asks for a
 * new verification, since that is what the officer checked.
 */
@Service
public class Buyers {

    private final JdbcClient jdbc;
    private final Access access;
    private final AuditTrail audit;
    private final Today today;
    private final ApplicationEventPublisher events;

    Buyers(JdbcClient jdbc, Access access, AuditTrail audit, Today today, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    public BuyerRow mine() {
        return jdbc.sql(ROW + " WHERE mb.user_id = ?").param(access.require().id()).query(Buyers::row).optional().orElse(null);
    }

    @Transactional
    public void saveMine(int version, BuyerForm form) {
        var me = access.require();
        if (!me.has(Role.BUYER)) {
            throw new AccessDeniedException("not a buyer");
        }
        var problems = new InvalidInput.Collector().check(form);
        if (form.regionCode() != null && !form.regionCode().isBlank() && !regencyExists(form.regionCode())) {
            problems.add("regionCode", "market.buyer.region");
        }
        problems.throwIfAny();
        var before = mine();
        var params = new HashMap<String, Object>();
        params.put("user", me.id());
        params.put("organisation", form.organisation().strip());
        params.put("type", form.type().name());
        params.put("region", form.regionCode());
        params.put("version", version);
        int changed = before == null
                ? jdbc.sql("""
                        INSERT INTO market_buyer (user_id, organisation, type, region_code) VALUES (:user, :organisation, :type, :region)
                        ON CONFLICT (user_id) DO NOTHING""").params(params).update()
                : jdbc.sql("""
                        UPDATE market_buyer SET organisation = :organisation, type = :type, region_code = :region, version = version + 1,
                               verified_at = CASE WHEN organisation = :organisation AND region_code = :region THEN verified_at END,
                               verified_by = CASE WHEN organisation = :organisation AND region_code = :region THEN verified_by END
                        WHERE user_id = :user AND version = :version""").params(params).update();
        if (changed == 0 || before == null && version != 0) {
            throw new EditConflict("buyer", me.id());
        }
        var after = Map.of("organisation", form.organisation().strip(), "type", form.type().name(), "regionCode", form.regionCode());
        if (before == null) {
            audit.created("buyer", me.id(), form.regionCode(), after);
        } else {
            audit.changed("buyer", me.id(), form.regionCode(), Map.of("organisation", before.organisation(), "type", before.type(),
                    "regionCode", before.regionCode()), after);
        }
        events.publishEvent(new BuyerChanged(me.id(), before == null ? null : before.regionCode(), form.regionCode()));
    }

    /** Buyers of the officer's regions, those waiting for verification first. */
    public List<BuyerRow> ofMyRegions() {
        var me = requireOfficer();
        var where = me.jurisdiction().sql("mb.region_code");
        return jdbc.sql(ROW + " WHERE " + where.sql() + " ORDER BY mb.verified_at IS NOT NULL, mb.organisation LIMIT 200")
                .params(where.params()).query(Buyers::row).list();
    }

    @Transactional
    public void verify(long userId, int version) {
        var me = requireOfficer();
        var buyer = jdbc.sql(ROW + " WHERE mb.user_id = ?").param(userId).query(Buyers::row).optional()
                .filter(b -> me.jurisdiction().covers(b.regionCode())).orElseThrow(() -> new NotFound("buyer", userId));
        int changed = jdbc.sql("""
                        UPDATE market_buyer SET verified_at = ?, verified_by = ?, version = version + 1
                        WHERE user_id = ? AND version = ? AND verified_at IS NULL""")
                .params(today.now(), me.username(), userId, version).update();
        if (changed == 0) {
            throw new EditConflict("buyer", userId);
        }
        audit.action("buyer", userId, "verified", buyer.regionCode(), Map.of("verified", false), Map.of("verified", true));
        events.publishEvent(new BuyerChanged(userId, buyer.regionCode(), buyer.regionCode()));
    }

    private id.naikkelas.identity.CurrentUser requireOfficer() {
        var me = access.require();
        if (!me.isProgramStaff()) {
            throw new AccessDeniedException("buyers are verified by officers");
        }
        return me;
    }

    private boolean regencyExists(String code) {
        return code.length() >= 5 && jdbc.sql("SELECT EXISTS (SELECT 1 FROM region WHERE code = ?)").param(code).query(Boolean.class).single();
    }

    private static final String ROW = """
            SELECT mb.user_id, mb.organisation, mb.type, mb.region_code, r.name AS region_name, mb.verified_at IS NOT NULL AS verified, mb.version
            FROM market_buyer mb LEFT JOIN region r ON r.code = mb.region_code""";

    private static BuyerRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new BuyerRow(rs.getLong("user_id"), rs.getString("organisation"), rs.getString("type"), rs.getString("region_code"),
                rs.getString("region_name"), rs.getBoolean("verified"), rs.getInt("version"));
    }
}
