/**
 * Small shared vocabulary for every module: the errors a request can end in (invalid input
 * with per-field reasons, an edit conflict, not found) and how they are shown to people and
 * programs; and time: the one clock ({@link id.naikkelas.common.Today}), each region's zone
 * ({@link id.naikkelas.common.IndonesiaZone}) and how a moment is written for people ({@link id.naikkelas.common.Times}); and pages: the one place
 * codes become words ({@link id.naikkelas.common.Labels}) and repeatable form rows ({@link id.naikkelas.common.FormRows}).
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.naikkelas.common;
