package id.naikkelas.certification;

public enum CaseStatus {
    OPEN, COMPLETED, CANCELLED
}
