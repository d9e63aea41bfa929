package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** A buyer's favourite suppliers: businesses with a published product, starred from their catalogue page. */
@Service
public class Favourites {

    private final JdbcClient jdbc;
    private final Access access;
    private final AuditTrail audit;
    private final Today today;

    Favourites(JdbcClient jdbc, Access access, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    public record Supplier(long businessId, String name) {
    }

    public boolean starred(long businessId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM market_favourite WHERE buyer_user_id = ? AND business_id = ?)")
                .params(access.require().id(), businessId).query(Boolean.class).single();
    }

    public List<Supplier> mine() {
        return jdbc.sql("""
                        SELECT f.business_id, b.name FROM market_favourite f JOIN registry_business b ON b.id = f.business_id
                        WHERE f.buyer_user_id = ? ORDER BY b.name LIMIT 100""")
                .param(access.require().id()).query((rs, i) -> new Supplier(rs.getLong(1), rs.getString(2))).list();
    }

    /** Stars or unstars; only a buyer with a profile, and only a business the public catalogue shows. */
    @Transactional
    public boolean toggle(long businessId) {
        long me = access.require().id();
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM market_buyer WHERE user_id = ?)").param(me).query(Boolean.class).single()) {
            throw InvalidInput.of("buyer", "market.buyer.profileNeeded");
        }
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM catalogue_listing WHERE business_id = ? AND published)").param(businessId)
                .query(Boolean.class).single()) {
            throw new NotFound("business", businessId);
        }
        boolean removed = jdbc.sql("DELETE FROM market_favourite WHERE buyer_user_id = ? AND business_id = ?").params(me, businessId).update() > 0;
        if (!removed) {
            jdbc.sql("INSERT INTO market_favourite (buyer_user_id, business_id, starred_at) VALUES (?, ?, ?)")
                    .params(me, businessId, today.now()).update();
        }
        audit.action("buyer", me, removed ? "unstarred" : "starred", null, Map.of(), Map.of("businessId", businessId));
        return !removed;
    }
}
