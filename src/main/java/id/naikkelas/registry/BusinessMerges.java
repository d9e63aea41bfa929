package id.naikkelas.registry;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.reference.Regions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merging two registry records of the same real business outside imports (issue 16): an officer with jurisdiction
 * over both picks, field by field, which value the surviving record keeps; everything that named the absorbed
 * record moves to the survivor (the registry's products, permits and sources here, other modules' rows through
 * {@link BusinessesMerged}), the absorbed record is kept, hidden and pointing at the survivor, and the whole merge
 * can be undone for {@link #UNDO_WINDOW} from what {@code business_merge} recorded, as long as nothing it moved
 * has changed since.
 */
@Service
class BusinessMerges {

    public static final Duration UNDO_WINDOW = Duration.ofDays(30);

    /** Columns restored by an undo besides the chosen ones: what follows from them. */
    private static final List<String> DERIVED = List.of("scale", "search_doc");

    public enum Side { survivor, absorbed }

    /** One field side by side: the values as stored (the owner's name for the owner), and the side kept by default. */
    public record Row(String field, Object survivor, Object absorbed, Side suggested) {
    }

    public record Comparison(long survivorId, String survivorName, int survivorVersion, long absorbedId, String absorbedName,
                             int absorbedVersion, List<Row> rows) {
    }

    /** A merge as recorded; {@code undoable} while the window is open and it was not undone. */
    public record Merge(long id, long survivorId, long absorbedId, Map<String, String> keep, Map<String, MergeLedger.Entry> moved,
                        String mergedBy, OffsetDateTime mergedAt, String undoneBy, OffsetDateTime undoneAt, boolean undoable) {
    }

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final RegistryValidation validation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Regions regions;
    private final Today today;

    BusinessMerges(JdbcClient jdbc, RegistryAccess access, RegistryValidation validation, AuditTrail audit,
                   ApplicationEventPublisher events, JsonMapper json, Regions regions, Today today) {
        this.today = today;
        this.jdbc = jdbc;
        this.access = access;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.regions = regions;
    }

    private record Side2(long id, String name, String regionCode, Long ownerUserId, int version, Long mergedInto) {
    }

    /** The two records side by side, for an officer of both. */
    @Transactional(readOnly = true)
    public Comparison compare(long survivorId, long absorbedId) {
        CurrentUser me = access.me();
        var s = checked(me, survivorId, true);
        var a = checked(me, absorbedId, false);
        checkPair(s, a);
        var sv = values(survivorId);
        var av = values(absorbedId);
        var rows = new ArrayList<Row>();
        for (var f : MergeFieldChoice.values()) {
            rows.add(new Row(f.name(), shown(f, sv), shown(f, av), empty(f, sv) && !empty(f, av) ? Side.absorbed : Side.survivor));
        }
        return new Comparison(s.id(), s.name(), s.version(), a.id(), a.name(), a.version(), rows);
    }

    /**
     * Merges {@code absorbedId} into {@code survivorId}. Both versions must be the ones the officer compared
     * ({@link EditConflict} otherwise); {@code keep} names the side per field, the others default to the survivor's
     * value unless it is empty.
     */
    @Transactional
    public long merge(long survivorId, int survivorVersion, long absorbedId, Integer absorbedVersion, Map<String, String> keep) {
        CurrentUser me = access.me();
        lock(survivorId, absorbedId);
        var s = checked(me, survivorId, true);
        var a = checked(me, absorbedId, false);
        checkPair(s, a);
        if (s.version() != survivorVersion) {
            throw new EditConflict("business", survivorId);
        }
        if (absorbedVersion == null) {
            throw InvalidInput.of("absorbedVersion", "registry.merge.versionRequired");
        }
        if (a.version() != absorbedVersion) {
            throw new EditConflict("business", absorbedId);
        }
        var sv = values(survivorId);
        var av = values(absorbedId);
        var chosen = choices(keep, sv, av);

        var takeColumns = new ArrayList<String>();
        chosen.forEach((f, side) -> {
            if (side == Side.absorbed) {
                takeColumns.addAll(f.columns);
            }
        });
        if (chosen.get(MergeFieldChoice.nib) == Side.absorbed) {
            // a NIB is unique: the absorbed record gives its own up to the survivor (an undo gives it back)
            takeColumns.remove("nib");
            jdbc.sql("UPDATE business SET nib = NULL WHERE id = ?").param(absorbedId).update();
            try {
                jdbc.sql("UPDATE business SET nib = ? WHERE id = ?").params(av.get("nib"), survivorId).update();
            } catch (DataIntegrityViolationException e) {
                throw InvalidInput.of("keep.nib", "registry.nib.taken");
            }
        }
        jdbc.sql("UPDATE business SET merged_into = ?, updated_at = now(), version = version + 1 WHERE id = ?")
                .params(survivorId, absorbedId).update();
        if (!takeColumns.isEmpty()) {
            var set = String.join(", ", takeColumns.stream().map(c -> c + " = a." + c).toList());
            try {
                jdbc.sql("UPDATE business s SET " + set + " FROM business a WHERE s.id = :s AND a.id = :a")
                        .param("s", survivorId).param("a", absorbedId).update();
            } catch (DataIntegrityViolationException e) {
                throw InvalidInput.of("keep.nib", "registry.nib.taken");
            }
        }
        var after = values(survivorId);
        var scale = validation.scale(decimal(after.get("capital")), decimal(after.get("annual_sales")));
        jdbc.sql("""
                        UPDATE business b SET scale = :scale, search_doc = search_text(b.name || ' ' || o.full_name),
                            updated_at = now(), version = b.version + 1
                        FROM owner o WHERE o.id = b.owner_id AND b.id = :s""")
                .param("scale", scale == null ? null : scale.name()).param("s", survivorId).update();
        after = values(survivorId);
        String region = (String) after.get("region_code");
        long mergeId = jdbc.sql("""
                        INSERT INTO business_merge (survivor_id, absorbed_id, region_code, survivor_before, absorbed_before, survivor_after,
                            keep, moved, survivor_version, absorbed_version, merged_by)
                        VALUES (:s, :a, :region, CAST(:sb AS jsonb), CAST(:ab AS jsonb), CAST(:sa AS jsonb), CAST(:keep AS jsonb), '{}',
                            0, 0, :by) RETURNING id""")
                .param("s", survivorId).param("a", absorbedId).param("region", region)
                .param("sb", json.writeValueAsString(sv)).param("ab", json.writeValueAsString(av))
                .param("sa", json.writeValueAsString(after)).param("keep", json.writeValueAsString(names(chosen)))
                .param("by", me.username())
                .query(Long.class).single();

        var ledger = new MergeLedger(survivorId, absorbedId, Map.of());
        ledger.move(jdbc, "product", "business_id", null);
        ledger.move(jdbc, "permit", "business_id", null);
        var sources = jdbc.sql("""
                        UPDATE business_source t SET business_id = :s WHERE t.business_id = :a
                            AND NOT EXISTS (SELECT 1 FROM business_source x WHERE x.business_id = :s AND x.source = t.source)
                        RETURNING t.source""")
                .param("s", survivorId).param("a", absorbedId).query(String.class).list();
        var keptSources = jdbc.sql("SELECT source FROM business_source WHERE business_id = ?").param(absorbedId).query(String.class).list();
        ledger.record("business_source.business_id", sources, keptSources);
        ledger.followRegion(jdbc, "product");
        ledger.followRegion(jdbc, "permit");
        try {
            events.publishEvent(new BusinessesMerged(mergeId, survivorId, absorbedId, ledger));
        } catch (DataIntegrityViolationException e) {
            throw InvalidInput.of("absorbedId", "registry.merge.clash");
        }
        int survivorAfter = version(survivorId);
        int absorbedAfter = version(absorbedId);
        jdbc.sql("UPDATE business_merge SET moved = CAST(:moved AS jsonb), survivor_version = :sv, absorbed_version = :av WHERE id = :id")
                .param("moved", json.writeValueAsString(ledger.entries())).param("sv", survivorAfter).param("av", absorbedAfter)
                .param("id", mergeId).update();

        var before = new LinkedHashMap<String, Object>();
        var changed = new LinkedHashMap<String, Object>();
        chosen.forEach((f, side) -> {
            if (side == Side.absorbed) {
                before.put(f.name(), shown(f, sv));
                changed.put(f.name(), shown(f, after(f, av)));
            }
        });
        before.put("mergedFrom", null);
        changed.put("mergedFrom", absorbedId + " " + a.name());
        changed.put("merge", mergeId);
        audit.action("business", survivorId, "MERGE", region, before, changed);
        audit.action("business", absorbedId, "MERGE", a.regionCode(), Map.of(),
                Map.of("mergedInto", survivorId + " " + s.name(), "merge", mergeId));
        return mergeId;
    }

    /**
     * Undoes a merge: the survivor gets back its values, the absorbed record its place in lists, and every row moved
     * goes back. Refused, naming why, after {@link #UNDO_WINDOW}, once undone, when either record was edited since,
     * or when a moved row no longer belongs to the survivor (each module checks its own).
     */
    @Transactional
    public void undo(long mergeId) {
        CurrentUser me = access.me();
        var m = stored(mergeId);
        lock(m.survivorId(), m.absorbedId());
        checked(me, m.survivorId(), true);
        checked(me, m.absorbedId(), false);
        if (m.undoneAt() != null) {
            throw InvalidInput.of("merge", "registry.merge.undo.done", m.undoneBy());
        }
        if (m.mergedAt().plus(UNDO_WINDOW).isBefore(today.now())) {
            throw InvalidInput.of("merge", "registry.merge.undo.expired", UNDO_WINDOW.toDays());
        }
        var row = jdbc.sql("SELECT survivor_before::text sb, absorbed_before::text ab, survivor_version, absorbed_version FROM business_merge WHERE id = ?")
                .param(mergeId).query((rs, i) -> new Object[] {rs.getString("sb"), rs.getString("ab"), rs.getInt("survivor_version"),
                        rs.getInt("absorbed_version")}).single();
        if (version(m.survivorId()) != (int) row[2]) {
            throw InvalidInput.of("merge", "registry.merge.undo.survivorChanged", name(m.survivorId()));
        }
        if (version(m.absorbedId()) != (int) row[3]) {
            throw InvalidInput.of("merge", "registry.merge.undo.absorbedChanged", name(m.absorbedId()));
        }
        var ledger = new MergeLedger(m.survivorId(), m.absorbedId(), m.moved());
        var movedProducts = ledger.moved("product.business_id").stream().map(Long::valueOf).toArray(Long[]::new);
        var newPermits = jdbc.sql("""
                        SELECT id FROM permit WHERE product_id = ANY(:products) AND NOT (id = ANY(:moved)) ORDER BY id""")
                .param("products", movedProducts)
                .param("moved", ledger.moved("permit.business_id").stream().map(Long::valueOf).toArray(Long[]::new))
                .query(Long.class).list();
        if (!newPermits.isEmpty()) {
            throw MergeLedger.refusal("registry.merge.undo.newOnMovedProduct", "permit", newPermits);
        }
        restore(m.survivorId(), (String) row[0], false);
        restore(m.absorbedId(), (String) row[1], true);
        try {
            events.publishEvent(new BusinessMergeUndone(mergeId, m.survivorId(), m.absorbedId(), ledger));
        } catch (DataIntegrityViolationException e) {
            throw InvalidInput.of("merge", "registry.merge.undo.clash");
        }
        ledger.moveBack(jdbc, "product", "business_id");
        ledger.moveBack(jdbc, "permit", "business_id");
        var sources = ledger.moved("business_source.business_id");
        if (!sources.isEmpty()) {
            jdbc.sql("UPDATE business_source SET business_id = :a WHERE business_id = :s AND source = ANY(:sources)")
                    .param("a", m.absorbedId()).param("s", m.survivorId()).param("sources", sources.toArray(String[]::new)).update();
        }
        ledger.followRegion(jdbc, "product");
        ledger.followRegion(jdbc, "permit");
        jdbc.sql("UPDATE business_merge SET undone_by = ?, undone_at = now() WHERE id = ?").params(me.username(), mergeId).update();
        String region = jdbc.sql("SELECT region_code FROM business WHERE id = ?").param(m.survivorId()).query(String.class).single();
        String absorbedRegion = jdbc.sql("SELECT region_code FROM business WHERE id = ?").param(m.absorbedId()).query(String.class).single();
        audit.action("business", m.survivorId(), "MERGE_UNDONE", region, Map.of("mergedFrom", m.absorbedId()), Map.of("merge", mergeId));
        audit.action("business", m.absorbedId(), "MERGE_UNDONE", absorbedRegion, Map.of("mergedInto", m.survivorId()), Map.of("merge", mergeId));
    }

    /** A merge, for an officer of both records. */
    @Transactional(readOnly = true)
    public Merge get(long mergeId) {
        CurrentUser me = access.me();
        var m = stored(mergeId);
        checked(me, m.survivorId(), true);
        checked(me, m.absorbedId(), false);
        return m;
    }

    /** Whether the signed-in user may merge another record into this one (an officer of its region). */
    public boolean canMerge(long businessId) {
        CurrentUser me = access.me();
        return jdbc.sql("SELECT region_code FROM business WHERE id = ? AND merged_into IS NULL").param(businessId).query(String.class)
                .optional().filter(region -> RegistryAccess.isEditor(me) && access.canVerify(me, region)).isPresent();
    }

    /** Refuses, as {@link #merge} would, who may not merge into this record: for the pages leading to a merge. */
    public void checkCanMerge(long businessId) {
        var s = checked(access.me(), businessId, true);
        if (s.mergedInto() != null) {
            throw InvalidInput.of("survivorId", "registry.merge.alreadyMerged", s.name());
        }
    }

    /** The open merge that absorbed this business into another, if any (the record's page leads to the survivor). */
    public java.util.Optional<Merge> absorbing(long businessId) {
        return jdbc.sql("SELECT id FROM business_merge WHERE absorbed_id = ? AND undone_at IS NULL").param(businessId)
                .query(Long.class).optional().map(this::stored);
    }

    /** The latest merges into this survivor, newest first. */
    public List<Merge> into(long survivorId) {
        return jdbc.sql("SELECT id FROM business_merge WHERE survivor_id = ? ORDER BY id DESC LIMIT 10").param(survivorId)
                .query(Long.class).list().stream().map(this::stored).toList();
    }

    private void restore(long id, String before, boolean absorbed) {
        var columns = new ArrayList<String>();
        for (var f : MergeFieldChoice.values()) {
            columns.addAll(f.columns);
        }
        columns.addAll(DERIVED);
        var set = String.join(", ", columns.stream().map(c -> c + " = r." + c).toList());
        jdbc.sql("UPDATE business b SET " + set + (absorbed ? ", merged_into = NULL" : "")
                        + ", updated_at = now(), version = b.version + 1 FROM jsonb_populate_record(NULL::business, CAST(:before AS jsonb)) r"
                        + " WHERE b.id = :id")
                .param("before", before).param("id", id).update();
    }

    private Merge stored(long mergeId) {
        return jdbc.sql("""
                        SELECT id, survivor_id, absorbed_id, keep::text AS keep, moved::text AS moved, merged_by, merged_at, undone_by, undone_at
                        FROM business_merge WHERE id = ?""")
                .param(mergeId)
                .query((rs, i) -> {
                    var mergedAt = rs.getObject("merged_at", OffsetDateTime.class);
                    var undoneAt = rs.getObject("undone_at", OffsetDateTime.class);
                    return new Merge(rs.getLong("id"), rs.getLong("survivor_id"), rs.getLong("absorbed_id"),
                            json.readValue(rs.getString("keep"), new TypeReference<Map<String, String>>() { }),
                            json.readValue(rs.getString("moved"), new TypeReference<LinkedHashMap<String, MergeLedger.Entry>>() { }),
                            rs.getString("merged_by"), mergedAt, rs.getString("undone_by"), undoneAt,
                            undoneAt == null && mergedAt.plus(UNDO_WINDOW).isAfter(today.now()));
                })
                .optional().orElseThrow(() -> new NotFound("business_merge", mergeId));
    }

    private void lock(long a, long b) {
        jdbc.sql("SELECT id FROM business WHERE id IN (?, ?) ORDER BY id FOR UPDATE").params(a, b).query(Long.class).list();
    }

    /**
     * The record, for an officer of its region: the survivor answers 404 to who may not see it and 403 to who sees it
     * but may not merge (a facilitator, an owner); the other record answers 404 outside the officer's jurisdiction.
     */
    private Side2 checked(CurrentUser me, long id, boolean survivor) {
        var b = jdbc.sql("""
                        SELECT b.id, b.name, b.region_code, o.user_id, b.version, b.merged_into
                        FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.id = ?""")
                .param(id)
                .query((rs, i) -> new Side2(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"),
                        rs.getObject("user_id", Long.class), rs.getInt("version"), rs.getObject("merged_into", Long.class)))
                .optional().orElseThrow(() -> new NotFound("business", id));
        if (!RegistryAccess.isEditor(me) || !access.canVerify(me, b.regionCode())) {
            if (survivor && access.canSee(me, b.id(), b.regionCode(), b.ownerUserId())) {
                throw new AccessDeniedException("only officers of the region merge businesses");
            }
            throw new NotFound("business", id);
        }
        return b;
    }

    private static void checkPair(Side2 s, Side2 a) {
        if (s.id() == a.id()) {
            throw InvalidInput.of("absorbedId", "registry.merge.same");
        }
        if (s.mergedInto() != null) {
            throw InvalidInput.of("survivorId", "registry.merge.alreadyMerged", s.name());
        }
        if (a.mergedInto() != null) {
            throw InvalidInput.of("absorbedId", "registry.merge.alreadyMerged", a.name());
        }
    }

    private Map<MergeFieldChoice, Side> choices(Map<String, String> keep, Map<String, Object> sv, Map<String, Object> av) {
        var chosen = new LinkedHashMap<MergeFieldChoice, Side>();
        for (var f : MergeFieldChoice.values()) {
            chosen.put(f, empty(f, sv) && !empty(f, av) ? Side.absorbed : Side.survivor);
        }
        var problems = new InvalidInput.Collector();
        if (keep != null) {
            keep.forEach((field, side) -> {
                var f = MergeFieldChoice.parse(field);
                if (f == null) {
                    problems.add("keep." + field, "registry.merge.keep.unknownField");
                } else if (!"survivor".equals(side) && !"absorbed".equals(side)) {
                    problems.add("keep." + field, "registry.merge.keep.invalidSide");
                } else {
                    chosen.put(f, Side.valueOf(side));
                }
            });
        }
        problems.throwIfAny();
        return chosen;
    }

    private static Map<String, String> names(Map<MergeFieldChoice, Side> chosen) {
        var m = new LinkedHashMap<String, String>();
        chosen.forEach((f, s) -> m.put(f.name(), s.name()));
        return m;
    }

    /** The merge columns of a record, and what follows from them, as JSON values. */
    private Map<String, Object> values(long id) {
        var columns = new ArrayList<String>();
        for (var f : MergeFieldChoice.values()) {
            columns.addAll(f.columns);
        }
        columns.addAll(DERIVED);
        columns.add("nib");
        String select = String.join(", ", columns.stream().distinct().map(c -> "'" + c + "', b." + c).toList());
        String text = jdbc.sql("SELECT jsonb_build_object(" + select + ", 'owner_name', o.full_name)::text"
                        + " FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.id = ?")
                .param(id).query(String.class).single();
        return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private static Map<String, Object> after(MergeFieldChoice f, Map<String, Object> values) {
        return values;
    }

    private static boolean empty(MergeFieldChoice f, Map<String, Object> values) {
        for (String c : f.columns) {
            Object v = values.get(c);
            if (v != null && !(v instanceof String s && s.isBlank()) && !(v instanceof List<?> l && l.isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private Object shown(MergeFieldChoice f, Map<String, Object> values) {
        return switch (f) {
            case owner -> values.get("owner_name");
            case regionCode -> values.get("region_code") == null ? null : regions.label((String) values.get("region_code"));
            case location -> values.get("latitude") == null ? null : values.get("latitude") + ", " + values.get("longitude");
            case kbliCodes -> values.get("kbli_codes") instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : null;
            default -> values.get(f.columns.get(0));
        };
    }

    private static java.math.BigDecimal decimal(Object value) {
        return value == null ? null : new java.math.BigDecimal(value.toString());
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM business WHERE id = ?").param(id).query(Integer.class).single();
    }

    private String name(long id) {
        return jdbc.sql("SELECT name FROM business WHERE id = ?").param(id).query(String.class).single();
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
