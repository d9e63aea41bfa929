package id.naikkelas.certification;

/** How a halal certificate is obtained (regulations.md §7). */
public enum Route {
    /** Pernyataan pelaku usaha: for UMK that meet every self-declare criterion, verified by a Pendamping PPH. */
    SELF_DECLARE,
    /** Reguler: audited by an LPH. */
    REGULAR
}
