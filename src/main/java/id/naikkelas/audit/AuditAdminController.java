package id.naikkelas.audit;

import id.naikkelas.common.IndonesiaZone;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Administrator search over the audit trail, newest first, paged by id (keyset). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditAdminController {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditAdminController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String entityType,
                  @RequestParam(required = false) String entityId,
                  @RequestParam(required = false) String actor,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) Long before,
                  Model model) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (entityType != null && !entityType.isBlank()) {
            where.add("entity_type = ?");
            params.add(entityType.trim());
        }
        if (entityId != null && !entityId.isBlank()) {
            where.add("entity_id = ?");
            params.add(entityId.trim());
        }
        if (actor != null && !actor.isBlank()) {
            where.add("lower(actor) = lower(?)");
            params.add(actor.trim());
        }
        if (from != null) {
            where.add("occurred_at >= ?");
            params.add(from.atStartOfDay(IndonesiaZone.WIB.zone()).toOffsetDateTime());
        }
        if (to != null) {
            where.add("occurred_at < ?");
            params.add(to.plusDays(1).atStartOfDay(IndonesiaZone.WIB.zone()).toOffsetDateTime());
        }
        if (before != null) {
            where.add("id < ?");
            params.add(before);
        }
        String sql = "SELECT id, occurred_at, actor, actor_ip, entity_type, entity_id, action, region_code, changes::text AS changes "
                + "FROM audit_event" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id DESC LIMIT " + (PAGE_SIZE + 1);
        List<AuditEvent> rows = jdbc.sql(sql).params(params).query(new AuditEventMapper(json)).list();
        boolean more = rows.size() > PAGE_SIZE;
        var page = more ? rows.subList(0, PAGE_SIZE) : rows;
        model.addAttribute("events", page);
        model.addAttribute("nextBefore", more ? page.get(page.size() - 1).id() : null);
        return "admin/audit";
    }
}
