package id.naikkelas.imports;

import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.registry.NikVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** Reads registry businesses for matching: a district's businesses, or the ones holding given NIKs or NIBs. */
@Component
class RegistryCandidates {

    // a business of an owner with several has its own contact number (issue 16): that is the one a line gives
    private static final String COLUMNS = "b.id, b.region_code, b.name, o.full_name, b.address, coalesce(b.contact_phone, o.phone) AS phone, "
            + "o.nik_sealed, b.nib";

    private final JdbcClient jdbc;
    private final NikVault vault;

    RegistryCandidates(JdbcClient jdbc, NikVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** A business found by identifier, with its region: one outside the jurisdiction may not be linked. */
    record Known(Candidate candidate, String regionCode) {
    }

    List<Candidate> inDistrict(String district, Jurisdiction jurisdiction) {
        var scope = jurisdiction.sql("b.region_code");
        return jdbc.sql("SELECT " + COLUMNS + " FROM business b JOIN owner o ON o.id = b.owner_id "
                        + "WHERE b.merged_into IS NULL AND (b.region_code = :district OR b.region_code LIKE :prefix) AND " + scope.sql())
                .param("district", district).param("prefix", district + ".%").params(scope.params())
                .query((rs, i) -> candidate(rs)).list();
    }

    /** Two index look-ups (owner NIK, business NIB) for a whole chunk. */
    List<Known> byIdentifiers(Collection<String> niks, Collection<String> nibs) {
        if (niks.isEmpty() && nibs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.merged_into IS NULL AND b.nib = ANY(CAST(:nibs AS varchar[])) "
                        + "UNION SELECT " + COLUMNS + " FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.merged_into IS NULL AND o.nik_hash = ANY(CAST(:hashes AS varchar[]))")
                .param("nibs", nibs.toArray(String[]::new)).param("hashes", niks.stream().map(vault::hash).toArray(String[]::new))
                .query((rs, i) -> new Known(candidate(rs), rs.getString("region_code"))).list();
    }

    private Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getString("name"), rs.getString("full_name"), rs.getString("address"),
                rs.getString("phone"), vault.open(rs.getString("nik_sealed")), rs.getString("nib"));
    }
}
