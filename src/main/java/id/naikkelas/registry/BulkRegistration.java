package id.naikkelas.registry;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The registry's bulk path for agency list imports (ADR 0005): the same validation and access rules
 * as {@link Businesses#register}, but a batch of a thousand businesses costs a handful of set-based
 * statements instead of thousands of round trips. Creation is audited once per batch; filling a
 * stored business's empty fields changes a record other agencies rely on, so that is audited per business.
 */
@Component
class BulkRegistration {

    /** Audit entity of one committed batch; its changes list the business ids it created or linked. */
    static final String BATCH_ENTITY = "business.batch";

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final RegistryValidation validation;
    private final AuditTrail audit;
    private final NikVault vault;
    private final NewBusinessStage stage;
    private final PermitNumbers permitNumbers = PermitNumbers.load();

    BulkRegistration(JdbcClient jdbc, RegistryAccess access, RegistryValidation validation, AuditTrail audit, NikVault vault,
                     NewBusinessStage stage) {
        this.vault = vault;
        this.stage = stage;
        this.jdbc = jdbc;
        this.access = access;
        this.validation = validation;
        this.audit = audit;
    }

    List<List<InvalidInput.Violation>> check(List<BusinessData> entries) {
        var result = new ArrayList<List<InvalidInput.Violation>>(entries.size());
        for (var entry : entries) {
            try {
                validation.business(entry);
                result.add(List.of());
            } catch (InvalidInput invalid) {
                result.add(invalid.violations());
            }
        }
        return result;
    }

    List<Long> registerAll(List<BusinessData> entries, String source) {
        if (entries.isEmpty()) {
            return List.of();
        }
        CurrentUser me = editor();
        var problems = new InvalidInput.Collector();
        var clean = new ArrayList<RegistryValidation.CleanBusiness>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            try {
                var checked = validation.business(entries.get(i));
                if (!me.jurisdiction().covers(checked.data().regionCode())) {
                    problems.add("[" + i + "].regionCode", "registry.region.outsideJurisdiction");
                }
                clean.add(checked);
            } catch (InvalidInput invalid) {
                String entry = "[" + i + "].";
                invalid.violations().forEach(v -> problems.add(entry + v.field(), v.code(), v.args().toArray()));
                clean.add(null);
            }
        }
        problems.throwIfAny();
        checkNibsFree(clean);
        var ids = stage.insert(clean, source, me.agencyId(), me.username());
        recordBatch("IMPORT", ids, clean.stream().map(c -> c.data().regionCode()).toList(), source);
        return ids;
    }

    int linkAll(Map<Long, BusinessData> incoming, String source) {
        if (incoming.isEmpty()) {
            return 0;
        }
        CurrentUser me = editor();
        var ids = new ArrayList<>(incoming.keySet());
        var stored = new HashMap<Long, Current>();
        jdbc.sql("""
                        SELECT b.id, b.region_code, b.nib, b.npwp, b.kbli_codes, b.address, b.workers, b.founded_year, b.capital,
                               b.annual_sales, b.premises, b.equipment, b.production_sites, b.outlets, o.id AS owner_id,
                               o.user_id AS owner_user_id, o.nik_sealed, o.gender, o.phone, o.email
                        FROM business b JOIN owner o ON o.id = b.owner_id
                        WHERE b.id = ANY(CAST(:ids AS bigint[])) FOR UPDATE OF b""")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, i) -> Current.map(rs, vault)).list().forEach(c -> stored.put(c.id(), c));
        for (long id : ids) {
            var current = stored.get(id);
            if (current == null || !access.canEdit(me, current.regionCode(), current.ownerUserId())) {
                throw new NotFound("business", id);
            }
        }
        var filled = new ArrayList<Filled>();
        var takenNibs = existing("SELECT nib FROM business WHERE nib = ANY(CAST(:values AS varchar[]))",
                incoming.values().stream().map(BusinessData::nib).toList());
        var takenNiks = new HashSet<>(ownersByNik(incoming.values().stream().map(d -> d.owner() == null ? null : d.owner().nik()).toList())
                .keySet());
        var ownersFilled = new HashSet<Long>();
        for (long id : ids) {
            var clean = validation.business(incoming.get(id));
            var current = stored.get(id);
            var fill = current.fillFrom(clean.data(), takenNibs, takenNiks, ownersFilled.contains(current.ownerId()));
            if (!fill.isEmpty()) {
                filled.add(new Filled(current, fill));
                // two rows of one batch must not give the same identifier to two records, nor fill one person twice
                if (fill.containsKey("nib")) {
                    takenNibs.add((String) fill.get("nib"));
                }
                if (fill.containsKey("owner.nik")) {
                    takenNiks.add((String) fill.get("owner.nik"));
                }
                if (fill.keySet().stream().anyMatch(k -> k.startsWith("owner."))) {
                    ownersFilled.add(current.ownerId());
                }
            }
        }
        applyFills(filled);
        addSources(ids, source, me.agencyId());
        recordBatch("LINK", ids, ids.stream().map(id -> stored.get(id).regionCode()).toList(), source);
        return filled.size();
    }

    void recordListed(List<ListedDetails> details) {
        if (details.isEmpty()) {
            return;
        }
        CurrentUser me = editor();
        // one business may come from several lines of a chunk: their details together, in order
        var permitsOf = new LinkedHashMap<Long, List<ListedDetails.Permit>>();
        var notesOf = new LinkedHashMap<Long, List<String>>();
        for (var d : details) {
            permitsOf.computeIfAbsent(d.businessId(), id -> new ArrayList<>()).addAll(d.permits());
            notesOf.computeIfAbsent(d.businessId(), id -> new ArrayList<>()).addAll(d.notes());
        }
        var ids = new ArrayList<>(permitsOf.keySet());
        var stored = new HashMap<Long, Listed>();
        jdbc.sql("""
                        SELECT b.id, b.region_code, b.notes, o.user_id AS owner_user_id
                        FROM business b JOIN owner o ON o.id = b.owner_id
                        WHERE b.id = ANY(CAST(:ids AS bigint[])) FOR UPDATE OF b""")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, i) -> new Listed(rs.getLong("id"), rs.getString("region_code"), rs.getObject("owner_user_id", Long.class),
                        rs.getString("notes")))
                .list().forEach(l -> stored.put(l.id(), l));
        for (long id : ids) {
            var current = stored.get(id);
            if (current == null || !access.canEdit(me, current.regionCode(), current.ownerUserId())) {
                throw new NotFound("business", id);
            }
        }
        // valid numbers, checked again here: the registry keeps only numbers its own rule accepts
        var wanted = new LinkedHashMap<String, Long>();
        var wantedPermit = new HashMap<String, ListedDetails.Permit>();
        permitsOf.forEach((id, permits) -> {
            for (var p : permits) {
                var check = permitNumbers.check(p.type(), p.number());
                if (!check.valid()) {
                    notesOf.get(id).add(p.noteIfRefused());
                    continue;
                }
                String key = p.type().name() + " " + check.normalized();
                if (wanted.putIfAbsent(key, id) == null) {
                    wantedPermit.put(key, p);
                } else if (!wanted.get(key).equals(id)) {
                    // two businesses of one batch name the same number: the first keeps it
                    notesOf.get(id).add(p.noteIfRefused());
                }
            }
        });
        var heldBy = new HashMap<String, Long>();
        if (!wanted.isEmpty()) {
            var types = wanted.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).toArray(String[]::new);
            var numbers = wanted.keySet().stream().map(k -> k.substring(k.indexOf(' ') + 1)).toArray(String[]::new);
            jdbc.sql("""
                            SELECT pm.type, pm.number, pm.business_id FROM permit pm
                            JOIN unnest(CAST(:types AS varchar[]), CAST(:numbers AS varchar[])) AS u(type, number)
                              ON pm.type = u.type AND pm.number = u.number
                            WHERE pm.product_id IS NULL""")
                    .param("types", types).param("numbers", numbers)
                    .query((rs, i) -> heldBy.put(rs.getString("type") + " " + rs.getString("number"), rs.getLong("business_id"))).list();
        }
        var newPermits = new LinkedHashMap<Long, List<String>>();
        var insertIds = new ArrayList<Long>();
        var insertRegions = new ArrayList<String>();
        var insertTypes = new ArrayList<String>();
        var insertNumbers = new ArrayList<String>();
        wanted.forEach((key, id) -> {
            Long holder = heldBy.get(key);
            if (holder == null) {
                insertIds.add(id);
                insertRegions.add(stored.get(id).regionCode());
                insertTypes.add(key.substring(0, key.indexOf(' ')));
                insertNumbers.add(key.substring(key.indexOf(' ') + 1));
                newPermits.computeIfAbsent(id, x -> new ArrayList<>()).add(key);
            } else if (holder != id.longValue()) {
                notesOf.get(id).add(wantedPermit.get(key).noteIfRefused());
            }
        });
        if (!insertIds.isEmpty()) {
            // a number recorded meanwhile by another import is left to it (the unique permit number)
            jdbc.sql("""
                            INSERT INTO permit (business_id, product_id, region_code, type, number)
                            SELECT u.business_id, NULL, u.region_code, u.type, u.number
                            FROM unnest(CAST(:ids AS bigint[]), CAST(:regions AS varchar[]), CAST(:types AS varchar[]),
                                        CAST(:numbers AS varchar[])) AS u(business_id, region_code, type, number)
                            ON CONFLICT DO NOTHING""")
                    .param("ids", insertIds.toArray(Long[]::new)).param("regions", insertRegions.toArray(String[]::new))
                    .param("types", insertTypes.toArray(String[]::new)).param("numbers", insertNumbers.toArray(String[]::new))
                    .update();
        }
        var noteIds = new ArrayList<Long>();
        var noteTexts = new ArrayList<String>();
        var changes = new ArrayList<AuditTrail.EntityChange>();
        for (long id : ids) {
            var current = stored.get(id);
            String notes = appendedNotes(current.notes(), notesOf.get(id), BusinessData.NOTES_MAX);
            var before = new LinkedHashMap<String, Object>();
            var after = new LinkedHashMap<String, Object>();
            if (!Objects.equals(notes, current.notes())) {
                noteIds.add(id);
                noteTexts.add(notes);
                before.put("notes", current.notes());
                after.put("notes", notes);
            }
            if (newPermits.containsKey(id)) {
                before.put("permits", null);
                after.put("permits", newPermits.get(id));
            }
            if (!after.isEmpty()) {
                changes.add(new AuditTrail.EntityChange(id, current.regionCode(), before, after));
            }
        }
        if (!noteIds.isEmpty()) {
            jdbc.sql("""
                            UPDATE business b SET notes = u.notes, updated_at = now(), version = b.version + 1
                            FROM unnest(CAST(:ids AS bigint[]), CAST(:notes AS text[])) AS u(id, notes)
                            WHERE b.id = u.id""")
                    .param("ids", noteIds.toArray(Long[]::new)).param("notes", noteTexts.toArray(String[]::new)).update();
        }
        audit.changedEach("business", changes);
    }

    /** Ends a note cut to fit its column: the officer sees that something was left out. */
    static final String CUT = "\u2026";

    /**
     * {@code stored} with each line of {@code lines} it does not already hold appended on a line of its own (blank
     * lines and repeats ignored), cut to {@code max} characters ending with "…". A note already cut takes nothing
     * more, so importing the same list again leaves it as it is.
     */
    static String appendedNotes(String stored, List<String> lines, int max) {
        var held = new HashSet<String>();
        if (stored != null) {
            if (stored.endsWith(CUT) && stored.length() >= max - 1) {
                return stored;
            }
            for (String line : stored.split("\n")) {
                held.add(line.strip());
            }
        }
        var text = new StringBuilder(stored == null ? "" : stored);
        for (String line : lines) {
            String clean = line == null ? "" : id.naikkelas.common.Spacing.collapse(line.strip());
            if (clean.isEmpty() || !held.add(clean)) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(clean);
        }
        String result = text.isEmpty() ? null : text.toString();
        if (result != null && result.length() > max) {
            result = result.substring(0, max - 1).stripTrailing() + CUT;
        }
        return Objects.equals(result, stored) || result == null ? stored : result;
    }

    private record Listed(long id, String regionCode, Long ownerUserId, String notes) {
    }

    void unlink(long businessId, String source, String regionCode) {
        int removed = jdbc.sql("DELETE FROM business_source WHERE business_id = ? AND source = ?").params(businessId, source).update();
        if (removed > 0) {
            audit.action("business", businessId, "UNLINK", regionCode, Map.of("source", source), Map.of());
        }
    }

    private CurrentUser editor() {
        CurrentUser me = access.me();
        if (!RegistryAccess.isEditor(me)) {
            throw new AccessDeniedException("only agency staff import lists");
        }
        return me;
    }

    private Set<String> existing(String sql, List<String> values) {
        var wanted = values.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        return wanted.length == 0 ? new HashSet<>() : new HashSet<>(jdbc.sql(sql).param("values", wanted).query(String.class).list());
    }

    /** The owners already holding these NIKs (nulls ignored), by NIK, found through their keyed hashes in one query. */
    private Map<String, Long> ownersByNik(List<String> niks) {
        var nikOfHash = new HashMap<String, String>();
        niks.stream().filter(Objects::nonNull).distinct().forEach(nik -> nikOfHash.put(vault.hash(nik), nik));
        var owners = new HashMap<String, Long>();
        if (!nikOfHash.isEmpty()) {
            jdbc.sql("SELECT id, nik_hash FROM owner WHERE nik_hash = ANY(CAST(:hashes AS varchar[]))")
                    .param("hashes", nikOfHash.keySet().toArray(String[]::new))
                    .query((rs, i) -> owners.put(nikOfHash.get(rs.getString("nik_hash")), rs.getLong("id"))).list();
        }
        return owners;
    }

    private void checkNibsFree(List<RegistryValidation.CleanBusiness> clean) {
        var problems = new InvalidInput.Collector();
        var seen = new HashSet<String>();
        var taken = existing("SELECT nib FROM business WHERE nib = ANY(CAST(:values AS varchar[]))",
                clean.stream().map(c -> c.data().nib()).toList());
        for (int i = 0; i < clean.size(); i++) {
            String nib = clean.get(i).data().nib();
            if (nib != null && (taken.contains(nib) || !seen.add(nib))) {
                problems.add("[" + i + "].nib", "registry.nib.taken");
            }
        }
        problems.throwIfAny();
    }

    private void addSources(List<Long> ids, String source, Long agencyId) {
        jdbc.sql("""
                        INSERT INTO business_source (business_id, source, agency_id)
                        SELECT id, :source, :agency FROM unnest(CAST(:ids AS bigint[])) AS u(id)
                        ON CONFLICT DO NOTHING""")
                .param("ids", ids.toArray(Long[]::new)).param("source", source).param("agency", agencyId)
                .update();
    }

    /** One audit event per batch, on the region all its businesses share (or the province, or none). */
    private void recordBatch(String action, List<Long> ids, List<String> regionCodes, String source) {
        var after = new LinkedHashMap<String, Object>();
        after.put("source", source);
        after.put("count", ids.size());
        after.put("businessIds", ids);
        audit.action(BATCH_ENTITY, ids.get(0), action, commonPrefix(regionCodes), Map.of(), after);
    }

    static String commonPrefix(List<String> codes) {
        String prefix = codes.get(0);
        for (String code : codes) {
            while (!code.equals(prefix) && !(code.startsWith(prefix) && code.charAt(prefix.length()) == '.')) {
                int dot = prefix.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                prefix = prefix.substring(0, dot);
            }
        }
        return prefix;
    }

    private void applyFills(List<Filled> filled) {
        if (filled.isEmpty()) {
            return;
        }
        var businesses = filled.stream().filter(f -> f.fill().keySet().stream().anyMatch(k -> !k.startsWith("owner."))).toList();
        if (!businesses.isEmpty()) {
            var rows = businesses.stream().map(f -> f.current().with(f.fill())).toList();
            jdbc.sql("""
                            UPDATE business b SET nib = u.nib, npwp = u.npwp, kbli_codes = coalesce(string_to_array(u.kbli, ','), '{}'),
                                address = u.address, workers = u.workers, founded_year = u.founded, capital = u.capital,
                                annual_sales = u.sales, scale = u.scale, premises = u.premises, equipment = u.equipment,
                                production_sites = u.sites, outlets = u.outlets, updated_at = now(), version = b.version + 1
                            FROM unnest(CAST(:ids AS bigint[]), CAST(:nibs AS varchar[]), CAST(:npwps AS varchar[]), CAST(:kblis AS text[]),
                                        CAST(:addresses AS text[]), CAST(:workers AS integer[]), CAST(:founded AS integer[]),
                                        CAST(:capitals AS numeric[]), CAST(:sales AS numeric[]), CAST(:scales AS varchar[]),
                                        CAST(:premises AS varchar[]), CAST(:equipment AS varchar[]), CAST(:sites AS integer[]),
                                        CAST(:outlets AS integer[]))
                                 AS u(id, nib, npwp, kbli, address, workers, founded, capital, sales, scale, premises, equipment, sites, outlets)
                            WHERE b.id = u.id""")
                    .param("ids", column(rows, r -> r.id(), Long[]::new))
                    .param("nibs", column(rows, Current::nib))
                    .param("npwps", column(rows, Current::npwp))
                    .param("kblis", column(rows, r -> r.kbliCodes().isEmpty() ? null : String.join(",", r.kbliCodes())))
                    .param("addresses", column(rows, Current::address))
                    .param("workers", column(rows, Current::workers, Integer[]::new))
                    .param("founded", column(rows, Current::foundedYear, Integer[]::new))
                    .param("capitals", column(rows, r -> plain(r.capital())))
                    .param("sales", column(rows, r -> plain(r.annualSales())))
                    .param("scales", column(rows, r -> scaleName(validation.scale(r.capital(), r.annualSales()))))
                    .param("premises", column(rows, Current::premises))
                    .param("equipment", column(rows, Current::equipment))
                    .param("sites", column(rows, Current::productionSites, Integer[]::new))
                    .param("outlets", column(rows, Current::outlets, Integer[]::new))
                    .update();
        }
        var owners = filled.stream().filter(f -> f.fill().keySet().stream().anyMatch(k -> k.startsWith("owner."))).toList();
        if (!owners.isEmpty()) {
            var rows = owners.stream().map(f -> f.current().with(f.fill())).toList();
            jdbc.sql("""
                            UPDATE owner o SET nik_sealed = u.sealed, nik_hash = u.hash, nik_masked = u.masked, gender = u.gender,
                                phone = u.phone, email = u.email, updated_at = now(), version = o.version + 1
                            FROM unnest(CAST(:ids AS bigint[]), CAST(:sealed AS text[]), CAST(:hashes AS varchar[]),
                                        CAST(:masked AS varchar[]), CAST(:genders AS varchar[]), CAST(:phones AS varchar[]),
                                        CAST(:emails AS varchar[]))
                                 AS u(id, sealed, hash, masked, gender, phone, email)
                            WHERE o.id = u.id""")
                    .param("ids", column(rows, Current::ownerId, Long[]::new))
                    .param("sealed", column(rows, r -> vault.seal(r.nik())))
                    .param("hashes", column(rows, r -> vault.hash(r.nik())))
                    .param("masked", column(rows, r -> r.nik() == null ? null : Nik.mask(r.nik())))
                    .param("genders", column(rows, Current::gender))
                    .param("phones", column(rows, Current::phone))
                    .param("emails", column(rows, Current::email))
                    .update();
        }
        var changes = new ArrayList<AuditTrail.EntityChange>(filled.size());
        for (var f : filled) {
            var before = new LinkedHashMap<String, Object>();
            f.fill().keySet().forEach(field -> before.put(field, null));
            var after = new LinkedHashMap<String, Object>(f.fill());
            after.computeIfPresent("owner.nik", (k, nik) -> Nik.mask((String) nik));
            changes.add(new AuditTrail.EntityChange(f.current().id(), f.current().regionCode(), before, after));
        }
        audit.changedEach("business", changes);
    }

    /** Amounts travel as text: the driver has no array type for BigDecimal. */
    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static String scaleName(BusinessScale scale) {
        return scale == null ? null : scale.name();
    }

    private static <T> String[] column(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static <T, V> V[] column(List<T> rows, Function<T, V> value, IntFunction<V[]> array) {
        return rows.stream().map(value).toArray(array);
    }

    private record Filled(Current current, Map<String, Object> fill) {
    }

    /** The stored values a fill may complete. */
    private record Current(long id, String regionCode, String nib, String npwp, List<String> kbliCodes, String address,
                           Integer workers, Integer foundedYear, BigDecimal capital, BigDecimal annualSales, String premises,
                           String equipment, Integer productionSites, Integer outlets, long ownerId, Long ownerUserId, String nik,
                           String gender, String phone, String email) {

        static Current map(ResultSet rs, NikVault vault) throws SQLException {
            return new Current(rs.getLong("id"), rs.getString("region_code"), rs.getString("nib"), rs.getString("npwp"),
                    Arrays.asList((String[]) rs.getArray("kbli_codes").getArray()), rs.getString("address"),
                    rs.getObject("workers", Integer.class), rs.getObject("founded_year", Integer.class), rs.getBigDecimal("capital"),
                    rs.getBigDecimal("annual_sales"), rs.getString("premises"), rs.getString("equipment"),
                    rs.getObject("production_sites", Integer.class), rs.getObject("outlets", Integer.class), rs.getLong("owner_id"),
                    rs.getObject("owner_user_id", Long.class), vault.open(rs.getString("nik_sealed")), rs.getString("gender"), rs.getString("phone"),
                    rs.getString("email"));
        }

        /** Field name to the incoming value, for each field stored empty that the incoming entry has. */
        Map<String, Object> fillFrom(BusinessData in, Set<String> takenNibs, Set<String> takenNiks, boolean ownerAlreadyFilled) {
            var fill = new LinkedHashMap<String, Object>();
            if (!takenNibs.contains(in.nib())) {
                put(fill, "nib", nib, in.nib());
            }
            put(fill, "npwp", npwp, in.npwp());
            if (kbliCodes.isEmpty() && !in.kbliCodes().isEmpty()) {
                fill.put("kbliCodes", List.copyOf(in.kbliCodes()));
            }
            put(fill, "address", address, in.address());
            put(fill, "workers", workers, in.workers());
            put(fill, "foundedYear", foundedYear, in.foundedYear());
            put(fill, "capital", capital, in.capital());
            put(fill, "annualSales", annualSales, in.annualSales());
            put(fill, "premises", premises, in.premises() == null ? null : in.premises().name());
            put(fill, "equipment", equipment, in.equipment() == null ? null : in.equipment().name());
            put(fill, "productionSites", productionSites, in.productionSites());
            put(fill, "outlets", outlets, in.outlets());
            if (ownerAlreadyFilled) {
                return fill;
            }
            var o = in.owner();
            if (!takenNiks.contains(o.nik())) {
                put(fill, "owner.nik", nik, o.nik());
            }
            put(fill, "owner.gender", gender, o.gender());
            put(fill, "owner.phone", phone, o.phone());
            put(fill, "owner.email", email, o.email());
            return fill;
        }

        @SuppressWarnings("unchecked")
        Current with(Map<String, Object> fill) {
            return new Current(id, regionCode, (String) fill.getOrDefault("nib", nib), (String) fill.getOrDefault("npwp", npwp),
                    (List<String>) fill.getOrDefault("kbliCodes", kbliCodes), (String) fill.getOrDefault("address", address),
                    (Integer) fill.getOrDefault("workers", workers), (Integer) fill.getOrDefault("foundedYear", foundedYear),
                    (BigDecimal) fill.getOrDefault("capital", capital), (BigDecimal) fill.getOrDefault("annualSales", annualSales),
                    (String) fill.getOrDefault("premises", premises), (String) fill.getOrDefault("equipment", equipment),
                    (Integer) fill.getOrDefault("productionSites", productionSites), (Integer) fill.getOrDefault("outlets", outlets),
                    ownerId, ownerUserId, (String) fill.getOrDefault("owner.nik", nik), (String) fill.getOrDefault("owner.gender", gender),
                    (String) fill.getOrDefault("owner.phone", phone), (String) fill.getOrDefault("owner.email", email));
        }

        private static void put(Map<String, Object> fill, String field, Object stored, Object incoming) {
            if (stored == null && incoming != null) {
                fill.put(field, incoming);
            }
        }
    }
}
