package id.naikkelas.audit;

import java.time.OffsetDateTime;
import java.util.Map;

public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String actorIp, String entityType,
                         String entityId, String action, String regionCode, Map<String, AuditTrail.Change> changes) {
}
