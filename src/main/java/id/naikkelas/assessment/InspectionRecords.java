package id.naikkelas.assessment;

import id.naikkelas.common.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inspection tables: headers, answers and photos. No access checks here; {@link Inspections} makes them. */
@Component
class InspectionRecords {

    private final JdbcClient jdbc;

    InspectionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An inspection row as stored, before any access check. */
    record Stored(long id, long businessId, Long caseId, String regionCode, String templateCode, int templateVersion,
                  String levelRuleCode, Integer levelRuleVersion, String inspector, String inspectorName, LocalDate inspectedOn,
                  InspectionStatus status, String reportKey, OffsetDateTime finishedAt, Long supersedes,
                  String correctionReason, int version) {

        static Stored map(ResultSet rs, int row) throws SQLException {
            return new Stored(rs.getLong("id"), rs.getLong("business_id"), rs.getObject("case_id", Long.class),
                    rs.getString("region_code"), rs.getString("template_code"), rs.getInt("template_version"),
                    rs.getString("level_rule_code"), rs.getObject("level_rule_version", Integer.class),
                    rs.getString("inspector"), rs.getString("inspector_name"), rs.getObject("inspected_on", LocalDate.class),
                    InspectionStatus.valueOf(rs.getString("status")), rs.getString("report_key"),
                    Inspections.jakarta(rs.getObject("finished_at", OffsetDateTime.class)), rs.getObject("supersedes", Long.class),
                    rs.getString("correction_reason"), rs.getInt("version"));
        }
    }

    record NewInspection(long businessId, Long caseId, String regionCode, String templateCode, int templateVersion,
                         String levelRuleCode, Integer levelRuleVersion, String inspector, String inspectorName,
                         LocalDate inspectedOn, Long supersedes, String correctionReason) {
    }

    record Photo(long id, long inspectionId, String itemCode, String storageKey) {
    }

    /** @return empty when the inspector already has an open draft for this business and checklist */
    Optional<Long> insert(NewInspection n) {
        return jdbc.sql("""
                        INSERT INTO inspection (business_id, case_id, region_code, template_code, template_version, level_rule_code,
                            level_rule_version, inspector, inspector_name, inspected_on, supersedes, correction_reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id""")
                .params(n.businessId(), n.caseId(), n.regionCode(), n.templateCode(), n.templateVersion(), n.levelRuleCode(),
                        n.levelRuleVersion(), n.inspector(), n.inspectorName(), n.inspectedOn(), n.supersedes(),
                        n.correctionReason())
                .query(Long.class).optional();
    }

    Optional<Long> openDraft(long businessId, String templateCode, String inspector) {
        return jdbc.sql("""
                        SELECT id FROM inspection WHERE business_id = ? AND template_code = ? AND inspector = ?
                            AND status = 'DRAFT' AND supersedes IS NULL""")
                .params(businessId, templateCode, inspector).query(Long.class).optional();
    }

    Stored load(long id) {
        return jdbc.sql("SELECT * FROM inspection WHERE id = ?").param(id).query(Stored::map).optional()
                .orElseThrow(() -> new NotFound("inspection", id));
    }

    /** Serialises changes to one inspection: autosaves of a form, a finish, a correction. */
    Stored lock(long id) {
        return jdbc.sql("SELECT * FROM inspection WHERE id = ? FOR UPDATE").param(id).query(Stored::map).optional()
                .orElseThrow(() -> new NotFound("inspection", id));
    }

    Map<String, InspectionView.ItemAnswer> answers(long inspectionId) {
        var answers = new LinkedHashMap<String, InspectionView.ItemAnswer>();
        jdbc.sql("SELECT item_code, answer, note FROM inspection_answer WHERE inspection_id = ?").param(inspectionId)
                .query((rs, i) -> answers.put(rs.getString("item_code"), new InspectionView.ItemAnswer(
                        rs.getString("answer") == null ? null : Answer.valueOf(rs.getString("answer")), rs.getString("note"))))
                .list();
        return answers;
    }

    /** Saves one item's answer; saving what is already stored changes nothing, not even the time. */
    void saveAnswer(long inspectionId, String itemCode, Answer answer, String note, String username) {
        jdbc.sql("""
                        INSERT INTO inspection_answer (inspection_id, item_code, answer, note, answered_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (inspection_id, item_code) DO UPDATE SET answer = excluded.answer, note = excluded.note,
                            answered_by = excluded.answered_by, answered_at = now()
                        WHERE inspection_answer.answer IS DISTINCT FROM excluded.answer
                           OR inspection_answer.note IS DISTINCT FROM excluded.note""")
                .params(inspectionId, itemCode, answer == null ? null : answer.name(), note, username).update();
    }

    Map<String, List<Long>> photos(long inspectionId) {
        var photos = new LinkedHashMap<String, List<Long>>();
        jdbc.sql("SELECT id, item_code FROM inspection_photo WHERE inspection_id = ? ORDER BY id").param(inspectionId)
                .query((rs, i) -> photos.computeIfAbsent(rs.getString("item_code"), code -> new ArrayList<>()).add(rs.getLong("id")))
                .list();
        return photos;
    }

    long addPhoto(long inspectionId, String itemCode, String storageKey, int width, int height, String username) {
        return jdbc.sql("""
                        INSERT INTO inspection_photo (inspection_id, item_code, storage_key, width, height, added_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(inspectionId, itemCode, storageKey, width, height, username).query(Long.class).single();
    }

    Photo photo(long photoId) {
        return jdbc.sql("SELECT id, inspection_id, item_code, storage_key FROM inspection_photo WHERE id = ?").param(photoId)
                .query((rs, i) -> new Photo(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("item_code"),
                        rs.getString("storage_key")))
                .optional().orElseThrow(() -> new NotFound("photo", photoId));
    }

    /** @return false when nothing changed because someone else saved the header in between */
    /**
     * Whether a certification case exists and is the business's. Read from the view the certification module
     * publishes (ADR 0013), not through its Java API: it already depends on this one (it listens for {@link InspectionFinished}).
     */
    boolean isCaseOf(long caseId, long businessId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM certification_case_business WHERE id = ? AND business_id = ?)")
                .params(caseId, businessId).query(Boolean.class).single();
    }

    boolean updateDetails(long id, int version, LocalDate inspectedOn, Long caseId) {
        return jdbc.sql("""
                        UPDATE inspection SET inspected_on = ?, case_id = ?, updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(inspectedOn, caseId, id, version).update() == 1;
    }

    /** Stores the result as finished, so lists and trends need no re-scoring; the region is refreshed from the business. */
    void finish(long id, String regionCode, InspectionSummary summary, Integer levelCount, String username) {
        var level = summary.level();
        jdbc.sql("""
                        UPDATE inspection SET status = 'FINISHED', region_code = ?, minor_count = ?, major_count = ?, serious_count = ?,
                            critical_count = ?, score = ?, level_code = ?, level_rank = ?, level_count = ?, finished_at = now(),
                            finished_by = ?, updated_at = now(), version = version + 1
                        WHERE id = ?""")
                .params(regionCode, summary.counts().minor(), summary.counts().major(), summary.counts().serious(),
                        summary.counts().critical(), summary.complianceScore() == null ? null : BigDecimal.valueOf(summary.complianceScore()),
                        level == null ? null : level.code(), level == null ? null : level.rank(), levelCount, username, id)
                .update();
    }

    void setReportKey(long id, String key) {
        jdbc.sql("UPDATE inspection SET report_key = ? WHERE id = ?").params(key, id).update();
    }

    /** The newer version correcting this inspection, if one was started. */
    Optional<InspectionView.Correction> correctionOf(long id) {
        return jdbc.sql("SELECT id, status FROM inspection WHERE supersedes = ?").param(id)
                .query((rs, i) -> new InspectionView.Correction(rs.getLong("id"), InspectionStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /** A correction starts from the answers, notes and photos of the version it corrects (the files are shared). */
    void copyAnswersAndPhotos(long from, long to) {
        jdbc.sql("""
                        INSERT INTO inspection_answer (inspection_id, item_code, answer, note, answered_by, answered_at)
                        SELECT ?, item_code, answer, note, answered_by, answered_at FROM inspection_answer WHERE inspection_id = ?""")
                .params(to, from).update();
        jdbc.sql("""
                        INSERT INTO inspection_photo (inspection_id, item_code, storage_key, width, height, added_by, added_at)
                        SELECT ?, item_code, storage_key, width, height, added_by, added_at FROM inspection_photo
                        WHERE inspection_id = ? ORDER BY id""")
                .params(to, from).update();
    }

    /** A history line as stored; {@link Inspections} adds the checklist's title. */
    record HistoryEntry(long id, LocalDate inspectedOn, String templateCode, int templateVersion, InspectionStatus status,
                        String inspectorName, DeviationCounts counts, Double score, String levelCode, Integer levelRank,
                        Integer levelCount, Long supersedes, Long correctedBy) {
    }

    /** Newest first; drafts only for those who may work on them. Bounded: a business has a handful a year. */
    List<HistoryEntry> history(long businessId, boolean withDrafts, int limit) {
        return jdbc.sql("""
                        SELECT i.*, (SELECT c.id FROM inspection c WHERE c.supersedes = i.id AND c.status = 'FINISHED') AS corrected_by
                        FROM inspection i WHERE i.business_id = ? AND (? OR i.status = 'FINISHED')
                        ORDER BY i.inspected_on DESC, i.id DESC LIMIT ?""")
                .params(businessId, withDrafts, limit)
                .query((rs, i) -> {
                    var status = InspectionStatus.valueOf(rs.getString("status"));
                    var counts = status == InspectionStatus.FINISHED ? new DeviationCounts(rs.getInt("minor_count"),
                            rs.getInt("major_count"), rs.getInt("serious_count"), rs.getInt("critical_count")) : null;
                    BigDecimal score = rs.getBigDecimal("score");
                    return new HistoryEntry(rs.getLong("id"), rs.getObject("inspected_on", LocalDate.class),
                            rs.getString("template_code"), rs.getInt("template_version"), status, rs.getString("inspector_name"),
                            counts, score == null ? null : score.doubleValue(), rs.getString("level_code"),
                            rs.getObject("level_rank", Integer.class), rs.getObject("level_count", Integer.class),
                            rs.getObject("supersedes", Long.class), rs.getObject("corrected_by", Long.class));
                })
                .list();
    }
}
