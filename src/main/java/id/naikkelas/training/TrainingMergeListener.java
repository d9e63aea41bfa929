package id.naikkelas.training;

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
class TrainingMergeListener {

    private final JdbcClient jdbc;

    TrainingMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BusinessesMerged event) {
        var ledger = event.ledger();
        // the same person registered for the same event under both records: the survivor keeps its registration
        ledger.move(jdbc, "training_registration", "business_id", """
                t.status <> 'CANCELLED' AND EXISTS (SELECT 1 FROM training_registration x WHERE x.event_id = t.event_id
                    AND x.business_id = :s AND lower(x.participant_name) = lower(t.participant_name) AND x.status <> 'CANCELLED')""");
        ledger.followRegion(jdbc, "training_registration");
    }

    @EventListener
    void on(BusinessMergeUndone event) {
        event.ledger().moveBack(jdbc, "training_registration", "business_id");
        event.ledger().followRegion(jdbc, "training_registration");
    }
}
