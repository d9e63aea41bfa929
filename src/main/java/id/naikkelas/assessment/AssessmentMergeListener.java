package id.naikkelas.assessment;

import id.naikkelas.registry.BusinessMergeUndone;
import id.naikkelas.registry.BusinessesMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps this module's rows with the business they belong to when the registry merges two records, and moves them
 * back when the merge is undone. Synchronous, in the merge's own transaction: the merge and every module's share of
 * it happen together or not at all.
 */
@Component
class AssessmentMergeListener {

    private final JdbcClient jdbc;

    AssessmentMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BusinessesMerged event) {
        var ledger = event.ledger();
        // one open draft per inspector and checklist: the survivor's draft stays the one to resume
        ledger.move(jdbc, "inspection", "business_id", """
                t.status = 'DRAFT' AND t.supersedes IS NULL AND EXISTS (SELECT 1 FROM inspection x WHERE x.business_id = :s
                    AND x.template_code = t.template_code AND x.inspector = t.inspector AND x.status = 'DRAFT' AND x.supersedes IS NULL)""");
        ledger.move(jdbc, "corrective_action", "business_id",
                "NOT EXISTS (SELECT 1 FROM inspection i WHERE i.id = t.inspection_id AND i.business_id = :s)");
        ledger.followRegion(jdbc, "inspection");
        ledger.followRegion(jdbc, "corrective_action");
    }

    @EventListener
    void on(BusinessMergeUndone event) {
        var ledger = event.ledger();
        ledger.moveBack(jdbc, "corrective_action", "business_id");
        ledger.moveBack(jdbc, "inspection", "business_id");
        ledger.followRegion(jdbc, "inspection");
        ledger.followRegion(jdbc, "corrective_action");
    }
}
