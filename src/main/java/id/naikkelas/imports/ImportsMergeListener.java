package id.naikkelas.imports;

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
class ImportsMergeListener {

    private final JdbcClient jdbc;

    ImportsMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BusinessesMerged event) {
        var ledger = event.ledger();
        long s = event.survivorId();
        long a = event.absorbedId();
        // provenance: the lines that became or linked the absorbed record now name the survivor
        var rows = jdbc.sql("UPDATE import_row SET business_id = :s WHERE business_id = :a RETURNING job_id || ':' || line")
                .param("s", s).param("a", a).query(String.class).list();
        ledger.record("import_row.business_id", rows, java.util.List.of());
        // a review of the same line content against both records: the one against the survivor stays
        ledger.move(jdbc, "import_review", "business_id",
                "t.content_key IS NOT NULL AND EXISTS (SELECT 1 FROM import_review x WHERE x.business_id = :s AND x.content_key = t.content_key)");
        ledger.move(jdbc, "import_review", "created_business_id", null);
    }

    @EventListener
    void on(BusinessMergeUndone event) {
        var ledger = event.ledger();
        var rows = ledger.moved("import_row.business_id");
        if (!rows.isEmpty()) {
            int back = jdbc.sql("UPDATE import_row SET business_id = :a WHERE business_id = :s AND job_id || ':' || line = ANY(:keys)")
                    .param("a", event.absorbedId()).param("s", event.survivorId()).param("keys", rows.toArray(String[]::new)).update();
            if (back != rows.size()) {
                throw id.naikkelas.registry.MergeLedger.refusal("registry.merge.undo.rowChanged", "import_row", rows);
            }
        }
        ledger.moveBack(jdbc, "import_review", "created_business_id");
        ledger.moveBack(jdbc, "import_review", "business_id");
    }
}
