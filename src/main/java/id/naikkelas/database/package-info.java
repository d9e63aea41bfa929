/**
 * Database plumbing shared by every module: the embedded PostgreSQL used when no external
 * server is configured, and the demo-mode switch that follows it.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package id.naikkelas.database;
