package id.naikkelas.registry;

import id.naikkelas.common.InvalidInput;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a merge of two businesses moved, per table and column: the keys of the rows re-pointed from the absorbed
 * record to the survivor, and those left on the absorbed record because the survivor already had the same
 * (a unique rule: the same program, the same event and participant...). Each module records its own tables
 * while handling {@link BusinessesMerged} and reads them back to undo in {@link BusinessMergeUndone}; the registry
 * keeps the whole ledger with the merge.
 */
public final class MergeLedger {

    /** Rows moved to the survivor, and rows kept apart on the absorbed record. */
    public record Entry(List<String> moved, List<String> kept) {
    }

    private final Map<String, Entry> entries;
    private final long survivorId;
    private final long absorbedId;

    MergeLedger(long survivorId, long absorbedId, Map<String, Entry> entries) {
        this.survivorId = survivorId;
        this.absorbedId = absorbedId;
        this.entries = new LinkedHashMap<>(entries);
    }

    public void record(String key, List<String> moved, List<String> kept) {
        entries.put(key, new Entry(List.copyOf(moved), List.copyOf(kept)));
    }

    /** The keys moved under {@code key} (a table and column, e.g. {@code enrollment.business_id}). */
    public List<String> moved(String key) {
        var e = entries.get(key);
        return e == null ? List.of() : e.moved();
    }

    public List<String> kept(String key) {
        var e = entries.get(key);
        return e == null ? List.of() : e.kept();
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /**
     * Moves the rows of {@code table} (an id primary key) whose {@code column} names the absorbed business to the
     * survivor, except those for which {@code clash} (a condition over alias {@code t}, parameter {@code :s} the
     * survivor) holds; those stay where they are and are recorded as kept apart.
     */
    public void move(JdbcClient jdbc, String table, String column, String clash) {
        String keep = clash == null ? "" : " AND NOT (" + clash + ")";
        var moved = jdbc.sql("UPDATE " + table + " t SET " + column + " = :s WHERE t." + column + " = :a" + keep + " RETURNING t.id")
                .param("s", survivorId).param("a", absorbedId).query(Long.class).list();
        var kept = jdbc.sql("SELECT t.id FROM " + table + " t WHERE t." + column + " = :a ORDER BY t.id")
                .param("a", absorbedId).query(Long.class).list();
        record(table + "." + column, moved.stream().sorted().map(String::valueOf).toList(), kept.stream().map(String::valueOf).toList());
    }

    /**
     * Undoes {@link #move}: refuses (nothing is changed, the whole undo rolls back) when a moved row no longer
     * names the survivor, then points every moved row back at the absorbed record.
     */
    public void moveBack(JdbcClient jdbc, String table, String column) {
        var ids = moved(table + "." + column).stream().map(Long::valueOf).toArray(Long[]::new);
        if (ids.length == 0) {
            return;
        }
        var still = new LinkedHashSet<>(jdbc.sql("SELECT t.id FROM " + table + " t WHERE t.id = ANY(:ids) AND t." + column + " = :s")
                .param("ids", ids).param("s", survivorId).query(Long.class).list());
        var gone = new ArrayList<Long>();
        for (Long id : ids) {
            if (!still.contains(id)) {
                gone.add(id);
            }
        }
        if (!gone.isEmpty()) {
            throw refusal("registry.merge.undo.rowChanged", table, gone);
        }
        jdbc.sql("UPDATE " + table + " t SET " + column + " = :a WHERE t.id = ANY(:ids)").param("a", absorbedId).param("ids", ids).update();
    }

    /**
     * Copies the region of both businesses onto the rows of {@code table} that keep a copy of it
     * ({@code region_code}, for region-scoped queries without a join): after a merge or its undo the rows follow
     * the record they now belong to.
     */
    public void followRegion(JdbcClient jdbc, String table) {
        jdbc.sql("UPDATE " + table + " t SET region_code = b.region_code FROM business b WHERE t.business_id = b.id"
                        + " AND b.id IN (:s, :a) AND t.region_code <> b.region_code")
                .param("s", survivorId).param("a", absorbedId).update();
    }

    /** An undo refused because of rows of {@code table} (named in the reader's language) with these keys. */
    public static InvalidInput refusal(String code, String table, List<?> keys) {
        var shown = keys.stream().limit(5).map(String::valueOf).toList();
        return InvalidInput.of("merge", code,
                new DefaultMessageSourceResolvable(new String[] {"registry.merge.table." + table}, table),
                String.join(", ", shown) + (keys.size() > 5 ? ", …" : ""));
    }

    public long survivorId() {
        return survivorId;
    }

    public long absorbedId() {
        return absorbedId;
    }
}
