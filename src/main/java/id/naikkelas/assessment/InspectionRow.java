package id.naikkelas.assessment;

import java.time.LocalDate;

/**
 * One inspection in a business's history. Counts, score and level are those stored when it was
 * finished (null for a draft).
 *
 * @param levelRank   1 for the best level of its table
 * @param levelCount  how many levels that table has, to place the rank on a trend
 * @param correctedBy a finished correction that replaces this inspection, or null
 */
record InspectionRow(long id, LocalDate inspectedOn, String templateCode, int templateVersion, String templateTitleId,
                            String templateTitleEn, InspectionStatus status, String inspectorName, DeviationCounts counts,
                            Double score, String levelCode, Integer levelRank, Integer levelCount, Long supersedes,
                            Long correctedBy) {

    /** Finished and not replaced by a correction: what the business's level trend is made of. */
    public boolean current() {
        return status == InspectionStatus.FINISHED && correctedBy == null;
    }

    /** 100 for the best level down to 100/levelCount for the worst; 0 without a level. */
    public int trendPercent() {
        return levelRank == null || levelCount == null ? 0 : (levelCount - levelRank + 1) * 100 / levelCount;
    }
}
