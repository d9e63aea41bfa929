package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PhoneNumbers;
import id.naikkelas.registry.SearchCriteria;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Owners decide what the catalogue shows: per product whether it is published and its trade terms, per business its
 * story and WhatsApp number. Whoever may edit the business in the registry may edit these (its owner, and officers of
 * its region); everyone else gets "not found", as for the business itself.
 */
@Service
public class Listings {

    static final BigDecimal MAX_PRICE = new BigDecimal("999999999");
    static final int MAX_QUANTITY = 10_000_000;

    private final JdbcClient jdbc;
    private final Businesses businesses;
    private final AuditTrail audit;
    private final Today today;

    Listings(JdbcClient jdbc, Businesses businesses, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.audit = audit;
        this.today = today;
    }

    /** The products of the businesses the user sees (an owner: their own), with their listings. Two reads. */
    public List<ListingView> mine() {
        var ids = mineBusinessIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VIEW + " WHERE p.business_id IN (:ids) AND p.active ORDER BY b.name, p.name, p.id")
                .param("ids", ids).query(Listings::view).list();
    }

    /** The businesses the user sees (an owner: their own), at most 100. */
    List<Long> mineBusinessIds() {
        return businesses.search(SearchCriteria.all(), null, 100).items().stream().map(b -> b.id()).toList();
    }

    public ListingView listing(long productId) {
        var view = load(productId);
        requireEditable(view.businessId());
        return view;
    }

    @Transactional
    public void save(long productId, int version, ListingForm form) {
        var before = listing(productId);
        check(form);
        var params = new HashMap<String, Object>();
        params.put("id", productId);
        params.put("version", version);
        params.put("published", form.published());
        params.put("priceMin", form.priceMin());
        params.put("priceMax", form.priceMax());
        params.put("priceUnit", blankToNull(form.priceUnit()));
        params.put("minOrder", form.minOrder());
        params.put("capacity", form.capacityPerWeek());
        params.put("speciality", form.speciality());
        params.put("now", today.now());
        int changed;
        if (!exists(productId)) {
            if (version != 0) {
                throw new EditConflict("listing", productId);
            }
            changed = jdbc.sql("""
                            INSERT INTO catalogue_listing (product_id, business_id, region_code, food_category_code, published, published_at,
                                   price_min, price_max, price_unit, min_order, capacity_per_week, speciality, words, updated_at, version)
                            SELECT p.id, p.business_id, p.region_code, p.food_category_code, :published, CASE WHEN :published THEN :now END,
                                   :priceMin, :priceMax, :priceUnit, :minOrder, :capacity, :speciality, '', :now, 1
                            FROM registry_catalogue_product p WHERE p.id = :id
                            ON CONFLICT (product_id) DO NOTHING""")
                    .params(params).update();
        } else {
            changed = jdbc.sql("""
                            UPDATE catalogue_listing l SET published = :published,
                                   published_at = CASE WHEN NOT :published THEN NULL WHEN l.published THEN l.published_at ELSE :now END,
                                   price_min = :priceMin, price_max = :priceMax, price_unit = :priceUnit, min_order = :minOrder,
                                   capacity_per_week = :capacity, speciality = :speciality, updated_at = :now, version = l.version + 1
                            WHERE l.product_id = :id AND l.version = :version""")
                    .params(params).update();
        }
        if (changed == 0) {
            throw new EditConflict("listing", productId);
        }
        follow(productId);
        audit.changed("listing", productId, regionOf(productId), state(before.listing()), state(form));
    }

    public ProfileView profile(long businessId) {
        requireEditable(businessId);
        var name = businesses.standing(businessId).name();
        return jdbc.sql("SELECT story, whatsapp, version FROM catalogue_business WHERE business_id = ?").param(businessId)
                .query((rs, i) -> new ProfileView(businessId, name, new BusinessProfileForm(rs.getString("story"), rs.getString("whatsapp")),
                        rs.getInt("version")))
                .optional().orElse(new ProfileView(businessId, name, new BusinessProfileForm(null, null), 0));
    }

    @Transactional
    public void saveProfile(long businessId, int version, BusinessProfileForm form) {
        var before = profile(businessId);
        var problems = new InvalidInput.Collector().check(form);
        String whatsapp = null;
        if (form.whatsapp() != null && !form.whatsapp().isBlank()) {
            if (!PhoneNumbers.isMobile(form.whatsapp())) {
                problems.add("whatsapp", "market.profile.whatsapp");
            } else {
                whatsapp = PhoneNumbers.toE164(form.whatsapp()).orElse(null);
            }
        }
        problems.throwIfAny();
        var params = Map.<String, Object>of("id", businessId, "version", version, "now", today.now());
        var values = new HashMap<String, Object>(params);
        values.put("story", blankToNull(form.story()));
        values.put("whatsapp", whatsapp);
        int changed = version == 0
                ? jdbc.sql("""
                        INSERT INTO catalogue_business (business_id, story, whatsapp, updated_at, version)
                        VALUES (:id, :story, :whatsapp, :now, 1) ON CONFLICT (business_id) DO NOTHING""").params(values).update()
                : jdbc.sql("""
                        UPDATE catalogue_business SET story = :story, whatsapp = :whatsapp, updated_at = :now, version = version + 1
                        WHERE business_id = :id AND version = :version""").params(values).update();
        if (changed == 0) {
            throw new EditConflict("business_profile", businessId);
        }
        audit.changed("business_profile", businessId, businesses.standing(businessId).regionCode(),
                Map.of("story", String.valueOf(before.profile().story()), "whatsapp", String.valueOf(before.profile().whatsapp())),
                Map.of("story", String.valueOf(blankToNull(form.story())), "whatsapp", String.valueOf(whatsapp)));
    }

    private void check(ListingForm form) {
        var problems = new InvalidInput.Collector().check(form);
        checkPrice(problems, "priceMin", form.priceMin());
        checkPrice(problems, "priceMax", form.priceMax());
        if (form.priceMin() != null && form.priceMax() != null && form.priceMax().compareTo(form.priceMin()) < 0
                && !problems.has("priceMax")) {
            problems.add("priceMax", "market.listing.priceOrder");
        }
        checkQuantity(problems, "minOrder", form.minOrder());
        checkQuantity(problems, "capacityPerWeek", form.capacityPerWeek());
        if (form.published() && form.priceMin() == null && !problems.has("priceMin")) {
            // a buyer's first question; a listing without a price is not worth publishing
            problems.add("priceMin", "market.listing.priceNeeded");
        }
        problems.throwIfAny();
    }

    private static void checkPrice(InvalidInput.Collector problems, String field, BigDecimal price) {
        if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.stripTrailingZeros().scale() > 0)) {
            problems.add(field, "market.listing.price");
        }
    }

    private static void checkQuantity(InvalidInput.Collector problems, String field, Integer quantity) {
        if (quantity != null && (quantity < 1 || quantity > MAX_QUANTITY)) {
            problems.add(field, "market.listing.quantity", MAX_QUANTITY);
        }
    }

    private void requireEditable(long businessId) {
        var detail = businesses.standing(businessId);
        if (!detail.permissions().edit()) {
            throw new AccessDeniedException("listing of business " + businessId);
        }
    }

    private ListingView load(long productId) {
        return jdbc.sql(VIEW + " WHERE p.id = ? AND p.active").param(productId).query(Listings::view).optional()
                .orElseThrow(() -> new NotFound("product", productId));
    }

    private boolean exists(long productId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM catalogue_listing WHERE product_id = ?)").param(productId)
                .query(Boolean.class).single();
    }

    private String regionOf(long productId) {
        return jdbc.sql("SELECT region_code FROM catalogue_listing WHERE product_id = ?").param(productId).query(String.class).single();
    }

    /**
     * The listing's copies of the registry (business, region, category, search words) and whether the public sees it,
     * as they are now: the same function the registry's triggers call when a product or business changes (V82).
     */
    private void follow(long productId) {
        jdbc.sql("SELECT catalogue_listing_follow(ARRAY[?]::bigint[])").param(productId).query().listOfRows();
    }

    private static Map<String, Object> state(ListingForm form) {
        var state = new HashMap<String, Object>();
        state.put("published", form.published());
        state.put("priceMin", form.priceMin());
        state.put("priceMax", form.priceMax());
        state.put("minOrder", form.minOrder());
        state.put("capacityPerWeek", form.capacityPerWeek());
        state.put("speciality", form.speciality());
        return state;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final String VIEW = """
            SELECT p.id, p.business_id, p.name, b.name AS business_name, l.published, l.price_min, l.price_max, l.price_unit,
                   l.min_order, l.capacity_per_week, coalesce(l.speciality, false) AS speciality, coalesce(l.version, 0) AS version
            FROM registry_catalogue_product p JOIN registry_business b ON b.id = p.business_id
            LEFT JOIN catalogue_listing l ON l.product_id = p.id""";

    private static ListingView view(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new ListingView(rs.getLong("id"), rs.getLong("business_id"), rs.getString("name"), rs.getString("business_name"),
                new ListingForm(rs.getBoolean("published"), rs.getObject("price_min", BigDecimal.class),
                        rs.getObject("price_max", BigDecimal.class), rs.getString("price_unit"), (Integer) rs.getObject("min_order"),
                        (Integer) rs.getObject("capacity_per_week"), rs.getBoolean("speciality")),
                rs.getInt("version"));
    }
}
