package id.naikkelas.assessment;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.IndonesiaZone;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.BusinessStanding;
import id.naikkelas.registry.Businesses;
import id.naikkelas.storage.FileStore;
import id.naikkelas.storage.Images;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Inspections of a business against a published checklist version. A draft is saved answer by
 * answer as the inspector fills it in (a dropped connection loses at most the answer being sent);
 * finishing scores it once more, raises the corrective actions, settles earlier ones, stores the
 * PDF report and announces {@link InspectionFinished}. A finished inspection never changes: a
 * correction is a new version that supersedes it, with the reason.
 */
@Service
public class Inspections {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final int MAX_NOTE = 2000;
    static final int MAX_PHOTO_BYTES = 15 * 1024 * 1024;
    static final int PHOTO_SIDE = 1280;
    private static final int HISTORY_LIMIT = 200;

    private final InspectionRecords records;
    private final Access access;
    private final Businesses businesses;
    private final AssessmentDefinitions definitions;
    private final CorrectiveActions actions;
    private final InspectionReports reports;
    private final FileStore files;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    Inspections(InspectionRecords records, Access access, Businesses businesses, AssessmentDefinitions definitions,
                CorrectiveActions actions, InspectionReports reports, FileStore files, AuditTrail audit,
                ApplicationEventPublisher events, Today today) {
        this.records = records;
        this.access = access;
        this.businesses = businesses;
        this.definitions = definitions;
        this.actions = actions;
        this.reports = reports;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /**
     * Starts a draft inspection of a business with the newest version of a checklist, or returns the
     * inspector's open draft of it (a second tap, or coming back after a dropped connection).
     *
     * @param caseId the certification case the inspection is for, or null; only a checklist with a
     *               level rule can feed a case (the case records the level)
     */
    @Transactional
    public long start(long businessId, Long caseId, String templateCode) {
        var business = businesses.standing(businessId);
        var me = access.require();
        InspectionAccess.requireInspector(me, business);
        var template = definitions.latestChecklist(templateCode == null ? "" : templateCode)
                .orElseThrow(() -> InvalidInput.of("templateCode", "assessment.checklist.unknown"));
        requireCaseLink(template, caseId, business);
        var existing = records.openDraft(businessId, template.code(), me.username());
        if (existing.isPresent()) {
            return existing.get();
        }
        var rule = template.levelRuleCode().map(code -> definitions.latestLevelRule(code)
                .orElseThrow(() -> new IllegalStateException("level rule " + code + " is not published"))).orElse(null);
        long id = records.insert(new InspectionRecords.NewInspection(businessId, caseId, business.regionCode(), template.code(),
                        template.version(), rule == null ? null : rule.code(), rule == null ? null : rule.version(),
                        me.username(), me.fullName(), today.date(), null, null))
                // a concurrent start of the same draft won the race: continue that one
                .orElseGet(() -> records.openDraft(businessId, template.code(), me.username()).orElseThrow());
        var state = new LinkedHashMap<String, Object>();
        state.put("business", businessId);
        state.put("checklist", template.code() + " v" + template.version());
        state.put("case", caseId);
        audit.created("inspection", id, business.regionCode(), state);
        return id;
    }

    /** An inspection the user may see: inspectors of the business see drafts too, the owner only finished ones. */
    public InspectionView get(long id) {
        var stored = records.load(id);
        var business = businesses.get(stored.businessId());
        var me = access.require();
        requireVisible(stored, business.standing(), me);
        return view(stored, business, me);
    }

    /**
     * Saves one item's answer and note: what the form sends on every change. Saving the same again
     * changes nothing. A null answer with a note keeps the note and leaves the item unanswered.
     */
    @Transactional
    public AnswerSaved answer(long id, String itemCode, Answer answer, String note) {
        var stored = records.lock(id);
        var business = businesses.standing(stored.businessId());
        var me = access.require();
        requireDraftOfInspector(stored, business, me);
        var template = template(stored);
        if (itemCode == null || template.item(itemCode).isEmpty()) {
            throw InvalidInput.of("item", "assessment.item.unknown", String.valueOf(itemCode));
        }
        String cleanNote = text(note, "note", MAX_NOTE);
        var answersBefore = records.answers(id);
        var before = evaluate(stored, template, answersBefore);
        records.saveAnswer(id, itemCode, answer, cleanNote, me.username());
        var answersAfter = new HashMap<>(answersBefore);
        answersAfter.put(itemCode, new InspectionView.ItemAnswer(answer, cleanNote));
        var after = evaluate(stored, template, answersAfter);
        var previous = answersBefore.get(itemCode);
        audit.changed("inspection", id, stored.regionCode(),
                answerState(itemCode, previous == null ? null : previous.answer(), previous == null ? null : previous.note()),
                answerState(itemCode, answer, cleanNote));
        var changed = new ArrayList<String>();
        for (ChecklistItem item : template.items()) {
            if (before.hiddenItems().contains(item.code()) != after.hiddenItems().contains(item.code())) {
                changed.add(item.code());
            }
        }
        return new AnswerSaved(after, changed);
    }

    /** A photo of what the inspector saw at an item, re-encoded small for slow connections. */
    @Transactional
    public long addPhoto(long id, String itemCode, byte[] content) {
        var stored = records.lock(id);
        var business = businesses.standing(stored.businessId());
        var me = access.require();
        requireDraftOfInspector(stored, business, me);
        if (itemCode == null || template(stored).item(itemCode).isEmpty()) {
            throw InvalidInput.of("item", "assessment.item.unknown", String.valueOf(itemCode));
        }
        if (content == null || content.length == 0) {
            throw InvalidInput.of("photo", "registry.photo.empty");
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw InvalidInput.of("photo", "registry.photo.tooLarge", MAX_PHOTO_BYTES / (1024 * 1024));
        }
        var image = Images.toJpeg(content, PHOTO_SIDE, "photo").orElseThrow(() -> InvalidInput.of("photo", "registry.photo.notImage"));
        String key = files.put("inspections/" + id, image.jpeg(), "jpg");
        long photoId = records.addPhoto(id, itemCode, key, image.width(), image.height(), me.username());
        audit.action("inspection", id, "PHOTO_ADD", stored.regionCode(), Map.of(), Map.of("item", itemCode, "photo", photoId));
        return photoId;
    }

    /** The JPEG bytes of a photo of an inspection the user may see. */
    public byte[] photo(long photoId) {
        var photo = records.photo(photoId);
        var stored = records.load(photo.inspectionId());
        requireVisible(stored, businesses.standing(stored.businessId()), access.require());
        return files.get(photo.storageKey()).orElseThrow(() -> new NotFound("photo", photoId));
    }

    /** Changes the date or the case of a draft; {@code version} is the one the form showed. */
    @Transactional
    public void updateDetails(long id, int version, LocalDate inspectedOn, Long caseId) {
        var stored = records.lock(id);
        var business = businesses.standing(stored.businessId());
        var me = access.require();
        requireDraftOfInspector(stored, business, me);
        if (inspectedOn == null) {
            throw InvalidInput.of("inspectedOn", "field.required");
        }
        if (inspectedOn.isAfter(today.date())) {
            throw InvalidInput.of("inspectedOn", "assessment.inspection.dateInFuture");
        }
        requireCaseLink(template(stored), caseId, business);
        if (!records.updateDetails(id, version, inspectedOn, caseId)) {
            throw new EditConflict("inspection", id);
        }
        var before = new LinkedHashMap<String, Object>();
        before.put("inspectedOn", stored.inspectedOn());
        before.put("case", stored.caseId());
        var after = new LinkedHashMap<String, Object>();
        after.put("inspectedOn", inspectedOn);
        after.put("case", caseId);
        audit.changed("inspection", id, stored.regionCode(), before, after);
    }

    /**
     * Finishes a draft whose every shown item is answered: stores the result, raises a corrective
     * action per deviation, closes earlier actions this inspection settles, stores the report and
     * announces it. Finishing a finished inspection changes nothing.
     */
    @Transactional
    public InspectionView finish(long id) {
        var stored = records.lock(id);
        var business = businesses.get(stored.businessId());
        var me = access.require();
        InspectionAccess.requireInspector(me, business.standing());
        if (stored.status() == InspectionStatus.FINISHED) {
            return view(stored, business, me);
        }
        var template = template(stored);
        var answers = records.answers(id);
        var summary = evaluate(stored, template, answers);
        if (!summary.complete()) {
            var missing = summary.unansweredItems();
            throw InvalidInput.of("answers", "assessment.finish.unanswered", missing.size(),
                    String.join(", ", missing.subList(0, Math.min(missing.size(), 8))));
        }
        Integer levelCount = stored.levelRuleCode() == null ? null
                : definitions.levelRule(stored.levelRuleCode(), stored.levelRuleVersion()).levels().size();
        records.finish(id, business.regionCode(), summary, levelCount, me.username());
        if (stored.supersedes() != null) {
            actions.takeOver(stored.supersedes(), id, summary, answers);
        }
        actions.raise(stored, business, summary, answers, today.date());
        actions.closeEarlier(stored, business.id(), summary, answers);
        var finished = records.load(id);
        var view = view(finished, business, me);
        String reportKey = files.put("inspections/" + id, reports.render(view, INDONESIAN), "pdf");
        records.setReportKey(id, reportKey);
        var level = summary.level();
        var after = new LinkedHashMap<String, Object>();
        after.put("status", InspectionStatus.FINISHED);
        after.put("level", level == null ? null : level.code());
        after.put("deviations", summary.deviations().size());
        after.put("score", summary.complianceScore());
        audit.action("inspection", id, "FINISH", business.regionCode(), Map.of("status", InspectionStatus.DRAFT), after);
        events.publishEvent(new InspectionFinished(id, stored.caseId(), business.id(), level == null ? 0 : level.rank(), reportKey));
        return view;
    }

    /**
     * Starts correcting a finished inspection: a new draft with the same checklist version, answers,
     * notes and photos, which replaces it once finished. The finished one stays as it was. Asking
     * again while the correction is a draft returns that draft.
     */
    @Transactional
    public long correct(long id, String reason) {
        var stored = records.lock(id);
        var business = businesses.standing(stored.businessId());
        var me = access.require();
        requireVisible(stored, business, me);
        InspectionAccess.requireInspector(me, business);
        if (stored.status() != InspectionStatus.FINISHED) {
            throw InvalidInput.of("status", "assessment.correction.notFinished");
        }
        var existing = records.correctionOf(id);
        if (existing.isPresent()) {
            if (existing.get().status() == InspectionStatus.DRAFT) {
                return existing.get().id();
            }
            throw InvalidInput.of("status", "assessment.correction.alreadyCorrected", existing.get().id());
        }
        String cleanReason = text(reason, "reason", MAX_NOTE);
        if (cleanReason == null) {
            throw InvalidInput.of("reason", "assessment.correction.reasonRequired");
        }
        long correctionId = records.insert(new InspectionRecords.NewInspection(stored.businessId(), stored.caseId(),
                        business.regionCode(), stored.templateCode(), stored.templateVersion(), stored.levelRuleCode(),
                        stored.levelRuleVersion(), me.username(), me.fullName(), stored.inspectedOn(), id, cleanReason))
                .orElseThrow();
        records.copyAnswersAndPhotos(id, correctionId);
        audit.created("inspection", correctionId, business.regionCode(), Map.of("supersedes", id, "reason", cleanReason));
        audit.action("inspection", id, "CORRECT", business.regionCode(), Map.of(), Map.of("correction", correctionId));
        return correctionId;
    }

    /** A business's inspections, newest first, with the stored level for its trend; drafts only for inspectors. */
    public List<InspectionRow> history(long businessId) {
        var business = businesses.standing(businessId);
        boolean inspector = InspectionAccess.mayInspect(access.require(), business);
        return records.history(businessId, inspector, HISTORY_LIMIT).stream().map(entry -> {
            var template = definitions.checklist(entry.templateCode(), entry.templateVersion());
            return new InspectionRow(entry.id(), entry.inspectedOn(), entry.templateCode(), entry.templateVersion(),
                    template.titleId(), template.titleEn(), entry.status(), entry.inspectorName(), entry.counts(),
                    entry.score(), entry.levelCode(), entry.levelRank(), entry.levelCount(), entry.supersedes(),
                    entry.correctedBy());
        }).toList();
    }

    /** Whether the signed-in user may start inspections of the business (for showing the button). */
    public boolean mayInspect(long businessId) {
        return InspectionAccess.mayInspect(access.require(), businesses.standing(businessId));
    }

    /**
     * The PDF report of a finished inspection: the stored Indonesian original, or the same report
     * drawn in English on request.
     */
    public byte[] report(long id, Locale locale) {
        var view = get(id);
        if (view.status() != InspectionStatus.FINISHED) {
            throw new NotFound("report", id);
        }
        if (!"en".equals(locale.getLanguage())) {
            String key = records.load(id).reportKey();
            Optional<byte[]> stored = key == null ? Optional.empty() : files.get(key);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return reports.render(view, locale);
    }

    private InspectionView view(InspectionRecords.Stored stored, BusinessDetail business, CurrentUser me) {
        var template = template(stored);
        var answers = records.answers(stored.id());
        var summary = evaluate(stored, template, answers);
        var correction = records.correctionOf(stored.id()).orElse(null);
        boolean inspector = InspectionAccess.mayInspect(me, business.standing());
        boolean draft = stored.status() == InspectionStatus.DRAFT;
        boolean correctable = !draft && inspector && (correction == null || correction.status() == InspectionStatus.DRAFT);
        return new InspectionView(stored.id(), stored.status(), business.id(), business.name(), business.address(),
                business.regionLabel(), business.owner().fullName(), stored.caseId(), template, stored.levelRuleCode(),
                stored.levelRuleVersion(), stored.inspector(), stored.inspectorName(), stored.inspectedOn(),
                stored.finishedAt(), answers, records.photos(stored.id()), summary, stored.supersedes(),
                stored.correctionReason(), correction, draft ? List.of() : actions.forInspection(stored.id()),
                stored.version(), new InspectionView.Permissions(draft && inspector, correctable), business.regionCode());
    }

    /** Scores answers against the inspection's own checklist and level-rule versions, whatever was published since. */
    private InspectionSummary evaluate(InspectionRecords.Stored stored, ChecklistTemplate template,
                                       Map<String, InspectionView.ItemAnswer> answers) {
        Map<String, Answer> given = new HashMap<>();
        answers.forEach((code, answer) -> {
            if (answer.answer() != null) {
                given.put(code, answer.answer());
            }
        });
        LevelRule rule = stored.levelRuleCode() == null ? null
                : definitions.levelRule(stored.levelRuleCode(), stored.levelRuleVersion());
        return InspectionSummary.of(template, new InspectionScoring(rule).evaluate(template, given));
    }

    private ChecklistTemplate template(InspectionRecords.Stored stored) {
        return definitions.checklist(stored.templateCode(), stored.templateVersion());
    }

    private static void requireVisible(InspectionRecords.Stored stored, BusinessStanding business, CurrentUser me) {
        if (stored.status() == InspectionStatus.DRAFT && !InspectionAccess.mayInspect(me, business)) {
            throw new NotFound("inspection", stored.id());
        }
    }

    private static void requireDraftOfInspector(InspectionRecords.Stored stored, BusinessStanding business, CurrentUser me) {
        requireVisible(stored, business, me);
        InspectionAccess.requireInspector(me, business);
        if (stored.status() != InspectionStatus.DRAFT) {
            throw InvalidInput.of("status", "assessment.inspection.readOnly");
        }
    }

    /**
     * A case an inspection feeds must be one of the inspected business's own cases: a case of another business
     * (of another region above all) or none at all would receive a level it has nothing to do with.
     */
    private void requireCaseLink(ChecklistTemplate template, Long caseId, BusinessStanding business) {
        if (caseId == null) {
            return;
        }
        if (!records.isCaseOf(caseId, business.id())) {
            throw InvalidInput.of("caseId", "assessment.case.notOfBusiness", caseId);
        }
        if (template.levelRuleCode().isEmpty()) {
            throw InvalidInput.of("caseId", "assessment.case.needsLevel");
        }
    }

    private static Map<String, Object> answerState(String itemCode, Answer answer, String note) {
        var state = new LinkedHashMap<String, Object>();
        state.put(itemCode, answer);
        state.put(itemCode + ".note", note);
        return state;
    }

    /** Trimmed text, null when blank, refused when longer than {@code max}. */
    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw InvalidInput.of(field, "registry.tooLong", max);
        }
        return trimmed;
    }

    /** A stored instant in the platform's time (WIB), as pages, reports and the API show it. */
    static OffsetDateTime jakarta(OffsetDateTime instant) {
        return IndonesiaZone.WIB.at(instant);
    }
}
