package id.naikkelas.assessment;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.Businesses;
import id.naikkelas.storage.FileStore;
import id.naikkelas.storage.Images;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Corrective actions (CAPA): every deviation of a finished inspection becomes an action for the
 * business owner, due by its class's period. The owner (or the facilitator for them) submits
 * evidence, the facilitator or officer verifies it, and the next inspection of the same checklist
 * closes it: resolved when the item is met, repeated when it is still not met (that inspection's
 * own action carries on). Nobody closes an action by hand, so "closed" always means "inspected".
 */
@Service
public class CorrectiveActions {

    static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
    static final int EVIDENCE_SIDE = 1600;
    static final int MAX_NOTE = 2000;
    private static final int MAX_PAGE = 100;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final JdbcClient jdbc;
    private final Access access;
    private final Businesses businesses;
    private final FileStore files;
    private final AuditTrail audit;
    private final Today today;
    private final CorrectiveActionDeadlines deadlines = CorrectiveActionDeadlines.loadDefault();

    CorrectiveActions(JdbcClient jdbc, Access access, Businesses businesses, FileStore files, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.businesses = businesses;
        this.files = files;
        this.audit = audit;
        this.today = today;
    }

    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    /** The due-date periods by class, which the platform sets by default (shown next to worklists). */
    public Map<DeviationClass, Period> deadlines() {
        return deadlines.periods();
    }

    /** One action of a business the user may see. */
    public CorrectiveAction get(long actionId) {
        var action = load(actionId);
        businesses.requireVisible(action.businessId());
        return query("a.id = :id", Map.of("id", actionId), "").get(0);
    }

    /** Every action of a business, open ones first by due date. */
    public List<CorrectiveAction> forBusiness(long businessId) {
        businesses.requireVisible(businessId);
        return query("a.business_id = :business", Map.of("business", businessId),
                "ORDER BY a.status = 'CLOSED', a.due_on, a.id LIMIT 500");
    }

    /**
     * A worklist over every business the user may see: the owner's own, or the staff member's
     * jurisdiction (optionally one business), by due date, keyset-paginated on (due date, id).
     */
    public ActionPage list(ActionFilter filter, Long businessId, String after, int size) {
        var scope = businesses.visibleCondition("a.business_id");
        var params = new HashMap<String, Object>(scope.params());
        var where = new ArrayList<String>(List.of(scope.sql()));
        where.add(switch (filter == null ? ActionFilter.OPEN : filter) {
            case OPEN -> "a.status <> 'CLOSED'";
            case AWAITING_VERIFICATION -> "a.status = 'EVIDENCE_SUBMITTED'";
            case OVERDUE -> "a.status = 'OPEN' AND a.due_on < :today";
            case CLOSED -> "a.status = 'CLOSED'";
        });
        params.put("today", today.date());
        if (businessId != null) {
            where.add("a.business_id = :business");
            params.put("business", businessId);
        }
        if (after != null && !after.isBlank()) {
            where.add("(a.due_on, a.id) > (:afterDue, :afterId)");
            params.putAll(cursor(after));
        }
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<CorrectiveAction> rows = query(String.join(" AND ", where), params, "ORDER BY a.due_on, a.id LIMIT " + (limit + 1));
        if (rows.size() <= limit) {
            return new ActionPage(rows, null);
        }
        var page = rows.subList(0, limit);
        var last = page.get(limit - 1);
        return new ActionPage(List.copyOf(page), last.dueOn() + "_" + last.id());
    }

    /** Actions raised by one inspection; the caller has checked the user may see it. */
    List<CorrectiveAction> forInspection(long inspectionId) {
        return query("a.inspection_id = :inspection", Map.of("inspection", inspectionId), "ORDER BY a.id");
    }

    /**
     * The owner shows the deviation is corrected: a photo or a PDF. A facilitator or officer of the business may record
     * it on the owner's behalf (most owners have no account), with a note of what they saw; the action then says who
     * recorded it for the owner, and the audit trail too.
     */
    @Transactional
    public void submitEvidence(long actionId, String fileName, byte[] content, String note) {
        var action = lock(actionId);
        var business = businesses.standing(action.businessId());
        var me = access.require();
        if (!InspectionAccess.maySubmitEvidence(me, business)) {
            throw new AccessDeniedException("only the owner or an inspector of the business submits evidence");
        }
        boolean onBehalf = !InspectionAccess.isOwner(me, business);
        if (action.status() != ActionStatus.OPEN && !(action.status() == ActionStatus.EVIDENCE_SUBMITTED && !onBehalf)) {
            throw InvalidInput.of("status", "assessment.action.notOpen");
        }
        String cleanNote = Inspections.text(note, "note", MAX_NOTE);
        if (onBehalf && cleanNote == null) {
            throw InvalidInput.of("note", "assessment.evidence.onBehalfNeedsNote");
        }
        var file = evidenceFile(fileName, content);
        String key = files.put("corrective-actions/" + actionId, file.content(), file.extension());
        jdbc.sql("""
                        UPDATE corrective_action SET status = 'EVIDENCE_SUBMITTED', evidence_key = ?, evidence_name = ?, evidence_type = ?,
                            evidence_note = ?, evidence_by = ?, evidence_by_name = ?, evidence_on_behalf = ?, evidence_at = now(),
                            verified_by = NULL, verified_at = NULL, verification_note = NULL, updated_at = now(), version = version + 1
                        WHERE id = ?""")
                .params(key, file.name(), file.contentType(), cleanNote, me.username(), me.fullName(), onBehalf, actionId).update();
        audit.action("corrective_action", actionId, "EVIDENCE", business.regionCode(), Map.of("status", action.status()),
                Map.of("status", ActionStatus.EVIDENCE_SUBMITTED, "file", file.name(), "onBehalf", onBehalf));
    }

    /**
     * The facilitator or officer judges the evidence: accepted, the action waits for the re-inspection
     * that closes it; sent back (with a note saying why), it is open again. Accepting twice changes nothing.
     */
    @Transactional
    public void verify(long actionId, boolean accepted, String note) {
        var action = lock(actionId);
        var business = businesses.standing(action.businessId());
        var me = access.require();
        if (!InspectionAccess.mayVerify(me, business)) {
            throw new AccessDeniedException("only facilitators and officers of the region verify evidence");
        }
        if (accepted && action.status() == ActionStatus.VERIFIED) {
            return;
        }
        if (action.status() != ActionStatus.EVIDENCE_SUBMITTED) {
            throw InvalidInput.of("status", "assessment.action.noEvidence");
        }
        if (accepted && me.username().equals(action.recordedOnBehalfBy())) {
            throw InvalidInput.of("accepted", "assessment.evidence.needsSecondLook");
        }
        String cleanNote = Inspections.text(note, "note", MAX_NOTE);
        if (!accepted && cleanNote == null) {
            throw InvalidInput.of("note", "assessment.action.rejectionNeedsNote");
        }
        var status = accepted ? ActionStatus.VERIFIED : ActionStatus.OPEN;
        jdbc.sql("""
                        UPDATE corrective_action SET status = ?, verified_by = ?, verified_at = now(), verification_note = ?,
                            updated_at = now(), version = version + 1
                        WHERE id = ?""")
                .params(status.name(), me.username(), cleanNote, actionId).update();
        audit.action("corrective_action", actionId, accepted ? "VERIFY" : "REJECT", business.regionCode(),
                Map.of("status", action.status()), Map.of("status", status));
    }

    public StoredFile evidence(long actionId) {
        var action = load(actionId);
        businesses.requireVisible(action.businessId());
        var row = jdbc.sql("SELECT evidence_key, evidence_name, evidence_type FROM corrective_action WHERE id = ?").param(actionId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        if (row[0] == null) {
            throw new NotFound("evidence", actionId);
        }
        return new StoredFile(row[1], row[2], files.get(row[0]).orElseThrow(() -> new NotFound("evidence", actionId)));
    }

    /** One action per deviation of a finished inspection, for the business owner, due by the deviation's class. */
    void raise(InspectionRecords.Stored inspection, BusinessDetail business, InspectionSummary summary,
               Map<String, InspectionView.ItemAnswer> answers, LocalDate finishedOn) {
        for (Deviation deviation : summary.deviations()) {
            var item = deviation.item();
            LocalDate due = deadlines.dueOn(deviation.deviationClass(), finishedOn);
            var inserted = jdbc.sql("""
                            INSERT INTO corrective_action (inspection_id, business_id, region_code, template_code, item_code, deviation_class,
                                requirement_id, requirement_en, finding, responsible, due_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (inspection_id, item_code) DO NOTHING RETURNING id""")
                    .params(inspection.id(), business.id(), business.regionCode(), inspection.templateCode(), item.code(),
                            deviation.deviationClass().name(), item.textId(), item.textEn(), noteOf(answers, item.code()),
                            business.owner().fullName(), due)
                    .query(Long.class).optional();
            inserted.ifPresent(id -> audit.created("corrective_action", id, business.regionCode(), Map.of("inspection",
                    inspection.id(), "item", item.code(), "class", deviation.deviationClass(), "dueOn", due)));
        }
    }

    /**
     * A finished correction replaces the inspection it corrects: an action whose item is still a
     * deviation moves to the correction (keeping its due date and evidence); the others are closed
     * as corrected, since the deviation was a recording mistake.
     */
    void takeOver(long correctedId, long correctionId, InspectionSummary summary, Map<String, InspectionView.ItemAnswer> answers) {
        Map<String, Deviation> deviations = new HashMap<>();
        summary.deviations().forEach(d -> deviations.put(d.item().code(), d));
        for (var action : openActions("a.inspection_id = ?", correctedId)) {
            Deviation still = deviations.get(action.itemCode());
            if (still == null) {
                close(action, ClosedReason.CORRECTED, correctionId);
                continue;
            }
            jdbc.sql("""
                            UPDATE corrective_action SET inspection_id = ?, deviation_class = ?, finding = ?, updated_at = now(),
                                version = version + 1
                            WHERE id = ?""")
                    .params(correctionId, still.deviationClass().name(), noteOf(answers, action.itemCode()), action.id()).update();
            audit.action("corrective_action", action.id(), "MOVE", action.regionCode(), Map.of("inspection", correctedId,
                    "class", action.deviationClass()), Map.of("inspection", correctionId, "class", still.deviationClass()));
        }
    }

    /**
     * A finished inspection settles the still-open actions of earlier inspections of the same
     * business and checklist (any version): an item now met resolves its action; an item not met
     * again closes it as repeated, since this inspection raised a new one. Items not applicable,
     * hidden or missing from this version leave the action open.
     */
    void closeEarlier(InspectionRecords.Stored inspection, long businessId, InspectionSummary summary,
                      Map<String, InspectionView.ItemAnswer> answers) {
        var earlier = openActions("""
                a.business_id = ? AND a.template_code = ? AND a.inspection_id <> ?
                AND (i.inspected_on, i.id) < (?, ?)""", businessId, inspection.templateCode(), inspection.id(),
                inspection.inspectedOn(), inspection.id());
        for (var action : earlier) {
            var answer = summary.hiddenItems().contains(action.itemCode()) ? null : answers.get(action.itemCode());
            if (answer == null || answer.answer() == null) {
                continue;
            }
            switch (answer.answer()) {
                case MET -> close(action, ClosedReason.RESOLVED, inspection.id());
                case NOT_MET -> close(action, ClosedReason.REPEATED, inspection.id());
                case NOT_APPLICABLE -> {
                    // the requirement no longer applies to this business; a person decides what that means
                }
            }
        }
    }

    private record OpenAction(long id, String itemCode, ActionStatus status, DeviationClass deviationClass, String regionCode) {
    }

    private List<OpenAction> openActions(String condition, Object... params) {
        return jdbc.sql("SELECT a.id, a.item_code, a.status, a.deviation_class, a.region_code FROM corrective_action a "
                        + "JOIN inspection i ON i.id = a.inspection_id WHERE a.status <> 'CLOSED' AND " + condition
                        + " ORDER BY a.id FOR UPDATE OF a")
                .params(params)
                .query((rs, i) -> new OpenAction(rs.getLong("id"), rs.getString("item_code"),
                        ActionStatus.valueOf(rs.getString("status")), DeviationClass.valueOf(rs.getString("deviation_class")),
                        rs.getString("region_code")))
                .list();
    }

    private void close(OpenAction action, ClosedReason reason, long byInspection) {
        jdbc.sql("""
                        UPDATE corrective_action SET status = 'CLOSED', closed_reason = ?, closed_by_inspection = ?, closed_at = now(),
                            updated_at = now(), version = version + 1
                        WHERE id = ?""")
                .params(reason.name(), byInspection, action.id()).update();
        audit.action("corrective_action", action.id(), "CLOSE", action.regionCode(), Map.of("status", action.status()),
                Map.of("status", ActionStatus.CLOSED, "reason", reason, "inspection", byInspection));
    }

    private List<CorrectiveAction> query(String where, Map<String, ?> params, String orderAndLimit) {
        CurrentUser me = access.require();
        LocalDate today = this.today.date();
        return jdbc.sql("""
                        SELECT a.*, bz.name AS business_name, bz.region_code AS business_region, bz.owner_user_id
                        FROM corrective_action a JOIN registry_business bz ON bz.id = a.business_id
                        WHERE\s""" + where + " " + orderAndLimit)
                .params(new LinkedHashMap<String, Object>(params))
                .query((rs, i) -> map(rs, me, today))
                .list();
    }

    private static CorrectiveAction map(ResultSet rs, CurrentUser me, LocalDate today) throws SQLException {
        var status = ActionStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        String region = rs.getString("business_region");
        Long ownerUserId = rs.getObject("owner_user_id", Long.class);
        boolean owner = me.has(Role.OWNER) && ownerUserId != null && ownerUserId == me.id();
        boolean facilitator = me.has(Role.FACILITATOR) && me.jurisdiction().covers(region);
        boolean staff = me.hasAny(Role.FACILITATOR, Role.OFFICER, Role.PROGRAM_MANAGER, Role.ADMIN) && me.jurisdiction().covers(region);
        var evidence = rs.getString("evidence_key") == null ? null : new CorrectiveAction.Evidence(rs.getString("evidence_name"),
                rs.getString("evidence_type"), rs.getString("evidence_note"), rs.getString("evidence_by"),
                Inspections.jakarta(rs.getObject("evidence_at", OffsetDateTime.class)),
                rs.getString("evidence_by_name") != null ? rs.getString("evidence_by_name") : rs.getString("evidence_by"),
                rs.getBoolean("evidence_on_behalf"));
        var verification = rs.getString("verified_by") == null ? null : new CorrectiveAction.Verification(
                rs.getString("verified_by"), Inspections.jakarta(rs.getObject("verified_at", OffsetDateTime.class)), rs.getString("verification_note"));
        var closure = status != ActionStatus.CLOSED ? null : new CorrectiveAction.Closure(
                ClosedReason.valueOf(rs.getString("closed_reason")), rs.getObject("closed_by_inspection", Long.class),
                Inspections.jakarta(rs.getObject("closed_at", OffsetDateTime.class)));
        return new CorrectiveAction(rs.getLong("id"), rs.getLong("inspection_id"), rs.getLong("business_id"),
                rs.getString("business_name"), rs.getString("template_code"), rs.getString("item_code"),
                DeviationClass.valueOf(rs.getString("deviation_class")), rs.getString("requirement_id"),
                rs.getString("requirement_en"), rs.getString("finding"), rs.getString("responsible"), due, status,
                status == ActionStatus.OPEN && due.isBefore(today), evidence, verification, closure,
                // once evidence is in, the verifier judges it; only the owner may still replace it
                new CorrectiveAction.Permissions(status == ActionStatus.OPEN && (owner || facilitator || staff)
                        || status == ActionStatus.EVIDENCE_SUBMITTED && owner, status == ActionStatus.EVIDENCE_SUBMITTED && staff,
                        status == ActionStatus.EVIDENCE_SUBMITTED && staff && !recordedBy(evidence, me)));
    }

    /** Evidence recorded on the owner's behalf by this person: someone else must accept it. */
    private static boolean recordedBy(CorrectiveAction.Evidence evidence, CurrentUser me) {
        return evidence != null && evidence.onBehalf() && me.username().equals(evidence.by());
    }

    private record Evidence(String name, String contentType, String extension, byte[] content) {
    }

    /** A PDF is kept as sent; a photo is re-encoded small (and stripped of its GPS position). */
    private static Evidence evidenceFile(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", "assessment.evidence.empty");
        }
        if (content.length > MAX_EVIDENCE_BYTES) {
            throw InvalidInput.of("file", "upload.tooLarge", MAX_EVIDENCE_BYTES / (1024 * 1024));
        }
        String base = fileName == null || fileName.isBlank() ? "bukti" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        if (content.length >= PDF_MAGIC.length && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return new Evidence(base + ".pdf", "application/pdf", "pdf", content);
        }
        var image = Images.toJpeg(content, EVIDENCE_SIDE, "file")
                .orElseThrow(() -> InvalidInput.of("file", "assessment.evidence.wrongType"));
        return new Evidence(base + ".jpg", "image/jpeg", "jpg", image.jpeg());
    }

    private static String noteOf(Map<String, InspectionView.ItemAnswer> answers, String itemCode) {
        var answer = answers.get(itemCode);
        return answer == null ? null : answer.note();
    }

    private static Map<String, Object> cursor(String after) {
        int split = after.lastIndexOf('_');
        try {
            return Map.of("afterDue", LocalDate.parse(after.substring(0, Math.max(split, 0))),
                    "afterId", Long.parseLong(after.substring(split + 1)));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw InvalidInput.of("after", "assessment.cursor.invalid");
        }
    }

    /** @param recordedOnBehalfBy who recorded the evidence for the owner, or null (none yet, or the owner's own) */
    private record StoredAction(long id, long businessId, ActionStatus status, String recordedOnBehalfBy) {
    }

    private StoredAction load(long actionId) {
        return jdbc.sql("SELECT id, business_id, status FROM corrective_action WHERE id = ?").param(actionId)
                .query((rs, i) -> new StoredAction(rs.getLong("id"), rs.getLong("business_id"), ActionStatus.valueOf(rs.getString("status")), null))
                .optional().orElseThrow(() -> new NotFound("corrective action", actionId));
    }

    private StoredAction lock(long actionId) {
        return jdbc.sql("SELECT id, business_id, status, evidence_by, evidence_on_behalf FROM corrective_action WHERE id = ? FOR UPDATE")
                .param(actionId)
                .query((rs, i) -> new StoredAction(rs.getLong("id"), rs.getLong("business_id"), ActionStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("evidence_on_behalf") ? rs.getString("evidence_by") : null))
                .optional().orElseThrow(() -> new NotFound("corrective action", actionId));
    }
}
