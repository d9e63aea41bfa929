package id.naikkelas.certification;

import id.naikkelas.registry.BusinessScale;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a certification case knows when a step is about to be marked done: the facts {@link Guards}
 * reads, gathered by the caller from wherever they are stored.
 *
 * @param documents           codes of the document types uploaded for the case (see {@link DocumentType})
 * @param inspectionLevel     CPPB-IRT level 1–4 (I–IV) of the latest facility inspection; null when none
 *                            is recorded
 * @param scale               the business scale; null when not known
 * @param externalReferences  codes of the steps for which a number from an outside system has been recorded
 */
record GuardContext(
        boolean nibPresent,
        Set<String> documents,
        Integer inspectionLevel,
        BusinessScale scale,
        Set<String> externalReferences,
        boolean facilitatorAssigned) {

    public GuardContext {
        if (inspectionLevel != null && (inspectionLevel < 1 || inspectionLevel > 4)) {
            throw new IllegalArgumentException("inspection level must be 1–4 (I–IV), was " + inspectionLevel);
        }
        documents = Set.copyOf(documents);
        externalReferences = Set.copyOf(externalReferences);
    }

    /** A case that knows nothing yet; add facts with the {@code with...} methods. */
    public static GuardContext empty() {
        return new GuardContext(false, Set.of(), null, null, Set.of(), false);
    }

    public GuardContext withNib() {
        return new GuardContext(true, documents, inspectionLevel, scale, externalReferences, facilitatorAssigned);
    }

    public GuardContext withDocuments(String... codes) {
        Set<String> more = new HashSet<>(documents);
        more.addAll(List.of(codes));
        return new GuardContext(nibPresent, more, inspectionLevel, scale, externalReferences, facilitatorAssigned);
    }

    public GuardContext withInspectionLevel(int level) {
        return new GuardContext(nibPresent, documents, level, scale, externalReferences, facilitatorAssigned);
    }

    public GuardContext withScale(BusinessScale businessScale) {
        return new GuardContext(nibPresent, documents, inspectionLevel, businessScale, externalReferences,
                facilitatorAssigned);
    }

    public GuardContext withExternalReference(String stepCode) {
        Set<String> more = new HashSet<>(externalReferences);
        more.add(stepCode);
        return new GuardContext(nibPresent, documents, inspectionLevel, scale, more, facilitatorAssigned);
    }

    public GuardContext withFacilitator() {
        return new GuardContext(nibPresent, documents, inspectionLevel, scale, externalReferences, true);
    }
}
