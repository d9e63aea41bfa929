package id.naikkelas.identity;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.TextLimits;
import id.naikkelas.reference.Regions;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agencies (instansi) and partner organisations, each with the regions it is responsible for. */
@Service
public class Agencies {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Regions regions;

    Agencies(JdbcClient jdbc, AuditTrail audit, Regions regions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.regions = regions;
    }

    public record Agency(long id, String name, AgencyKind kind, List<String> regionCodes, String address, String phone,
                         String email, boolean active, int version) {
    }

    /** The name is unique (a btree index holds it, so it is bounded); phone and e-mail are the columns' varchar(20) and (200). */
    public record AgencyData(@Size(max = 200) String name, AgencyKind kind, List<String> regionCodes,
                             @Size(max = TextLimits.ADDRESS) String address,
                             @Size(max = 20) String phone, @Size(max = 200) String email, boolean active) {
    }

    public List<Agency> list() {
        return jdbc.sql("SELECT * FROM agency ORDER BY name").query(Agencies::map).list();
    }

    public Optional<Agency> find(long id) {
        return jdbc.sql("SELECT * FROM agency WHERE id = ?").param(id).query(Agencies::map).optional();
    }

    public Optional<Agency> findByName(String name) {
        return jdbc.sql("SELECT * FROM agency WHERE lower(name) = lower(?)").param(name.trim()).query(Agencies::map).optional();
    }

    @Transactional
    public long create(AgencyData data) {
        check(data, null);
        long id = jdbc.sql("""
                        INSERT INTO agency (name, kind, region_codes, address, phone, email, active)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(data.name().trim(), data.kind().name(), codes(data.regionCodes()), data.address(), data.phone(),
                        data.email(), data.active())
                .query(Long.class).single();
        audit.created("agency", id, null, state(data));
        return id;
    }

    @Transactional
    public void update(long id, int version, AgencyData data) {
        var before = find(id).orElseThrow(() -> new NotFound("agency", id));
        check(data, id);
        int updated = jdbc.sql("""
                        UPDATE agency SET name = ?, kind = ?, region_codes = ?, address = ?, phone = ?, email = ?, active = ?,
                            version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(data.name().trim(), data.kind().name(), codes(data.regionCodes()), data.address(), data.phone(),
                        data.email(), data.active(), id, version)
                .update();
        if (updated == 0) {
            throw new EditConflict("agency", id);
        }
        audit.changed("agency", id, null, state(new AgencyData(before.name(), before.kind(), before.regionCodes(),
                before.address(), before.phone(), before.email(), before.active())), state(data));
    }

    private void check(AgencyData data, Long id) {
        var problems = new InvalidInput.Collector().check(data);
        if (data.name() == null || data.name().isBlank()) {
            problems.add("name", "field.required");
        } else {
            findByName(data.name()).filter(other -> id == null || other.id() != id)
                    .ifPresent(other -> problems.add("name", "agency.name.taken"));
        }
        if (data.kind() == null) {
            problems.add("kind", "field.required");
        }
        for (String code : data.regionCodes() == null ? List.<String>of() : data.regionCodes()) {
            if (!regions.exists(code)) {
                problems.add("regionCodes", "region.unknown", code);
            }
        }
        problems.throwIfAny();
    }

    private static Map<String, Object> state(AgencyData data) {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", data.name());
        state.put("kind", data.kind());
        state.put("regionCodes", List.copyOf(new java.util.TreeSet<>(data.regionCodes())));
        state.put("address", data.address());
        state.put("phone", data.phone());
        state.put("email", data.email());
        state.put("active", data.active());
        return state;
    }

    private static String[] codes(List<String> codes) {
        return codes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toArray(String[]::new);
    }

    private static Agency map(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getLong("id"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
                Access.strings(rs.getArray("region_codes")), rs.getString("address"), rs.getString("phone"),
                rs.getString("email"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
