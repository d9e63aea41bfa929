package id.naikkelas.identity;

public enum Role {
    ADMIN,
    PROGRAM_MANAGER,
    /** Petugas: an agency officer. */
    OFFICER,
    /** Pendamping: a facilitator assigned to UMKM. */
    FACILITATOR,
    /** Pelaku usaha: the UMKM owner. */
    OWNER,
    PARTNER,
    BUYER;

    public String authority() {
        return "ROLE_" + name();
    }
}
