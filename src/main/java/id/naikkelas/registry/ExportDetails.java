package id.naikkelas.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * What an exported registry list shows beyond the search rows: identifiers, contact and place names, for one page of
 * businesses, re-checked against the user's scope. The owner's NIK is opened here when the export may show it in
 * full, so the vault and the sealed column stay inside the registry (ADR 0013).
 */
@Component
@NamedInterface("imports")
public class ExportDetails {

    public record Detail(String nik, String nib, String phone, String address, String village, String district, String regency) {
    }

    private final Businesses businesses;
    private final JdbcClient jdbc;
    private final NikVault vault;

    ExportDetails(Businesses businesses, JdbcClient jdbc, NikVault vault) {
        this.businesses = businesses;
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** Details of those of {@code ids} the user may see; the NIK in full when {@code fullNik}, else masked. */
    public Map<Long, Detail> of(Long[] ids, boolean fullNik) {
        var details = new HashMap<Long, Detail>();
        if (ids.length == 0) {
            return details;
        }
        // the access condition names its own aliases (b, o), so this query uses others
        var scope = businesses.visibleCondition("x.id");
        jdbc.sql("""
                        SELECT x.id, y.nik_sealed, y.nik_masked, x.nib, y.phone, x.address, v.name AS village, d.name AS district, k.name AS regency
                        FROM business x JOIN owner y ON y.id = x.owner_id
                        LEFT JOIN region v ON v.code = x.region_code AND v.level = 'village'
                        LEFT JOIN region d ON d.code = left(x.region_code, 8)
                        LEFT JOIN region k ON k.code = left(x.region_code, 5)
                        WHERE x.id = ANY(CAST(:ids AS bigint[]))""" + " AND " + scope.sql())
                .param("ids", ids).params(scope.params())
                .query((rs, i) -> details.put(rs.getLong("id"), new Detail(
                        fullNik ? vault.open(rs.getString("nik_sealed")) : rs.getString("nik_masked"),
                        rs.getString("nib"), rs.getString("phone"), rs.getString("address"), rs.getString("village"),
                        rs.getString("district"), rs.getString("regency"))))
                .list();
        return details;
    }
}
