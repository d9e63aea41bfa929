package id.naikkelas.assessment;

/**
 * Published when an inspection (or a correction of one) is finished, after its corrective actions
 * were raised and its report stored. Other modules react without assessment knowing them: the
 * certification module attaches the report to the case and records the level.
 *
 * @param caseId           the certification case the inspection was for, or null
 * @param level            the level's rank in its table (1 = level I, the best), or 0 when the checklist has no level rule
 * @param reportStorageKey the stored PDF report ({@link id.naikkelas.storage.FileStore} key)
 */
public record InspectionFinished(long inspectionId, Long caseId, long businessId, int level, String reportStorageKey) {
}
