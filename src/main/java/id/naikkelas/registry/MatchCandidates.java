package id.naikkelas.registry;

import id.naikkelas.identity.Jurisdiction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Registry businesses as a matcher (the import) needs them: a district's businesses, or the ones holding given NIKs
 * or NIBs. The owner's sealed NIK is opened here, so the vault and the sealed column stay inside the registry
 * (ADR 0013); the caller gets each business handed to its own mapper, without an object in between, since an
 * import reads a whole district's businesses at once.
 */
@Component
@NamedInterface("imports")
public class MatchCandidates {

    /** Turns one business into the caller's candidate; {@code nik} is in clear (or null), {@code phone} the business's own, else its owner's. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(long id, String regionCode, String name, String ownerName, String address, String phone, String nik, String nib);
    }

    // a business of an owner with several has its own contact number (issue 16): that is the one a line gives
    private static final String COLUMNS = "b.id, b.region_code, b.name, o.full_name, b.address, coalesce(b.contact_phone, o.phone) AS phone, "
            + "o.nik_sealed, b.nib";

    private final JdbcClient jdbc;
    private final NikVault vault;

    MatchCandidates(JdbcClient jdbc, NikVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The businesses (not merged away) of a district, within the jurisdiction. */
    public <T> List<T> inDistrict(String district, Jurisdiction jurisdiction, Mapper<T> mapper) {
        var scope = jurisdiction.sql("b.region_code");
        return jdbc.sql("SELECT " + COLUMNS + " FROM business b JOIN owner o ON o.id = b.owner_id "
                        + "WHERE b.merged_into IS NULL AND (b.region_code = :district OR b.region_code LIKE :prefix) AND " + scope.sql())
                .param("district", district).param("prefix", district + ".%").params(scope.params())
                .query((rs, i) -> map(rs, mapper)).list();
    }

    /**
     * The businesses (not merged away, anywhere: the caller decides what it may link) whose NIB is one of {@code nibs}
     * or whose owner's NIK is one of {@code niks}. Two index look-ups for a whole chunk.
     */
    public <T> List<T> byIdentifiers(Collection<String> niks, Collection<String> nibs, Mapper<T> mapper) {
        if (niks.isEmpty() && nibs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.merged_into IS NULL AND b.nib = ANY(CAST(:nibs AS varchar[])) "
                        + "UNION SELECT " + COLUMNS + " FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.merged_into IS NULL AND o.nik_hash = ANY(CAST(:hashes AS varchar[]))")
                .param("nibs", nibs.toArray(String[]::new)).param("hashes", niks.stream().map(vault::hash).toArray(String[]::new))
                .query((rs, i) -> map(rs, mapper)).list();
    }

    private <T> T map(ResultSet rs, Mapper<T> mapper) throws SQLException {
        return mapper.map(rs.getLong("id"), rs.getString("region_code"), rs.getString("name"), rs.getString("full_name"),
                rs.getString("address"), rs.getString("phone"), vault.open(rs.getString("nik_sealed")), rs.getString("nib"));
    }
}
