package id.naikkelas.registry;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.storage.FileStore;
import id.naikkelas.storage.Images;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Products of a business, their photos and the permits they hold. Access follows the business. */
@Service
public class Products {

    static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;
    static final int PHOTO_SIDE = 1024;

    private final JdbcClient jdbc;
    private final Businesses businesses;
    private final RegistryValidation validation;
    private final AuditTrail audit;
    private final FileStore files;
    private final RegistryAccess access;

    Products(JdbcClient jdbc, Businesses businesses, RegistryValidation validation, AuditTrail audit, FileStore files,
             RegistryAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.validation = validation;
        this.audit = audit;
        this.files = files;
    }

    @Transactional
    public long create(long businessId, ProductData data) {
        var business = editable(businessId);
        var d = validation.product(data, business.sector());
        long id = jdbc.sql("""
                        INSERT INTO product (business_id, region_code, name, brand, food_category_code, irt_food_type_code, sector_category,
                            packaging, net_content, shelf_life_days, storage, ingredients, traits, sni_commodity, self_declare_type,
                            preservation, processing, meat_source, meat_grinding, unanswered)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(businessId, business.regionCode(), d.name(), d.brand(), d.foodCategoryCode(), d.irtFoodTypeCode(),
                        d.sectorCategory(), name(d.packaging()), d.netContent(), d.shelfLifeDays(), d.storage().name(),
                        d.ingredients(), traits(d.traits()), d.sniCommodity(), d.selfDeclareType(), codes(d.preservation()),
                        codes(d.processing()), name(d.meatSource()), name(d.meatGrinding()), traits(d.unanswered()))
                .query(Long.class).single();
        audit.created("product", id, business.regionCode(), state(businessId, d));
        return id;
    }

    @Transactional
    public void update(long productId, int version, ProductData data) {
        var before = get(productId);
        var business = editable(before.businessId());
        var d = validation.product(data, business.sector());
        int updated = jdbc.sql("""
                        UPDATE product SET name = ?, brand = ?, food_category_code = ?, irt_food_type_code = ?, sector_category = ?,
                            packaging = ?, net_content = ?, shelf_life_days = ?, storage = ?, ingredients = ?, traits = ?,
                            sni_commodity = ?, self_declare_type = ?, preservation = ?, processing = ?, meat_source = ?,
                            meat_grinding = ?, unanswered = ?, updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(d.name(), d.brand(), d.foodCategoryCode(), d.irtFoodTypeCode(), d.sectorCategory(), name(d.packaging()),
                        d.netContent(), d.shelfLifeDays(), d.storage().name(), d.ingredients(), traits(d.traits()),
                        d.sniCommodity(), d.selfDeclareType(), codes(d.preservation()), codes(d.processing()),
                        name(d.meatSource()), name(d.meatGrinding()), traits(d.unanswered()), productId, version)
                .update();
        if (updated == 0) {
            throw new EditConflict("product", productId);
        }
        audit.changed("product", productId, business.regionCode(), state(before.businessId(), before.data()), state(before.businessId(), d));
    }

    public ProductDetail get(long productId) {
        long businessId = jdbc.sql("SELECT business_id FROM product WHERE id = ? AND active").param(productId)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("product", productId));
        var business = businesses.visible(businessId);
        var photos = jdbc.sql("SELECT id FROM product_photo WHERE product_id = ? ORDER BY id").param(productId).query(Long.class).list();
        var permits = businesses.permits(businessId).stream().filter(p -> p.productId() != null && p.productId() == productId).toList();
        return jdbc.sql("""
                        SELECT p.*, b.name AS business_name FROM product p JOIN business b ON b.id = p.business_id WHERE p.id = ?""")
                .param(productId)
                .query((rs, i) -> map(rs, photos, permits, business.editable()))
                .single();
    }

    /**
     * Every active product of a business, each as {@link #get} reads it, in the order of the business's page: a fixed
     * number of reads whatever the number of products (the owner's permits page lists them all).
     */
    public List<ProductDetail> allOf(long businessId) {
        var business = businesses.visible(businessId);
        var permits = businesses.permits(businessId);
        var photos = new java.util.HashMap<Long, List<Long>>();
        jdbc.sql("""
                        SELECT ph.id, ph.product_id FROM product_photo ph JOIN product p ON p.id = ph.product_id
                        WHERE p.business_id = ? AND p.active ORDER BY ph.id""")
                .param(businessId)
                .query(rs -> {
                    photos.computeIfAbsent(rs.getLong("product_id"), id -> new java.util.ArrayList<>()).add(rs.getLong("id"));
                });
        return jdbc.sql("""
                        SELECT p.*, b.name AS business_name FROM product p JOIN business b ON b.id = p.business_id
                        WHERE p.business_id = ? AND p.active ORDER BY p.name, p.id""")
                .param(businessId)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    return map(rs, photos.getOrDefault(id, List.of()),
                            permits.stream().filter(p -> p.productId() != null && p.productId() == id).toList(), business.editable());
                })
                .list();
    }

    /** Withdraws a product (no longer made or sold); its history and permits stay on record. */
    @Transactional
    public void deactivate(long productId) {
        var product = get(productId);
        var business = editable(product.businessId());
        jdbc.sql("UPDATE product SET active = false, updated_at = now(), version = version + 1 WHERE id = ?").param(productId).update();
        audit.action("product", productId, "DEACTIVATE", business.regionCode(), Map.of("active", true), Map.of("active", false));
    }

    /** Products visible to the user whose name resembles {@code q} (all visible products when q is empty), best match first. */
    @Transactional(readOnly = true)
    public List<ProductSearchRow> search(String q, int size) {
        var scope = access.visible(access.me());
        String text = q == null ? "" : q.trim();
        var params = new java.util.HashMap<String, Object>(scope.params());
        params.put("q", text);
        params.put("limit", Math.max(1, Math.min(size, 100)));
        jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)").param(String.valueOf(BusinessSearch.MIN_SIMILARITY))
                .query(String.class).single();
        return jdbc.sql("""
                        SELECT p.id, p.name, p.brand, b.id AS business_id, b.name AS business_name, p.region_code
                        FROM product p JOIN business b ON b.id = p.business_id JOIN owner o ON o.id = b.owner_id
                        WHERE p.active AND (:q = '' OR search_text(:q) <% search_text(p.name)) AND """ + " " + scope.sql() + " " + """
                         ORDER BY word_similarity(search_text(:q), search_text(p.name)) DESC, p.id LIMIT :limit""")
                .params(params)
                .query((rs, i) -> new ProductSearchRow(rs.getLong("id"), rs.getString("name"), rs.getString("brand"),
                        rs.getLong("business_id"), rs.getString("business_name"), rs.getString("region_code")))
                .list();
    }

    /** Stores a photo after checking by content that it is an image; it is resized so pages stay light on phones. */
    @Transactional
    public long addPhoto(long productId, byte[] content) {
        var product = get(productId);
        var business = editable(product.businessId());
        if (content == null || content.length == 0) {
            throw InvalidInput.of("photo", "registry.photo.empty");
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw InvalidInput.of("photo", "registry.photo.tooLarge", MAX_PHOTO_BYTES / (1024 * 1024));
        }
        var image = Images.toJpeg(content, PHOTO_SIDE, "photo")
                .orElseThrow(() -> InvalidInput.of("photo", "registry.photo.notImage"));
        String key = files.put("products", image.jpeg(), "jpg");
        long id = jdbc.sql("INSERT INTO product_photo (product_id, storage_key, width, height) VALUES (?, ?, ?, ?) RETURNING id")
                .params(productId, key, image.width(), image.height()).query(Long.class).single();
        audit.action("product", productId, "PHOTO_ADD", business.regionCode(), Map.of(), Map.of("photo", id));
        return id;
    }

    /** The JPEG bytes of a photo the user may see. */
    public byte[] photo(long photoId) {
        var stored = jdbc.sql("SELECT product_id, storage_key FROM product_photo WHERE id = ?").param(photoId)
                .query((rs, i) -> Map.entry(rs.getLong("product_id"), rs.getString("storage_key"))).optional()
                .orElseThrow(() -> new NotFound("photo", photoId));
        get(stored.getKey());
        return files.get(stored.getValue()).orElseThrow(() -> new NotFound("photo", photoId));
    }

    @Transactional
    public long addPermit(long productId, PermitData data) {
        var product = get(productId);
        var business = editable(product.businessId());
        var d = validation.permit(data);
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO permit (business_id, product_id, region_code, type, number, issued_on, expires_on, issuer)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(product.businessId(), productId, business.regionCode(), d.type().name(), d.number(), d.issuedOn(),
                            d.expiresOn(), d.issuer())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("number", "registry.permit.duplicate");
        }
        var state = new LinkedHashMap<String, Object>();
        state.put("product", productId);
        state.put("type", d.type());
        state.put("number", d.number());
        state.put("issuedOn", d.issuedOn());
        state.put("expiresOn", d.expiresOn());
        audit.created("permit", id, business.regionCode(), state);
        return id;
    }

    /** The number of a permit as the register holds it (written the standard way), e.g. for a case that just added it. */
    public String permitNumber(long permitId) {
        return jdbc.sql("SELECT number FROM permit WHERE id = ?").param(permitId).query(String.class).optional()
                .orElseThrow(() -> new NotFound("permit", permitId));
    }

    @Transactional
    public void removePermit(long permitId) {
        var permit = jdbc.sql("SELECT business_id, type, number FROM permit WHERE id = ?").param(permitId)
                .query((rs, i) -> new Object[] {rs.getLong("business_id"), rs.getString("type"), rs.getString("number")})
                .optional().orElseThrow(() -> new NotFound("permit", permitId));
        var business = editable((Long) permit[0]);
        jdbc.sql("DELETE FROM permit WHERE id = ?").param(permitId).update();
        audit.deleted("permit", permitId, business.regionCode(), Map.of("type", permit[1], "number", permit[2]));
    }

    private Businesses.Visible editable(long businessId) {
        var business = businesses.visible(businessId);
        if (!business.editable()) {
            throw new org.springframework.security.access.AccessDeniedException("read-only");
        }
        return business;
    }

    private static ProductDetail map(ResultSet rs, List<Long> photos, List<PermitView> permits, boolean editable) throws SQLException {
        Set<ProductTrait> traits = EnumSet.noneOf(ProductTrait.class);
        Arrays.stream((String[]) rs.getArray("traits").getArray()).forEach(t -> traits.add(ProductTrait.valueOf(t)));
        return new ProductDetail(rs.getLong("id"), rs.getLong("business_id"), rs.getString("business_name"), rs.getString("name"),
                rs.getString("brand"), rs.getString("food_category_code"), rs.getString("irt_food_type_code"),
                rs.getString("sector_category"), Businesses.enumOrNull(PirtParts.Packaging.class, rs.getString("packaging")),
                rs.getString("net_content"), rs.getObject("shelf_life_days", Integer.class),
                Storage.valueOf(rs.getString("storage")), rs.getString("ingredients"), traits,
                rs.getString("sni_commodity"), rs.getString("self_declare_type"), codeSet(rs, "preservation"),
                codeSet(rs, "processing"), Businesses.enumOrNull(MeatSource.class, rs.getString("meat_source")),
                Businesses.enumOrNull(MeatGrinding.class, rs.getString("meat_grinding")), traitSet(rs, "unanswered"), photos, permits,
                rs.getInt("version"), editable);
    }

    private static Map<String, Object> state(long businessId, ProductData d) {
        var s = new LinkedHashMap<String, Object>();
        s.put("business", businessId);
        s.put("name", d.name());
        s.put("brand", d.brand());
        s.put("foodCategoryCode", d.foodCategoryCode());
        s.put("irtFoodTypeCode", d.irtFoodTypeCode());
        s.put("sectorCategory", d.sectorCategory());
        s.put("packaging", d.packaging());
        s.put("netContent", d.netContent());
        s.put("shelfLifeDays", d.shelfLifeDays());
        s.put("storage", d.storage());
        s.put("ingredients", d.ingredients());
        s.put("traits", d.traits() == null ? List.of() : d.traits().stream().sorted().toList());
        s.put("sniCommodity", d.sniCommodity());
        s.put("selfDeclareType", d.selfDeclareType());
        s.put("preservation", List.of(codes(d.preservation())));
        s.put("processing", List.of(codes(d.processing())));
        s.put("meatSource", d.meatSource());
        s.put("meatGrinding", d.meatGrinding());
        s.put("unanswered", d.unanswered() == null ? List.of() : d.unanswered().stream().sorted().toList());
        return s;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Set<ProductTrait> traitSet(ResultSet rs, String column) throws SQLException {
        Set<ProductTrait> traits = EnumSet.noneOf(ProductTrait.class);
        Arrays.stream((String[]) rs.getArray(column).getArray()).forEach(t -> traits.add(ProductTrait.valueOf(t)));
        return traits;
    }

    private static String[] codes(Set<String> codes) {
        return codes == null ? new String[0] : codes.stream().sorted().toArray(String[]::new);
    }

    private static Set<String> codeSet(ResultSet rs, String column) throws SQLException {
        return Set.copyOf(Arrays.asList((String[]) rs.getArray(column).getArray()));
    }

    private static String[] traits(Set<ProductTrait> traits) {
        return traits == null ? new String[0] : traits.stream().sorted().map(Enum::name).toArray(String[]::new);
    }
}
