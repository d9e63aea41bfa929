package id.naikkelas.imports;

import id.naikkelas.identity.Jurisdiction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** Reads registry businesses for matching: a district's businesses, or the ones holding given NIKs or NIBs. */
@Component
class RegistryCandidates {

    private static final String COLUMNS = "b.id, b.region_code, b.name, o.full_name, b.address, o.phone, o.nik, b.nib";

    private final JdbcClient jdbc;

    RegistryCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A business found by identifier, with its region: one outside the jurisdiction may not be linked. */
    record Known(Candidate candidate, String regionCode) {
    }

    List<Candidate> inDistrict(String district, Jurisdiction jurisdiction) {
        var scope = jurisdiction.sql("b.region_code");
        return jdbc.sql("SELECT " + COLUMNS + " FROM business b JOIN owner o ON o.id = b.owner_id "
                        + "WHERE (b.region_code = :district OR b.region_code LIKE :prefix) AND " + scope.sql())
                .param("district", district).param("prefix", district + ".%").params(scope.params())
                .query((rs, i) -> candidate(rs)).list();
    }

    /** Two index look-ups (owner NIK, business NIB) for a whole chunk. */
    List<Known> byIdentifiers(Collection<String> niks, Collection<String> nibs) {
        if (niks.isEmpty() && nibs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.nib = ANY(CAST(:nibs AS varchar[])) "
                        + "UNION SELECT " + COLUMNS + " FROM business b JOIN owner o ON o.id = b.owner_id WHERE o.nik = ANY(CAST(:niks AS varchar[]))")
                .param("nibs", nibs.toArray(String[]::new)).param("niks", niks.toArray(String[]::new))
                .query((rs, i) -> new Known(candidate(rs), rs.getString("region_code"))).list();
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getString("name"), rs.getString("full_name"), rs.getString("address"),
                rs.getString("phone"), rs.getString("nik"), rs.getString("nib"));
    }
}
