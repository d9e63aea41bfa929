package id.naikkelas.certification;

import id.naikkelas.registry.BusinessMergeUndone;
import id.naikkelas.registry.BusinessesMerged;
import id.naikkelas.registry.MergeLedger;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps this module's rows with the business they belong to when the registry merges two records, and moves them
 * back when the merge is undone. Synchronous, in the merge's own transaction: the merge and every module's share of
 * it happen together or not at all.
 */
@Component
class CertificationMergeListener {

    private final JdbcClient jdbc;

    CertificationMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BusinessesMerged event) {
        var ledger = event.ledger();
        // one open competency case per person: the survivor's open case for that person stays the one
        ledger.move(jdbc, "certification_case", "business_id", """
                t.status = 'OPEN' AND t.product_id IS NULL AND EXISTS (SELECT 1 FROM certification_case x WHERE x.business_id = :s
                    AND x.status = 'OPEN' AND x.product_id IS NULL AND x.permit_type = t.permit_type
                    AND lower(x.person_name) = lower(t.person_name))""");
        ledger.followRegion(jdbc, "certification_case");
    }

    @EventListener
    void on(BusinessMergeUndone event) {
        var ledger = event.ledger();
        // a case started since the merge for a product that goes back would be left on the wrong record
        var products = ledger.moved("product.business_id").stream().map(Long::valueOf).toArray(Long[]::new);
        var moved = ledger.moved("certification_case.business_id").stream().map(Long::valueOf).toArray(Long[]::new);
        var started = jdbc.sql("SELECT id FROM certification_case WHERE product_id = ANY(:products) AND NOT (id = ANY(:moved)) ORDER BY id")
                .param("products", products).param("moved", moved).query(Long.class).list();
        if (!started.isEmpty()) {
            throw MergeLedger.refusal("registry.merge.undo.newOnMovedProduct", "certification_case", started);
        }
        ledger.moveBack(jdbc, "certification_case", "business_id");
        ledger.followRegion(jdbc, "certification_case");
    }
}
