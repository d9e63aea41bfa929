/**
 * Reference data every capability relies on: official region codes (Kemendagri), BPOM food
 * categories, home-industry (P-IRT) food types and national holidays. Loaded once by a
 * Flyway migration from the CSV files under {@code reference/}; see NOTICE.md there for
 * sources and licences.
 * <p>
 * Owns tables: region, food_category, irt_food_type, holiday.
 * Every module may join these lookup tables directly: they are loaded by migrations and never written at run time (ADR 0013).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package id.naikkelas.reference;
