package id.naikkelas.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One inspection as its page, report and API show it: the checklist version it was filled against,
 * the answers, notes and photos so far, the live result, its corrective actions, and what the viewer may do.
 *
 * @param answers    item code to answer and note; an item without a row is unanswered
 * @param photos     item code to photo ids, oldest first
 * @param supersedes the finished inspection this one corrects, with {@code correctionReason}
 * @param correction the newer version correcting this one, if any
 * @param regionCode the business's region, whose clock the inspection's times are shown on
 */
public record InspectionView(long id, InspectionStatus status, long businessId, String businessName, String address,
                             String regionLabel, String ownerName, Long caseId, ChecklistTemplate template,
                             String levelRuleCode, Integer levelRuleVersion, String inspector, String inspectorName,
                             LocalDate inspectedOn, OffsetDateTime finishedAt, Map<String, ItemAnswer> answers,
                             Map<String, List<Long>> photos, InspectionSummary summary, Long supersedes,
                             String correctionReason, Correction correction, List<CorrectiveAction> actions, int version,
                             Permissions permissions, String regionCode) {

    public record ItemAnswer(Answer answer, String note) {
    }

    public record Correction(long id, InspectionStatus status) {
    }

    /**
     * @param edit    answer, add photos, finish (an inspector, while it is a draft)
     * @param correct start or continue a correction (an inspector, once finished and not yet corrected)
     */
    public record Permissions(boolean edit, boolean correct) {
    }

    /** The item's place in the whole checklist: a stable, selector-safe element id for the form. */
    public int position(String itemCode) {
        List<ChecklistItem> items = template.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().equals(itemCode)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no item " + itemCode);
    }

    public boolean shown(String itemCode) {
        return !summary.hiddenItems().contains(itemCode);
    }

    public Answer answerOf(String itemCode) {
        ItemAnswer answer = answers.get(itemCode);
        return answer == null ? null : answer.answer();
    }

    public String noteOf(String itemCode) {
        ItemAnswer answer = answers.get(itemCode);
        return answer == null ? null : answer.note();
    }

    public List<Long> photosOf(String itemCode) {
        return photos.getOrDefault(itemCode, List.of());
    }

    /** A finished correction replaces this inspection in the business's history and trend. */
    public boolean superseded() {
        return correction != null && correction.status() == InspectionStatus.FINISHED;
    }
}
