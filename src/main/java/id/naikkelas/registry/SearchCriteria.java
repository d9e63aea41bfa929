package id.naikkelas.registry;

/**
 * Registry search. {@code q} matches business and owner names with typo tolerance; {@code nik}
 * and {@code nib} match exactly; {@code region} is a code at any level.
 */
public record SearchCriteria(String q, String nik, String nib, String region, Sector sector, BusinessScale scale,
                             BusinessStatus status, PermitType permitHeld, PermitType permitMissing) {

    public static SearchCriteria all() {
        return new SearchCriteria(null, null, null, null, null, null, null, null, null);
    }

    public static SearchCriteria text(String q) {
        return new SearchCriteria(q, null, null, null, null, null, null, null, null);
    }
}
