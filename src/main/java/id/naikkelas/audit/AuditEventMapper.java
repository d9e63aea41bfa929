package id.naikkelas.audit;

import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;

class AuditEventMapper implements RowMapper<AuditEvent> {

    private static final TypeReference<Map<String, AuditTrail.Change>> CHANGES = new TypeReference<>() {
    };

    private final JsonMapper json;

    AuditEventMapper(JsonMapper json) {
        this.json = json;
    }

    @Override
    public AuditEvent mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("actor_ip"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                rs.getString("region_code"), json.readValue(rs.getString("changes"), CHANGES));
    }
}
