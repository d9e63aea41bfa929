package id.naikkelas.assessment;

/** A draft is filled in and saved as it goes; a finished inspection is read-only (corrected by a new version). */
enum InspectionStatus {
    DRAFT,
    FINISHED
}
