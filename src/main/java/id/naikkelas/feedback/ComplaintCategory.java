package id.naikkelas.feedback;

/** What a complaint is about; each has its own service level in {@code feedback/complaints.yml}. */
public enum ComplaintCategory {
    SERVICE, PERMIT, STAFF_CONDUCT, FEE, OTHER
}
