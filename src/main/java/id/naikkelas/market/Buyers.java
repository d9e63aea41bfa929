package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.Nib;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Buyer organisations: a buyer account (registered by the buyer, or made by an administrator) tells its organisation,
 * type and region; an officer of that region verifies it, or refuses it with a reason, and only a verified one may send
 * inquiries. Changing the organisation or region asks for a new verification, since that is what the officer checked;
 * a refused buyer who corrects the profile is waiting again.
 */
@Service
public class Buyers {

    private final JdbcClient jdbc;
    private final Access access;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Today today;
    private final ApplicationEventPublisher events;

    Buyers(JdbcClient jdbc, Access access, Accounts accounts, AuditTrail audit, Today today, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.today = today;
        this.events = events;
    }

    public BuyerRow mine() {
        var me = access.require();
        return find(me.id()).map(b -> withContact(b, me.username())).orElse(null);
    }

    @Transactional
    public void saveMine(int version, BuyerForm form) {
        var me = access.require();
        if (!me.has(Role.BUYER)) {
            throw new AccessDeniedException("not a buyer");
        }
        var problems = new InvalidInput.Collector().check(form);
        String nib = checkDetails(form.regionCode(), form.nib(), problems);
        problems.throwIfAny();
        var before = mine();
        var params = new HashMap<String, Object>();
        params.put("user", me.id());
        params.put("organisation", form.organisation().strip());
        params.put("type", form.type().name());
        params.put("region", regencyOf(form.regionCode()));
        params.put("address", blankToNull(form.address()));
        params.put("nib", nib);
        params.put("version", version);
        int changed = before == null
                ? jdbc.sql("""
                        INSERT INTO market_buyer (user_id, organisation, type, region_code, address, nib)
                        VALUES (:user, :organisation, :type, :region, :address, :nib)
                        ON CONFLICT (user_id) DO NOTHING""").params(params).update()
                : jdbc.sql("""
                        UPDATE market_buyer SET organisation = :organisation, type = :type, region_code = :region, address = :address,
                               nib = :nib, version = version + 1, rejected_at = NULL, rejected_by = NULL, reject_reason = NULL,
                               verified_at = CASE WHEN organisation = :organisation AND region_code = :region THEN verified_at END,
                               verified_by = CASE WHEN organisation = :organisation AND region_code = :region THEN verified_by END
                        WHERE user_id = :user AND version = :version""").params(params).update();
        if (changed == 0 || before == null && version != 0) {
            throw new EditConflict("buyer", me.id());
        }
        String region = regencyOf(form.regionCode());
        var after = state(form.organisation().strip(), form.type().name(), region, blankToNull(form.address()), nib);
        if (before == null) {
            audit.created("buyer", me.id(), region, after);
        } else {
            audit.changed("buyer", me.id(), region,
                    state(before.organisation(), before.type(), before.regionCode(), before.address(), before.nib()), after);
        }
        events.publishEvent(new BuyerChanged(me.id(), before == null ? null : before.regionCode(), region));
    }

    /**
     * The checks a buyer's details get, on registration and on every change: the region is a regency or city, the NIB
     * (optional) is thirteen digits. Returns the NIB as stored.
     */
    String checkDetails(String regionCode, String nib, InvalidInput.Collector problems) {
        if (regionCode != null && !regionCode.isBlank() && !regencyExists(regencyOf(regionCode))) {
            problems.add("regionCode", "market.buyer.region");
        }
        if (blankToNull(nib) == null) {
            return null;
        }
        var check = Nib.check(nib);
        check.problems().forEach(p -> problems.add("nib", p.code(), p.argsArray()));
        return check.valid() ? check.normalized() : null;
    }

    /** Buyers of the officer's regions, those waiting for a decision first, with how to reach their contact person. */
    public List<BuyerRow> ofMyRegions() {
        var me = requireOfficer();
        var where = me.jurisdiction().sql("mb.region_code");
        return jdbc.sql(ROW + " WHERE " + where.sql() + """
                         ORDER BY mb.verified_at IS NOT NULL, mb.rejected_at IS NOT NULL, mb.registered_at DESC NULLS LAST, mb.organisation
                        LIMIT 200""")
                .params(where.params()).query(Buyers::row).list().stream().map(b -> withContact(b, username(b.userId()))).toList();
    }

    /** One buyer of the officer's regions; another region's buyer is "not found". */
    public BuyerRow ofMyRegions(long userId) {
        var me = requireOfficer();
        return find(userId).filter(b -> me.jurisdiction().covers(b.regionCode())).map(b -> withContact(b, username(userId)))
                .orElseThrow(() -> new NotFound("buyer", userId));
    }

    @Transactional
    public void verify(long userId, int version) {
        var me = requireOfficer();
        var buyer = ofMyRegions(userId);
        int changed = jdbc.sql("""
                        UPDATE market_buyer SET verified_at = ?, verified_by = ?, rejected_at = NULL, rejected_by = NULL, reject_reason = NULL,
                               version = version + 1
                        WHERE user_id = ? AND version = ? AND verified_at IS NULL""")
                .params(today.now(), me.username(), userId, version).update();
        if (changed == 0) {
            throw new EditConflict("buyer", userId);
        }
        audit.action("buyer", userId, "verified", buyer.regionCode(), Map.of("status", buyer.status().name()),
                Map.of("status", BuyerStatus.VERIFIED.name()));
        events.publishEvent(new BuyerDecided(userId, true, null, version + 1));
        events.publishEvent(new BuyerChanged(userId, buyer.regionCode(), buyer.regionCode()));
    }

    /** The officer refuses a waiting buyer with a reason the buyer reads; the buyer may correct the profile and wait again. */
    @Transactional
    public void reject(long userId, int version, String reason) {
        var me = requireOfficer();
        var buyer = ofMyRegions(userId);
        String why = blankToNull(reason);
        if (why == null) {
            throw InvalidInput.of("reason", "market.buyers.reasonNeeded");
        }
        if (why.length() > 1000) {
            throw InvalidInput.of("reason", "market.tooLong", 1000);
        }
        if (buyer.status() != BuyerStatus.WAITING) {
            throw InvalidInput.of("reason", "market.buyers.notWaiting");
        }
        int changed = jdbc.sql("""
                        UPDATE market_buyer SET rejected_at = ?, rejected_by = ?, reject_reason = ?, version = version + 1
                        WHERE user_id = ? AND version = ? AND verified_at IS NULL AND rejected_at IS NULL""")
                .params(today.now(), me.username(), why, userId, version).update();
        if (changed == 0) {
            throw new EditConflict("buyer", userId);
        }
        audit.action("buyer", userId, "rejected", buyer.regionCode(), Map.of("status", buyer.status().name()),
                Map.of("status", BuyerStatus.REJECTED.name(), "reason", why));
        events.publishEvent(new BuyerDecided(userId, false, why, version + 1));
    }

    private java.util.Optional<BuyerRow> find(long userId) {
        return jdbc.sql(ROW + " WHERE mb.user_id = ?").param(userId).query(Buyers::row).optional();
    }

    private BuyerRow withContact(BuyerRow row, String username) {
        return username == null ? row : accounts.contact(username).map(c -> row.withContact(c.email(), c.phone())).orElse(row);
    }

    private String username(long userId) {
        return jdbc.sql("SELECT username FROM identity_user WHERE id = ?").param(userId).query(String.class).optional().orElse(null);
    }

    private id.naikkelas.identity.CurrentUser requireOfficer() {
        var me = access.require();
        if (!me.isProgramStaff()) {
            throw new AccessDeniedException("buyers are verified by officers");
        }
        return me;
    }

    /** A regency or city (two dotted parts): a buyer is verified by the officer of one, not of a whole province. */
    private boolean regencyExists(String code) {
        return code.length() >= 4 && code.length() <= 13 && code.contains(".")
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM region WHERE code = ?)").param(code).query(Boolean.class).single();
    }

    private static Map<String, Object> state(String organisation, String type, String region, String address, String nib) {
        var state = new LinkedHashMap<String, Object>();
        state.put("organisation", organisation);
        state.put("type", type);
        state.put("regionCode", region);
        state.put("address", address == null ? "" : address);
        state.put("nib", nib == null ? "" : nib);
        return state;
    }

    /** The regency or city a code lies in ("18.71.01" is in 18.71): the picker may go down to a village. */
    static String regencyOf(String code) {
        if (code == null) {
            return null;
        }
        var parts = code.strip().split("\\.");
        return parts.length < 2 ? code.strip() : parts[0] + "." + parts[1];
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final String ROW = """
            SELECT mb.user_id, mb.organisation, mb.type, mb.region_code, r.name AS region_name, mb.verified_at IS NOT NULL AS verified,
                   CASE WHEN mb.verified_at IS NOT NULL THEN 'VERIFIED' WHEN mb.rejected_at IS NOT NULL THEN 'REJECTED' ELSE 'WAITING' END AS status,
                   mb.address, mb.nib, u.full_name, mb.reject_reason, mb.version
            FROM market_buyer mb LEFT JOIN region r ON r.code = mb.region_code LEFT JOIN identity_user u ON u.id = mb.user_id""";

    private static BuyerRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new BuyerRow(rs.getLong("user_id"), rs.getString("organisation"), rs.getString("type"), rs.getString("region_code"),
                rs.getString("region_name"), rs.getBoolean("verified"), BuyerStatus.valueOf(rs.getString("status")), rs.getString("address"),
                rs.getString("nib"), rs.getString("full_name"), null, null, rs.getString("reject_reason"), rs.getInt("version"));
    }
}
