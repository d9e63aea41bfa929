package id.naikkelas.registry;

/**
 * What another module needs to act on a business without its whole profile: where it is, its NIB, sector, scale
 * and status (permit rules and program eligibility ask them), and what the viewer may do. One row read, no owner's
 * personal data.
 */
public record BusinessStanding(long id, String name, String regionCode, String nib, BusinessScale scale,
                               BusinessDetail.Permissions permissions, Sector sector, BusinessStatus status) {
}
