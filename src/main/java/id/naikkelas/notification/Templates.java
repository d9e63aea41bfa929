package id.naikkelas.notification;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** The message templates: read when a message is rendered, edited by administrators (checked, audited). */
@Service
class Templates {

    private static final String SELECT = "SELECT kind, params, body_id, body_en, whatsapp_name, title_id, title_en, version FROM notification_template";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Today today;

    Templates(JdbcClient jdbc, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.today = today;
    }

    /** An administrator's change of the two texts; placeholders must be the kind's parameters. */
    record Change(@Size(max = Template.MAX_LENGTH) String bodyId, @Size(max = Template.MAX_LENGTH) String bodyEn) {
    }

    List<Template> all() {
        return jdbc.sql(SELECT + " ORDER BY kind").query(Templates::map).list();
    }

    Optional<Template> find(String kind) {
        return jdbc.sql(SELECT + " WHERE kind = ?").param(kind).query(Templates::map).optional();
    }

    Template get(String kind) {
        return find(kind).orElseThrow(() -> new NotFound("notificationTemplate", kind));
    }

    /** The texts as they would be sent, without saving: the kind's parameter names stand in for the values. */
    Map<String, String> preview(String kind, Change change) {
        var template = get(kind);
        check(template, change);
        var sample = new Template(kind, template.params(), change.bodyId().trim(), change.bodyEn().trim(), template.whatsappName(),
                template.titleId(), template.titleEn(), 0);
        var args = template.params().stream().map(p -> "[" + p + "]").toList();
        return Map.of("id", sample.render(Locale.forLanguageTag("id"), args), "en", sample.render(Locale.ENGLISH, args));
    }

    @Transactional
    Template update(String kind, Change change, int version, String by) {
        var before = get(kind);
        check(before, change);
        int updated = jdbc.sql("""
                        UPDATE notification_template SET body_id = ?, body_en = ?, version = version + 1, updated_at = ?, updated_by = ?
                        WHERE kind = ? AND version = ?""")
                .params(change.bodyId().trim(), change.bodyEn().trim(), today.now(), by, kind, version).update();
        if (updated == 0) {
            throw new EditConflict("notificationTemplate", kind);
        }
        audit.changed("notification_template", kind, null, Map.of("bodyId", before.bodyId(), "bodyEn", before.bodyEn()),
                Map.of("bodyId", change.bodyId().trim(), "bodyEn", change.bodyEn().trim()));
        return get(kind);
    }

    private static void check(Template template, Change change) {
        var problems = new InvalidInput.Collector().check(change);
        checkBody("bodyId", change.bodyId(), template.params(), problems);
        checkBody("bodyEn", change.bodyEn(), template.params(), problems);
        problems.throwIfAny();
    }

    private static void checkBody(String field, String body, List<String> params, InvalidInput.Collector problems) {
        if (body == null || body.isBlank()) {
            problems.add(field, "field.required");
            return;
        }
        Matcher m = Template.PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (!params.contains(m.group(1))) {
                problems.add(field, "notification.template.unknownPlaceholder", "{" + m.group(1) + "}",
                        String.join(", ", params.stream().map(p -> "{" + p + "}").toList()));
                return;
            }
        }
    }

    private static Template map(ResultSet rs, int row) throws SQLException {
        return new Template(rs.getString("kind"), strings(rs.getArray("params")), rs.getString("body_id"), rs.getString("body_en"),
                rs.getString("whatsapp_name"), rs.getString("title_id"), rs.getString("title_en"), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
