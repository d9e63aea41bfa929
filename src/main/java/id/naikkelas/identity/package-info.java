/**
 * Identity and access: agencies (instansi) with their jurisdiction, users and roles, login,
 * and the one access rule ({@link id.naikkelas.identity.Jurisdiction}) that every query of
 * region-bound data applies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package id.naikkelas.identity;
