package id.naikkelas.programs;

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
class ProgramsMergeListener {

    private final JdbcClient jdbc;

    ProgramsMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BusinessesMerged event) {
        var ledger = event.ledger();
        // an enrolment in a program the survivor is already in stays with the absorbed record (kept apart, undo restores it)
        ledger.move(jdbc, "enrollment", "business_id",
                "EXISTS (SELECT 1 FROM enrollment x WHERE x.business_id = :s AND x.program_id = t.program_id)");
        // visits follow their enrolment
        ledger.move(jdbc, "visit", "business_id",
                "NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.id = t.enrollment_id AND e.business_id = :s)");
        ledger.move(jdbc, "award", "business_id", null);
        ledger.followRegion(jdbc, "enrollment");
        ledger.followRegion(jdbc, "visit");
    }

    @EventListener
    void on(BusinessMergeUndone event) {
        var ledger = event.ledger();
        ledger.moveBack(jdbc, "award", "business_id");
        ledger.moveBack(jdbc, "visit", "business_id");
        ledger.moveBack(jdbc, "enrollment", "business_id");
        ledger.followRegion(jdbc, "enrollment");
        ledger.followRegion(jdbc, "visit");
    }
}
