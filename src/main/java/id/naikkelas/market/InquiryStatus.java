package id.naikkelas.market;

/** Where an inquiry stands: waiting for the owner, or answered either way. */
public enum InquiryStatus {
    SENT, ACCEPTED, DECLINED
}
