package id.naikkelas.registry;

/** A self-registered or imported record is a draft until an officer of its region verifies it. */
public enum BusinessStatus {
    DRAFT, VERIFIED, INACTIVE
}
