/**
 * The audit trail: one append-only record of every state change (who, when, from where,
 * which entity, which fields before and after). Other modules call {@link id.naikkelas.audit.AuditTrail}.
 * <p>
 * Owns tables: audit_event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package id.naikkelas.audit;
