package id.naikkelas.certification;

/** Who holds a person's credential (BNSP competency) for a business: its owner, or someone working there. */
public enum CredentialHolder {
    OWNER,
    WORKER
}
