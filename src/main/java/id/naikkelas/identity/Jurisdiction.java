package id.naikkelas.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The access rule, in one place: a user may see region-bound data whose region code equals
 * one of the jurisdiction's codes or lies below it (province 14 covers 14.72 and 14.72.01.1003).
 * A national jurisdiction (administrators) covers everything; an empty one covers nothing.
 */
public record Jurisdiction(boolean national, Set<String> regionCodes) {

    public static final Jurisdiction NATIONAL = new Jurisdiction(true, Set.of());
    public static final Jurisdiction NONE = new Jurisdiction(false, Set.of());

    public Jurisdiction {
        regionCodes = Set.copyOf(new TreeSet<>(regionCodes));
    }

    public static Jurisdiction of(java.util.Collection<String> codes) {
        return new Jurisdiction(false, Set.copyOf(codes));
    }

    public boolean covers(String regionCode) {
        if (national) {
            return true;
        }
        if (regionCode == null) {
            return false;
        }
        return regionCodes.stream().anyMatch(code -> regionCode.equals(code) || regionCode.startsWith(code + "."));
    }

    /**
     * A SQL condition restricting {@code column} (a region code column with the C collation,
     * so each prefix test is an index range scan) to this jurisdiction, with its named parameters.
     */
    public SqlCondition sql(String column) {
        if (national) {
            return new SqlCondition("TRUE", Map.of());
        }
        if (regionCodes.isEmpty()) {
            return new SqlCondition("FALSE", Map.of());
        }
        var params = new LinkedHashMap<String, Object>();
        var parts = new java.util.ArrayList<String>();
        int i = 0;
        for (String code : regionCodes) {
            String name = "jur" + i++;
            params.put(name, code);
            params.put(name + "p", code + ".%");
            parts.add(column + " = :" + name + " OR " + column + " LIKE :" + name + "p");
        }
        return new SqlCondition("(" + String.join(" OR ", parts) + ")", params);
    }

    public List<String> sortedCodes() {
        return List.copyOf(new TreeSet<>(regionCodes));
    }

    public record SqlCondition(String sql, Map<String, Object> params) {
    }
}
