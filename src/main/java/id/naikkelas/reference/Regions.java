package id.naikkelas.reference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Look-ups over the official region tree. */
@Service
public class Regions {

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        if (!Region.isWellFormed(code)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE code = ?")
                .param(code).query(Regions::map).optional();
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Provinces when {@code parentCode} is null or blank, else the children of that region. */
    public List<Region> children(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE parent_code IS NULL ORDER BY code")
                    .query(Regions::map).list();
        }
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE parent_code = ? ORDER BY name")
                .param(parentCode).query(Regions::map).list();
    }

    /** The region and its ancestors, province first; empty if the code is unknown. */
    public List<Region> path(String code) {
        if (!Region.isWellFormed(code)) {
            return List.of();
        }
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE code IN (:codes)")
                .param("codes", Region.lineage(code)).query(Regions::map).list().stream()
                .sorted(Comparator.comparingInt(r -> r.code().length()))
                .toList();
    }

    /** A readable address line from village up to province, e.g. "Pangkalan Sesai, Dumai Barat, Kota Dumai, Riau". */
    public String label(String code) {
        var names = new java.util.ArrayList<>(path(code).stream().map(Region::name).toList());
        java.util.Collections.reverse(names);
        return names.isEmpty() ? code : String.join(", ", names);
    }

    private static Region map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Region(rs.getString("code"), rs.getString("name"),
                Region.Level.valueOf(rs.getString("level").toUpperCase()), rs.getString("parent_code"));
    }
}
