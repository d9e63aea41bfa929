package id.naikkelas.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records state changes in the caller's transaction, so a change and its audit record are
 * committed or rolled back together. Callers pass field maps; personal data such as NIK
 * must be passed masked.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void created(String entityType, Object entityId, String regionCode, Map<String, ?> state) {
        record(entityType, entityId, "CREATE", regionCode, diff(Map.of(), state));
    }

    /** Records only the fields whose value changed; nothing is written when none did. */
    public void changed(String entityType, Object entityId, String regionCode, Map<String, ?> before, Map<String, ?> after) {
        var changes = diff(before, after);
        if (!changes.isEmpty()) {
            record(entityType, entityId, "UPDATE", regionCode, changes);
        }
    }

    /** One entity's change, for {@link #changedEach}. */
    public record EntityChange(Object entityId, String regionCode, Map<String, ?> before, Map<String, ?> after) {
    }

    /**
     * {@link #changed} for many entities of one type, in one statement: a bulk path (list imports) that
     * updates thousands of records writes their audit records the same way, not one round trip each.
     */
    public void changedEach(String entityType, List<EntityChange> changes) {
        recordEach(entityType, "UPDATE", changes);
    }

    /** {@link #created} for many new entities of one type, in one statement (a program's bulk enrolment). */
    public void createdEach(String entityType, List<EntityChange> created) {
        recordEach(entityType, "CREATE", created);
    }

    private void recordEach(String entityType, String action, List<EntityChange> changes) {
        var ids = new java.util.ArrayList<String>();
        var regions = new java.util.ArrayList<String>();
        var diffs = new java.util.ArrayList<String>();
        for (var c : changes) {
            var diff = diff(c.before(), c.after());
            if (!diff.isEmpty()) {
                ids.add(String.valueOf(c.entityId()));
                regions.add(c.regionCode());
                diffs.add(json.writeValueAsString(diff));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO audit_event (actor, actor_ip, entity_type, entity_id, action, region_code, changes)
                        SELECT :actor, :ip, :type, u.id, :action, u.region, CAST(u.changes AS jsonb)
                        FROM unnest(CAST(:ids AS text[]), CAST(:regions AS text[]), CAST(:changes AS text[])) AS u(id, region, changes)""")
                .param("actor", actor()).param("ip", clientIp()).param("type", entityType).param("action", action)
                .param("ids", ids.toArray(String[]::new)).param("regions", regions.toArray(String[]::new))
                .param("changes", diffs.toArray(String[]::new))
                .update();
    }

    /** A named action (e.g. VERIFY, MERGE, LOGIN_LOCKED) with whatever fields it changed. */
    public void action(String entityType, Object entityId, String action, String regionCode, Map<String, ?> before, Map<String, ?> after) {
        record(entityType, entityId, action, regionCode, diff(before, after));
    }

    /**
     * The record {@link #action} writes, handed to the caller for a statement of its own to write as one of its
     * data-modifying WITH clauses ({@code WITH ..., audit AS (<sql>) ...}, with {@link Entry#params()}): the change and
     * its record are then one statement, one round trip, and committed or rolled back together as before. For the
     * busiest writes only (a case step, issue 13); everywhere else {@link #action} is simpler.
     */
    public Entry entry(String entityType, Object entityId, String action, String regionCode, Map<String, ?> before, Map<String, ?> after) {
        var params = new java.util.HashMap<String, Object>();
        params.put("auditActor", actor());
        params.put("auditIp", clientIp());
        params.put("auditEntityType", entityType);
        params.put("auditEntityId", String.valueOf(entityId));
        params.put("auditAction", action);
        params.put("auditRegion", regionCode);
        params.put("auditChanges", json.writeValueAsString(diff(before, after)));
        return new Entry(ENTRY, params);
    }

    private static final String ENTRY = """
            INSERT INTO audit_event (actor, actor_ip, entity_type, entity_id, action, region_code, changes)
            VALUES (:auditActor, :auditIp, :auditEntityType, :auditEntityId, :auditAction, :auditRegion, CAST(:auditChanges AS jsonb))""";

    /** An audit record's INSERT with named parameters (all prefixed {@code audit}), for {@link #entry}. */
    public record Entry(String sql, Map<String, Object> params) {
    }

    public void deleted(String entityType, Object entityId, String regionCode, Map<String, ?> state) {
        record(entityType, entityId, "DELETE", regionCode, diff(state, Map.of()));
    }

    /** The change history of one entity, newest first. */
    public List<AuditEvent> historyOf(String entityType, Object entityId) {
        return jdbc.sql("""
                        SELECT id, occurred_at, actor, actor_ip, entity_type, entity_id, action, region_code, changes::text AS changes
                        FROM audit_event WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC LIMIT 200""")
                .params(entityType, String.valueOf(entityId))
                .query(new AuditEventMapper(json)).list();
    }

    static Map<String, Change> diff(Map<String, ?> before, Map<String, ?> after) {
        var changes = new LinkedHashMap<String, Change>();
        var fields = new java.util.LinkedHashSet<String>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            Object from = before.get(field);
            Object to = after.get(field);
            if (!Objects.equals(normalise(from), normalise(to))) {
                changes.put(field, new Change(normalise(from), normalise(to)));
            }
        }
        return changes;
    }

    private static Object normalise(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : value;
        }
        String text = value instanceof java.util.Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).toList()) : value.toString();
        return text.isEmpty() ? null : text;
    }

    private void record(String entityType, Object entityId, String action, String regionCode, Map<String, Change> changes) {
        jdbc.sql("""
                        INSERT INTO audit_event (actor, actor_ip, entity_type, entity_id, action, region_code, changes)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(actor(), clientIp(), entityType, String.valueOf(entityId), action, regionCode,
                        json.writeValueAsString(changes))
                .update();
    }

    /**
     * Records the changes made by {@code action} as done by {@code actor}: for work done on someone's
     * behalf before they are signed in, such as self-registration creating the new owner's records.
     */
    public <T> T actingAs(String actor, java.util.function.Supplier<T> action) {
        String previous = ACTING_AS.get();
        ACTING_AS.set(actor);
        try {
            return action.get();
        } finally {
            ACTING_AS.set(previous);
        }
    }

    private static final ThreadLocal<String> ACTING_AS = new ThreadLocal<>();

    private static String actor() {
        if (ACTING_AS.get() != null) {
            return ACTING_AS.get();
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    public record Change(Object from, Object to) {
    }
}
