package id.naikkelas.certification;

/** Who holds a person's credential (BNSP competency) for a business: its owner, or someone working there. */
enum CredentialHolder {
    OWNER,
    WORKER
}
