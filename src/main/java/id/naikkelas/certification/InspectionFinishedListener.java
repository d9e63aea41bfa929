package id.naikkelas.certification;

import id.naikkelas.assessment.InspectionFinished;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A finished inspection for a case attaches its report to the case (as the CPPB-IRT inspection
 * report the inspection step requires) and records the level the step guards read, with the
 * inspection it came from, so the step takes that level instead of asking for one. Runs after the
 * inspection is committed, in its own transaction; the event publication registry redelivers it
 * if that fails, so attaching is idempotent. A case of another business, or one already closed,
 * is left alone: the inspection was linked to the wrong case number.
 *
 * <p>An inspection with a level that names no case (a re-inspection after corrective actions is
 * usually started from the business's inspection page) still feeds the business's open cases that
 * are waiting on an inspection step: otherwise such a case would stay at "fix the findings" with
 * the old level until someone typed the new one in.
 */
@Component
class InspectionFinishedListener {

    static final String REPORT_TYPE = "CPPB_INSPECTION_REPORT";
    private static final Logger log = LoggerFactory.getLogger(InspectionFinishedListener.class);

    private final JdbcClient jdbc;
    private final FileStore files;
    private final AuditTrail audit;
    private final PathwayTemplates templates;

    InspectionFinishedListener(JdbcClient jdbc, FileStore files, AuditTrail audit, PathwayTemplates templates) {
        this.jdbc = jdbc;
        this.files = files;
        this.audit = audit;
        this.templates = templates;
    }

    @ApplicationModuleListener
    void on(InspectionFinished event) {
        if (event.caseId() != null) {
            feed(event, event.caseId());
            return;
        }
        if (event.level() < 1 || event.level() > 4) {
            return;
        }
        waitingOnInspection(event.businessId()).forEach(caseId -> feed(event, caseId));
    }

    /** Open cases of the business whose current step reads the inspection level (inspection or corrective action). */
    private List<Long> waitingOnInspection(long businessId) {
        record Open(long id, String templateCode, String currentStep) {
        }
        return jdbc.sql("SELECT id, template_code, current_step FROM certification_case WHERE business_id = ? AND status = 'OPEN' ORDER BY id")
                .param(businessId)
                .query((rs, i) -> new Open(rs.getLong("id"), rs.getString("template_code"), rs.getString("current_step")))
                .list().stream()
                .filter(open -> templates.byCode(open.templateCode()).flatMap(template -> template.step(open.currentStep()))
                        .filter(step -> step.guards().stream().anyMatch(guard -> guard.type() == Guard.Type.INSPECTION_RECORDED
                                || guard.type() == Guard.Type.INSPECTION_LEVEL_AT_MOST))
                        .isPresent())
                .map(Open::id).toList();
    }

    private void feed(InspectionFinished event, long caseId) {
        var linked = jdbc.sql("SELECT business_id, region_code, status, inspection_level FROM certification_case WHERE id = ? FOR UPDATE")
                .param(caseId)
                .query((rs, i) -> new LinkedCase(rs.getLong("business_id"), rs.getString("region_code"),
                        CaseStatus.valueOf(rs.getString("status")), rs.getObject("inspection_level", Integer.class)))
                .optional();
        if (linked.isEmpty() || linked.get().businessId() != event.businessId() || linked.get().status() != CaseStatus.OPEN) {
            log.warn("Inspection {} names case {}, which is not an open case of business {}; report not attached",
                    event.inspectionId(), caseId, event.businessId());
            return;
        }
        var stored = linked.get();
        int size = files.get(event.reportStorageKey()).map(content -> content.length)
                .orElseThrow(() -> new IllegalStateException("report " + event.reportStorageKey() + " is not stored"));
        int attached = jdbc.sql("""
                        INSERT INTO case_document (case_id, document_type, file_name, content_type, size_bytes, storage_key, uploaded_by)
                        SELECT ?, ?, ?, 'application/pdf', ?, ?, 'system'
                        WHERE NOT EXISTS (SELECT 1 FROM case_document WHERE case_id = ? AND storage_key = ?)""")
                .params(caseId, REPORT_TYPE, "laporan-pemeriksaan-" + event.inspectionId() + ".pdf", size,
                        event.reportStorageKey(), caseId, event.reportStorageKey())
                .update();
        // the case's level column holds I-IV; a checklist without a level (0) only attaches its report
        boolean level = event.level() >= 1 && event.level() <= 4;
        if (level) {
            jdbc.sql("UPDATE certification_case SET inspection_level = ?, inspection_id = ?, version = version + 1 WHERE id = ?")
                    .params(event.level(), event.inspectionId(), caseId).update();
        }
        if (attached == 1) {
            var before = new LinkedHashMap<String, Object>();
            before.put("inspectionLevel", stored.inspectionLevel());
            var after = new LinkedHashMap<String, Object>();
            after.put("inspectionLevel", level ? event.level() : stored.inspectionLevel());
            after.put("inspection", event.inspectionId());
            after.put("document", REPORT_TYPE);
            audit.action("case", caseId, "INSPECTION_REPORT", stored.regionCode(), before, after);
        }
    }

    private record LinkedCase(long businessId, String regionCode, CaseStatus status, Integer inspectionLevel) {
    }
}
