package id.naikkelas.feedback;

public enum ComplaintStatus {
    RECEIVED, IN_PROGRESS, ANSWERED
}
