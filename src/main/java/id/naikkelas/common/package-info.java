/**
 * Small shared vocabulary for every module: the errors a request can end in (invalid input
 * with per-field reasons, an edit conflict, not found) and how they are shown to people and
 * programs.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.naikkelas.common;
