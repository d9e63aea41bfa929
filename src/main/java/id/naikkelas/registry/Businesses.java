package id.naikkelas.registry;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.reference.Regions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The business registry: one trustworthy record per business, shared by every agency. */
@Service
public class Businesses {

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final RegistryValidation validation;
    private final AuditTrail audit;
    private final Regions regions;
    private final BusinessSearch search;
    private final BulkRegistration bulk;
    private final NikVault vault;
    private final org.springframework.context.ApplicationEventPublisher events;

    Businesses(JdbcClient jdbc, RegistryAccess access, RegistryValidation validation, AuditTrail audit, Regions regions,
               BusinessSearch search, BulkRegistration bulk, NikVault vault, org.springframework.context.ApplicationEventPublisher events) {
        this.vault = vault;
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.validation = validation;
        this.audit = audit;
        this.regions = regions;
        this.search = search;
        this.bulk = bulk;
    }

    /** Registers a business for the signed-in user: staff on an owner's behalf, or an owner for themselves. */
    @Transactional
    public long register(BusinessData data, String source) {
        CurrentUser me = access.me();
        var clean = validation.business(data);
        access.checkCanCreateIn(me, clean.data().regionCode());
        Long ownerUserId = RegistryAccess.isEditor(me) ? null : me.id();
        return insert(clean, ownerUserId, source == null ? "petugas:" + me.username() : source, me.agencyId(), me.username());
    }

    /** Refuses those who may not register a business anywhere (facilitators, partners, buyers): the form is not theirs. */
    public void checkCanRegister() {
        access.checkCanRegister(access.me());
    }

    /** Self-registration: the owner's account was just created and nobody is signed in yet. */
    @Transactional
    long registerForNewOwner(BusinessData data, long ownerUserId, String username) {
        return insert(validation.business(data), ownerUserId, "pendaftaran-mandiri", null, username);
    }

    /**
     * Checks entries with the rules of {@link #register} without saving anything: one list of violations per
     * entry, empty when the entry is valid. List imports use it to report every bad row at once.
     */
    public List<List<InvalidInput.Violation>> check(List<BusinessData> entries) {
        return bulk.check(entries);
    }

    /**
     * Bulk path for agency list imports: registers a batch for the signed-in staff member, all or nothing, with the
     * validation and jurisdiction rule of {@link #register}. Set-based inserts and one audit event for the whole batch
     * instead of one per business, so a million-row list stays affordable (ADR 0005). Returns the new ids in order.
     */
    @Transactional
    public List<Long> registerAll(List<BusinessData> entries, String source) {
        return bulk.registerAll(entries, source);
    }

    /**
     * Records that {@code source} also lists these existing businesses (by id) and fills only their empty fields from
     * the incoming entry; a stored value is never overwritten. Each business that gains a value gets its own audit
     * event. Returns how many businesses gained a value.
     */
    @Transactional
    public int linkAll(Map<Long, BusinessData> incoming, String source) {
        return bulk.linkAll(incoming, source);
    }

    /**
     * What an imported list says beyond the business's fields (issue 16): its permits, recorded as business-level
     * permits where not already on record (a re-import adds nothing: the unique permit number), and note lines
     * appended where the business's notes do not already hold them. A number another business already holds goes
     * into the note instead. Set-based; each business that gains something gets its own audit event.
     */
    @Transactional
    public void recordListed(List<ListedDetails> details) {
        bulk.recordListed(details);
    }

    /** Forgets that {@code source} lists a business, e.g. when the merge that linked them is undone. */
    @Transactional
    public void unlink(long id, String source) {
        CurrentUser me = access.me();
        var b = load(id);
        if (!access.canEdit(me, b.regionCode(), b.ownerUserId())) {
            throw new NotFound("business", id);
        }
        bulk.unlink(id, source, b.regionCode());
    }

    @Transactional
    public void update(long id, int version, BusinessData data) {
        CurrentUser me = access.me();
        var before = load(id);
        if (!access.canEdit(me, before.regionCode(), before.ownerUserId())) {
            throw new NotFound("business", id);
        }
        if (mergedInto(id).isPresent()) {
            throw InvalidInput.of("name", "registry.merge.absorbedReadOnly");
        }
        var withNik = keepHiddenNik(data, before);
        var clean = validation.business(withNik);
        if (!clean.data().regionCode().equals(before.regionCode()) && RegistryAccess.isEditor(me)
                && !me.jurisdiction().covers(clean.data().regionCode())) {
            throw InvalidInput.of("regionCode", "registry.region.outsideJurisdiction");
        }
        var d = clean.data();
        int updated;
        try {
            updated = jdbc.sql("""
                            UPDATE business SET name = :name, legal_form = :legalForm, nib = :nib, npwp = :npwp, kbli_codes = :kbli,
                                sector = :sector, address = :address, region_code = :region, latitude = :lat, longitude = :lon,
                                workers = :workers, founded_year = :founded, capital = :capital, annual_sales = :sales, scale = :scale,
                                premises = :premises, equipment = :equipment, production_sites = :sites, outlets = :outlets,
                                kind = :kind, menu_items = :menuItems, notes = :notes, search_doc = search_text(:searchDoc), updated_at = now(), version = version + 1
                            WHERE id = :id AND version = :version""")
                    .params(businessParams(clean)).param("id", id).param("version", version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("nib", "registry.nib.taken");
        }
        if (updated == 0) {
            throw new EditConflict("business", id);
        }
        var owner = d.owner();
        try {
            jdbc.sql("""
                            UPDATE owner SET full_name = ?, nik_sealed = ?, nik_hash = ?, nik_masked = ?, gender = ?, phone = ?,
                                email = ?, updated_at = now(), version = version + 1
                            WHERE id = ?""")
                    .params(owner.fullName(), vault.seal(owner.nik()), vault.hash(owner.nik()), clean.ownerNikMasked(), owner.gender(),
                            owner.phone(), owner.email(), before.ownerId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("owner.nik", "registry.nik.taken");
        }
        jdbc.sql("UPDATE product SET region_code = ? WHERE business_id = ? AND region_code <> ?").params(d.regionCode(), id, d.regionCode()).update();
        jdbc.sql("UPDATE permit SET region_code = ? WHERE business_id = ? AND region_code <> ?").params(d.regionCode(), id, d.regionCode()).update();
        audit.changed("business", id, d.regionCode(), before.auditState(), auditState(d, clean.scale(), clean.ownerNikMasked(), before.status()));
        if (!d.regionCode().equals(before.regionCode())) {
            events.publishEvent(new BusinessMoved(id, before.regionCode(), d.regionCode()));
        }
    }

    /** The business this one was merged into, while the merge stands (its page leads there). */
    public Optional<Long> mergedInto(long id) {
        return jdbc.sql("SELECT merged_into FROM business WHERE id = ? AND merged_into IS NOT NULL").param(id).query(Long.class).optional();
    }

    /** An officer of the business's region confirms the record is real and correct. */
    @Transactional
    public void verify(long id) {
        changeStatus(id, BusinessStatus.VERIFIED, "VERIFY");
    }

    @Transactional
    public void deactivate(long id) {
        changeStatus(id, BusinessStatus.INACTIVE, "DEACTIVATE");
    }

    public BusinessDetail get(long id) {
        CurrentUser me = access.me();
        var b = load(id);
        if (!access.canSee(me, b.id(), b.regionCode(), b.ownerUserId())) {
            throw new NotFound("business", id);
        }
        boolean fullNik = access.canSeeFullNik(me, b.regionCode(), b.ownerUserId());
        var owner = jdbc.sql("SELECT full_name, nik_sealed, nik_masked, gender, phone, email FROM owner WHERE id = ?")
                .param(b.ownerId())
                .query((rs, i) -> new BusinessDetail.Owner(rs.getString("full_name"),
                        fullNik ? vault.open(rs.getString("nik_sealed")) : rs.getString("nik_masked"), rs.getString("gender"),
                        rs.getString("phone"), rs.getString("email"),
                        rs.getString("phone") == null ? null : PhoneNumbers.waMeLink(rs.getString("phone")).orElse(null)))
                .single();
        var sources = jdbc.sql("SELECT source FROM business_source WHERE business_id = ? ORDER BY first_seen").param(id)
                .query(String.class).list();
        return new BusinessDetail(b.id(), b.name(), b.legalForm(), b.nib(), b.npwp(), b.kbliCodes(), b.sector(), b.address(),
                b.regionCode(), regions.label(b.regionCode()), b.latitude(), b.longitude(), b.workers(), b.foundedYear(),
                b.capital(), b.annualSales(), b.scale(), b.premises(), b.equipment(), b.productionSites(), b.outlets(),
                b.kind(), b.menuItems(), b.status(), b.verifiedBy(), b.verifiedAt(), owner, sources, products(id), permits(id),
                b.version(), permissions(me, b), b.contactPhone(), b.notes());
    }

    /**
     * Refuses, as {@link #get} does (not found), a business the signed-in user may not see; for callers that only
     * check. One {@code EXISTS} query under the same rule ({@link RegistryAccess#visible}), no owner, NIK, products
     * or permits read.
     */
    public void requireVisible(long id) {
        var scope = access.visible(access.me());
        boolean visible = jdbc.sql("SELECT EXISTS (SELECT 1 FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.id = :id AND "
                        + scope.sql() + ")")
                .param("id", id).params(scope.params()).query(Boolean.class).single();
        if (!visible) {
            throw new NotFound("business", id);
        }
    }

    /** The business as {@link #get} checks it, without its owner, products and permits: for work on its cases. */
    public BusinessStanding standing(long id) {
        CurrentUser me = access.me();
        var b = load(id);
        if (!access.canSee(me, b.id(), b.regionCode(), b.ownerUserId())) {
            throw new NotFound("business", id);
        }
        return standing(me, b);
    }

    /**
     * {@link #standing} of many businesses in one read, for bulk work such as enrolling a list into a program; those
     * the user may not see, or that do not exist, are left out.
     */
    public Map<Long, BusinessStanding> standings(java.util.Collection<Long> ids) {
        CurrentUser me = access.me();
        var found = new LinkedHashMap<Long, BusinessStanding>();
        if (ids.isEmpty()) {
            return found;
        }
        var scope = access.visible(me);
        jdbc.sql("""
                        SELECT b.*, o.user_id AS owner_user_id, o.full_name AS owner_name, o.nik_masked, o.gender, o.phone, o.email
                        FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.id = ANY(:ids) AND """ + " " + scope.sql())
                .params(scope.params()).param("ids", ids.toArray(Long[]::new))
                .query(Stored::map).list()
                .forEach(b -> found.put(b.id(), standing(me, b)));
        return found;
    }

    private BusinessStanding standing(CurrentUser me, Stored b) {
        return new BusinessStanding(b.id(), b.name(), b.regionCode(), b.nib(), b.scale(), permissions(me, b), b.sector(), b.status());
    }

    private BusinessDetail.Permissions permissions(CurrentUser me, Stored b) {
        return new BusinessDetail.Permissions(access.canEdit(me, b.regionCode(), b.ownerUserId()),
                access.canVerify(me, b.regionCode()) && b.status() == BusinessStatus.DRAFT);
    }

    /** The data as entered, for an edit form (NIK masked when the viewer may not see it). */
    public BusinessData dataOf(long id) {
        var detail = get(id);
        return new BusinessData(detail.name(), detail.legalForm(), detail.nib(), detail.npwp(), detail.kbliCodes(),
                detail.sector(), detail.address(), detail.regionCode(), detail.latitude(), detail.longitude(), detail.workers(),
                detail.foundedYear(), detail.capital(), detail.annualSales(), detail.premises(), detail.equipment(),
                detail.productionSites(), detail.outlets(),
                new BusinessData.OwnerData(detail.owner().fullName(), detail.owner().nik(), detail.owner().gender(),
                        detail.owner().phone(), detail.owner().email()), detail.kind(), detail.menuItems(), detail.notes());
    }

    public Page<BusinessRow> search(SearchCriteria criteria, String cursor, int size) {
        CurrentUser me = access.me();
        access.checkCanSearch(me);
        return search.search(access.visible(me), access.regionBounds(me), criteria, cursor, Math.max(1, Math.min(size, 100)));
    }

    /** Counts per status within what the user may see (for home pages). */
    public Map<BusinessStatus, Long> countsByStatus() {
        var scope = access.visible(access.me());
        var counts = new LinkedHashMap<BusinessStatus, Long>();
        for (var s : BusinessStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("SELECT b.status, count(*) AS n FROM business b LEFT JOIN owner o ON o.id = b.owner_id WHERE b.merged_into IS NULL AND " + scope.sql()
                        + " GROUP BY b.status")
                .params(scope.params())
                .query((rs, i) -> counts.put(BusinessStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /**
     * A SQL condition keeping rows whose business (the column given) the signed-in user may see,
     * for other modules' lists of business-bound records (cases, visits...).
     */
    public id.naikkelas.identity.Jurisdiction.SqlCondition visibleCondition(String businessIdColumn) {
        var scope = access.visible(access.me());
        return new id.naikkelas.identity.Jurisdiction.SqlCondition(
                "EXISTS (SELECT 1 FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.id = " + businessIdColumn
                        + " AND " + scope.sql() + ")", scope.params());
    }

    /** Region of a business the user may see; used by other registry services for their own access checks. */
    Visible visible(long businessId) {
        CurrentUser me = access.me();
        var b = load(businessId);
        if (!access.canSee(me, b.id(), b.regionCode(), b.ownerUserId())) {
            throw new NotFound("business", businessId);
        }
        return new Visible(b.id(), b.regionCode(), b.sector(), access.canEdit(me, b.regionCode(), b.ownerUserId()));
    }

    record Visible(long id, String regionCode, Sector sector, boolean editable) {
    }

    private long insert(RegistryValidation.CleanBusiness clean, Long ownerUserId, String source, Long agencyId, String createdBy) {
        var d = clean.data();
        long ownerId = ownerFor(d.owner(), clean.ownerNikMasked(), ownerUserId);
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO business (name, legal_form, nib, npwp, kbli_codes, sector, address, region_code, latitude, longitude,
                                workers, founded_year, capital, annual_sales, scale, premises, equipment, production_sites, outlets,
                                kind, menu_items, notes, search_doc, owner_id, created_by)
                            VALUES (:name, :legalForm, :nib, :npwp, :kbli, :sector, :address, :region, :lat, :lon, :workers, :founded,
                                :capital, :sales, :scale, :premises, :equipment, :sites, :outlets, :kind, :menuItems, :notes, search_text(:searchDoc), :ownerId, :createdBy)
                            RETURNING id""")
                    .params(businessParams(clean)).param("ownerId", ownerId).param("createdBy", createdBy)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("nib", "registry.nib.taken");
        }
        jdbc.sql("INSERT INTO business_source (business_id, source, agency_id) VALUES (?, ?, ?)").params(id, source, agencyId).update();
        audit.created("business", id, d.regionCode(), auditState(d, clean.scale(), clean.ownerNikMasked(), BusinessStatus.DRAFT));
        return id;
    }

    /** One owner row per person: the same NIK (or the same account) reuses it instead of duplicating the person. */
    private long ownerFor(BusinessData.OwnerData owner, String nikMasked, Long ownerUserId) {
        Optional<Long> existing = Optional.empty();
        if (owner.nik() != null) {
            existing = jdbc.sql("SELECT id FROM owner WHERE nik_hash = ?").param(vault.hash(owner.nik())).query(Long.class).optional();
        }
        if (existing.isEmpty() && ownerUserId != null) {
            existing = jdbc.sql("SELECT id FROM owner WHERE user_id = ? ORDER BY id LIMIT 1").param(ownerUserId).query(Long.class).optional();
        }
        if (existing.isPresent()) {
            if (ownerUserId != null) {
                jdbc.sql("UPDATE owner SET user_id = ? WHERE id = ? AND user_id IS NULL").params(ownerUserId, existing.get()).update();
            }
            return existing.get();
        }
        return jdbc.sql("""
                        INSERT INTO owner (full_name, nik_sealed, nik_hash, nik_masked, gender, phone, email, user_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(owner.fullName(), vault.seal(owner.nik()), vault.hash(owner.nik()), nikMasked, owner.gender(), owner.phone(),
                        owner.email(), ownerUserId)
                .query(Long.class).single();
    }

    private void changeStatus(long id, BusinessStatus status, String action) {
        CurrentUser me = access.me();
        var b = load(id);
        if (!access.canSee(me, b.id(), b.regionCode(), b.ownerUserId())) {
            throw new NotFound("business", id);
        }
        if (!access.canVerify(me, b.regionCode())) {
            throw new AccessDeniedException("only officers of the region change a business's status");
        }
        if (b.status() == status) {
            return;
        }
        jdbc.sql("""
                        UPDATE business SET status = ?, verified_by = CASE WHEN ? = 'VERIFIED' THEN ? ELSE verified_by END,
                            verified_at = CASE WHEN ? = 'VERIFIED' THEN now() ELSE verified_at END, updated_at = now(), version = version + 1
                        WHERE id = ?""")
                .params(status.name(), status.name(), me.username(), status.name(), id).update();
        audit.action("business", id, action, b.regionCode(), Map.of("status", b.status()), Map.of("status", status));
    }

    private List<ProductRow> products(long businessId) {
        return jdbc.sql("""
                        SELECT p.id, p.name, p.brand, p.food_category_code,
                               (SELECT min(ph.id) FROM product_photo ph WHERE ph.product_id = p.id) AS photo_id,
                               coalesce((SELECT array_agg(DISTINCT pm.type) FROM permit pm WHERE pm.product_id = p.id), '{}') AS permits
                        FROM product p WHERE p.business_id = ? AND p.active ORDER BY p.name, p.id""")
                .param(businessId)
                .query((rs, i) -> new ProductRow(rs.getLong("id"), rs.getString("name"), rs.getString("brand"),
                        rs.getString("food_category_code"), (Long) rs.getObject("photo_id", Long.class), permitTypes(rs)))
                .list();
    }

    List<PermitView> permits(long businessId) {
        return jdbc.sql("""
                        SELECT pm.id, pm.product_id, p.name AS product_name, pm.type, pm.number, pm.issued_on, pm.expires_on, pm.issuer
                        FROM permit pm LEFT JOIN product p ON p.id = pm.product_id
                        WHERE pm.business_id = ? ORDER BY pm.type, pm.number""")
                .param(businessId)
                .query(Businesses::permitView).list();
    }

    static PermitView permitView(ResultSet rs, int row) throws SQLException {
        return new PermitView(rs.getLong("id"), rs.getObject("product_id", Long.class), rs.getString("product_name"),
                PermitType.valueOf(rs.getString("type")), rs.getString("number"),
                rs.getObject("issued_on", java.time.LocalDate.class), rs.getObject("expires_on", java.time.LocalDate.class),
                rs.getString("issuer"));
    }

    static List<PermitType> permitTypes(ResultSet rs) throws SQLException {
        var array = rs.getArray("permits");
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).sorted().map(PermitType::valueOf).toList();
    }

    private BusinessData keepHiddenNik(BusinessData data, Stored before) {
        if (data.owner() == null || data.owner().nik() == null || !data.owner().nik().contains("•")) {
            return data;
        }
        String stored = vault.open(jdbc.sql("SELECT nik_sealed FROM owner WHERE id = ?").param(before.ownerId())
                .query(String.class).single());
        var o = data.owner();
        return new BusinessData(data.name(), data.legalForm(), data.nib(), data.npwp(), data.kbliCodes(), data.sector(),
                data.address(), data.regionCode(), data.latitude(), data.longitude(), data.workers(), data.foundedYear(),
                data.capital(), data.annualSales(), data.premises(), data.equipment(), data.productionSites(), data.outlets(),
                new BusinessData.OwnerData(o.fullName(), stored, o.gender(), o.phone(), o.email()), data.kind(), data.menuItems(),
                data.notes());
    }

    private static Map<String, Object> businessParams(RegistryValidation.CleanBusiness clean) {
        var d = clean.data();
        var p = new LinkedHashMap<String, Object>();
        p.put("name", d.name());
        p.put("legalForm", d.legalForm().name());
        p.put("nib", d.nib());
        p.put("npwp", d.npwp());
        p.put("kbli", d.kbliCodes().toArray(String[]::new));
        p.put("sector", d.sector().name());
        p.put("address", d.address());
        p.put("region", d.regionCode());
        p.put("lat", d.latitude());
        p.put("lon", d.longitude());
        p.put("workers", d.workers());
        p.put("founded", d.foundedYear());
        p.put("capital", d.capital());
        p.put("sales", d.annualSales());
        p.put("scale", clean.scale() == null ? null : clean.scale().name());
        p.put("premises", d.premises() == null ? null : d.premises().name());
        p.put("equipment", d.equipment() == null ? null : d.equipment().name());
        p.put("sites", d.productionSites());
        p.put("outlets", d.outlets());
        p.put("kind", d.kind() == null ? null : d.kind().name());
        p.put("menuItems", d.menuItems());
        p.put("notes", d.notes());
        p.put("searchDoc", clean.searchDoc());
        return p;
    }

    private static Map<String, Object> auditState(BusinessData d, BusinessScale scale, String nikMasked, BusinessStatus status) {
        var s = new LinkedHashMap<String, Object>();
        s.put("name", d.name());
        s.put("legalForm", d.legalForm());
        s.put("nib", d.nib());
        s.put("npwp", d.npwp());
        s.put("kbliCodes", d.kbliCodes());
        s.put("sector", d.sector());
        s.put("address", d.address());
        s.put("regionCode", d.regionCode());
        s.put("latitude", d.latitude());
        s.put("longitude", d.longitude());
        s.put("workers", d.workers());
        s.put("foundedYear", d.foundedYear());
        s.put("capital", d.capital());
        s.put("annualSales", d.annualSales());
        s.put("scale", scale);
        s.put("premises", d.premises());
        s.put("equipment", d.equipment());
        s.put("productionSites", d.productionSites());
        s.put("outlets", d.outlets());
        s.put("kind", d.kind());
        s.put("menuItems", d.menuItems());
        s.put("notes", d.notes());
        s.put("status", status);
        s.put("owner.fullName", d.owner().fullName());
        s.put("owner.nik", nikMasked);
        s.put("owner.gender", d.owner().gender());
        s.put("owner.phone", d.owner().phone());
        s.put("owner.email", d.owner().email());
        return s;
    }

    private Stored load(long id) {
        return jdbc.sql("""
                        SELECT b.*, o.user_id AS owner_user_id, o.full_name AS owner_name, o.nik_masked, o.gender, o.phone, o.email
                        FROM business b JOIN owner o ON o.id = b.owner_id WHERE b.id = ?""")
                .param(id).query(Stored::map).optional()
                .orElseThrow(() -> new NotFound("business", id));
    }

    /** The stored row, before access checks: never leaves this class. */
    private record Stored(long id, String name, LegalForm legalForm, String nib, String npwp, List<String> kbliCodes, Sector sector,
                          String address, String regionCode, BigDecimal latitude, BigDecimal longitude, Integer workers,
                          Integer foundedYear, BigDecimal capital, BigDecimal annualSales, BusinessScale scale, Premises premises,
                          Equipment equipment, Integer productionSites, Integer outlets, BusinessKind kind, Integer menuItems,
                          BusinessStatus status, String verifiedBy,
                          OffsetDateTime verifiedAt, long ownerId, Long ownerUserId, String ownerName, String nikMasked,
                          String gender, String phone, String email, int version, String contactPhone, String notes) {

        static Stored map(ResultSet rs, int row) throws SQLException {
            return new Stored(rs.getLong("id"), rs.getString("name"), LegalForm.valueOf(rs.getString("legal_form")),
                    rs.getString("nib"), rs.getString("npwp"), Arrays.asList((String[]) rs.getArray("kbli_codes").getArray()),
                    Sector.valueOf(rs.getString("sector")), rs.getString("address"), rs.getString("region_code"),
                    rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getObject("workers", Integer.class),
                    rs.getObject("founded_year", Integer.class), rs.getBigDecimal("capital"), rs.getBigDecimal("annual_sales"),
                    enumOrNull(BusinessScale.class, rs.getString("scale")), enumOrNull(Premises.class, rs.getString("premises")),
                    enumOrNull(Equipment.class, rs.getString("equipment")), rs.getObject("production_sites", Integer.class),
                    rs.getObject("outlets", Integer.class), enumOrNull(BusinessKind.class, rs.getString("kind")),
                    rs.getObject("menu_items", Integer.class), BusinessStatus.valueOf(rs.getString("status")),
                    rs.getString("verified_by"), rs.getObject("verified_at", OffsetDateTime.class), rs.getLong("owner_id"),
                    rs.getObject("owner_user_id", Long.class), rs.getString("owner_name"), rs.getString("nik_masked"),
                    rs.getString("gender"), rs.getString("phone"), rs.getString("email"), rs.getInt("version"),
                    rs.getString("contact_phone"), rs.getString("notes"));
        }

        Map<String, Object> auditState() {
            return Businesses.auditState(new BusinessData(name, legalForm, nib, npwp, kbliCodes, sector, address, regionCode,
                    latitude, longitude, workers, foundedYear, capital, annualSales, premises, equipment, productionSites, outlets,
                    new BusinessData.OwnerData(ownerName, null, gender, phone, email), kind, menuItems, notes), scale, nikMasked, status);
        }
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
