/**
 * The UI shell: layout, language switch, role home pages and error pages. Capabilities add
 * their own pages; this module only ties them together.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package id.naikkelas.web;
