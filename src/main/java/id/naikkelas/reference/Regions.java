package id.naikkelas.reference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Look-ups over the official region tree. The tree is reference data that only a migration changes,
 * so it is read once into memory (about 92,000 regions, ~20 MB) and every look-up afterwards is a map
 * read: labels are asked for inside other queries' row mapping, where a database call would take a
 * second connection from the pool for the same request.
 */
@Service
public class Regions {

    private final JdbcClient jdbc;

    private volatile Tree tree;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        if (!Region.isWellFormed(code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tree().byCode.get(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Provinces when {@code parentCode} is null or blank, else the children of that region (by name). */
    public List<Region> children(String parentCode) {
        var t = tree();
        if (parentCode == null || parentCode.isBlank()) {
            return t.provinces;
        }
        return t.children.getOrDefault(parentCode, List.of());
    }

    /** The region and its ancestors, province first; empty if the code is unknown. */
    public List<Region> path(String code) {
        if (!Region.isWellFormed(code)) {
            return List.of();
        }
        var t = tree();
        var path = new ArrayList<Region>(4);
        for (String c : Region.lineage(code)) {
            var region = t.byCode.get(c);
            if (region != null) {
                path.add(region);
            }
        }
        return path;
    }

    /** A readable address line from village up to province, e.g. "Pangkalan Sesai, Dumai Barat, Kota Dumai, Riau". */
    public String label(String code) {
        var names = new ArrayList<>(path(code).stream().map(Region::name).toList());
        Collections.reverse(names);
        return names.isEmpty() ? code : String.join(", ", names);
    }

    private Tree tree() {
        var t = tree;
        if (t == null) {
            synchronized (this) {
                t = tree;
                if (t == null) {
                    t = load();
                    tree = t;
                }
            }
        }
        return t;
    }

    private Tree load() {
        var byCode = new HashMap<String, Region>(128 * 1024);
        var children = new HashMap<String, List<Region>>(16 * 1024);
        var provinces = new ArrayList<Region>();
        jdbc.sql("SELECT code, name, level, parent_code FROM region ORDER BY code").query(rs -> {
            var parent = rs.getString("parent_code");
            var region = new Region(rs.getString("code"), rs.getString("name"),
                    Region.Level.valueOf(rs.getString("level").toUpperCase()), parent);
            byCode.put(region.code(), region);
            if (parent == null) {
                provinces.add(region);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(region);
            }
        });
        children.replaceAll((parent, list) -> {
            list.sort(Comparator.comparing(Region::name));
            return List.copyOf(list);
        });
        return new Tree(Map.copyOf(byCode), Map.copyOf(children), List.copyOf(provinces));
    }

    private record Tree(Map<String, Region> byCode, Map<String, List<Region>> children, List<Region> provinces) {
    }
}
