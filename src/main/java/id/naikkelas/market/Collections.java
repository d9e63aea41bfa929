package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collections an agency builds from published products of its jurisdiction ("Oleh-oleh khas Kalimantan Tengah"),
 * each with a public page {@code /katalog/koleksi/{slug}} and usable as a catalogue filter. A product unpublished by
 * its owner, or whose business leaves the agency's jurisdiction, stays in the collection but is not shown (ADR 0022).
 */
@Service
public class Collections {

    /** The address's last part: lower-case letters and digits in words joined by hyphens. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_PRODUCTS = 100;
    static final int SHOWN_ON_HOME = 12;
    /** Collections offered as a catalogue filter (and over the API), latest change first. */
    static final int CHOICES = 50;

    /** Items of collection {@code x} the public sees today (with l, p, b as the catalogue's aliases). */
    private static final String SHOWN_ITEMS = """
            FROM market_collection_item ci JOIN catalogue_listing l ON l.product_id = ci.product_id
            JOIN registry_catalogue_product p ON p.id = l.product_id JOIN registry_business b ON b.id = l.business_id
            WHERE ci.collection_id = x.id AND """ + " " + Catalogue.PUBLIC + " AND " + Curators.IN_AGENCY;

    private final JdbcClient jdbc;
    private final Curators curators;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Today today;

    Collections(JdbcClient jdbc, Curators curators, Catalogue catalogue, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.curators = curators;
        this.catalogue = catalogue;
        this.audit = audit;
        this.today = today;
    }

    // ---- curators ------------------------------------------------------------------------------------------------

    /** The curator's agency's collections (an administrator of no agency: every agency's), latest change first. */
    public List<CollectionSummary> mine() {
        var curator = curators.require();
        String scope = curator.agency() == null ? "TRUE" : "x.agency_id = :agency";
        var params = new HashMap<String, Object>();
        if (curator.agency() != null) {
            params.put("agency", curator.agency().id());
        }
        return jdbc.sql("SELECT x.id, ag.name AS agency, x.slug, x.title, x.published, x.version,"
                        + " (SELECT count(*) FROM market_collection_item ci WHERE ci.collection_id = x.id) AS products,"
                        + " (SELECT count(*) " + SHOWN_ITEMS + ") AS shown"
                        + " FROM market_collection x JOIN identity_agency ag ON ag.id = x.agency_id WHERE " + scope
                        + " ORDER BY x.updated_at DESC, x.id DESC LIMIT 200")
                .params(params)
                .query((rs, i) -> new CollectionSummary(rs.getLong("id"), rs.getString("agency"), rs.getString("slug"), rs.getString("title"),
                        rs.getBoolean("published"), rs.getInt("products"), rs.getInt("shown"), rs.getInt("version")))
                .list();
    }

    public CollectionView get(long id) {
        curators.requireOwn(agencyOf(id), "collection", id);
        record Head(String agency, CollectionForm form, int version) {
        }
        var head = jdbc.sql("""
                        SELECT ag.name AS agency, x.title, x.slug, x.description, x.cover_photo_id, x.published, x.version
                        FROM market_collection x JOIN identity_agency ag ON ag.id = x.agency_id WHERE x.id = ?""")
                .param(id)
                .query((rs, i) -> new Head(rs.getString("agency"), new CollectionForm(rs.getString("title"), rs.getString("slug"),
                        rs.getString("description"), (Long) rs.getObject("cover_photo_id"), rs.getBoolean("published"), List.of()),
                        rs.getInt("version")))
                .single();
        var items = jdbc.sql("""
                        SELECT ci.product_id, p.name, b.name AS business,
                               coalesce(l.published, false) AND p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL
                                   AND """ + " " + Curators.IN_AGENCY + """
                         AS shown,
                               array(SELECT f.id FROM registry_product_photo f WHERE f.product_id = ci.product_id ORDER BY f.id) AS photos
                        FROM market_collection_item ci JOIN market_collection x ON x.id = ci.collection_id
                        JOIN registry_catalogue_product p ON p.id = ci.product_id JOIN registry_business b ON b.id = p.business_id
                        LEFT JOIN catalogue_listing l ON l.product_id = ci.product_id
                        WHERE ci.collection_id = ? ORDER BY ci.position""")
                .param(id).query(Collections::item).list();
        return new CollectionView(id, head.agency(), head.form().withProducts(items.stream().map(CollectionView.Item::productId).toList()),
                items, head.version());
    }

    @Transactional
    public long create(CollectionForm form) {
        var curator = curators.require();
        long agency = curator.agencyId();
        var clean = check(curator, form, List.of(), null);
        var now = today.now();
        long id = jdbc.sql("""
                        INSERT INTO market_collection (agency_id, slug, title, description, cover_photo_id, published, created_at, updated_at)
                        VALUES (:agency, :slug, :title, :description, :cover, :published, :now, :now) RETURNING id""")
                .params(columns(clean)).param("agency", agency).param("now", now).query(Long.class).single();
        writeItems(id, clean.productIds());
        audit.created("collection", id, agencyRegion(agency), state(clean));
        return id;
    }

    /** Saves the whole collection (its products too, in order) if nobody changed it since {@code version}. */
    @Transactional
    public void save(long id, int version, CollectionForm form) {
        var before = get(id);
        var curator = curators.requireOwn(agencyOf(id), "collection", id);
        var clean = check(curator, form, before.collection().productIds(), id);
        int changed = jdbc.sql("""
                        UPDATE market_collection SET slug = :slug, title = :title, description = :description, cover_photo_id = :cover,
                               published = :published, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(columns(clean)).param("now", today.now()).param("id", id).param("version", version).update();
        if (changed == 0) {
            throw new EditConflict("collection", id);
        }
        jdbc.sql("DELETE FROM market_collection_item WHERE collection_id = ?").param(id).update();
        writeItems(id, clean.productIds());
        audit.changed("collection", id, agencyRegion(agencyOf(id)), state(before.collection()), state(clean));
    }

    @Transactional
    public void delete(long id, int version) {
        var before = get(id);
        String region = agencyRegion(agencyOf(id));
        int changed = jdbc.sql("DELETE FROM market_collection WHERE id = ? AND version = ?").param(id).param(version).update();
        if (changed == 0) {
            throw new EditConflict("collection", id);
        }
        audit.deleted("collection", id, region, state(before.collection()));
    }

    /**
     * Checks a form and returns it cleaned (slug made from the title when empty, products once each). Products new to
     * the collection must be in the catalogue and within reach; those it already holds may stay while hidden, so a
     * curator can still change the title after an owner unpublished one.
     */
    private CollectionForm check(Curators.Curator curator, CollectionForm form, List<Long> held, Long id) {
        var problems = new InvalidInput.Collector().check(form);
        if (form.title() == null || form.title().isBlank()) {
            problems.add("title", "field.required");
        }
        String slug = form.slug() == null || form.slug().isBlank() ? slugOf(form.title()) : form.slug().strip();
        if (!problems.has("slug") && !problems.has("title")) {
            if (slug.isEmpty() || !SLUG.matcher(slug).matches()) {
                problems.add("slug", "market.curation.slug");
            } else if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM market_collection WHERE slug = ? AND id IS DISTINCT FROM ?)")
                    .param(slug).param(id).query(Boolean.class).single()) {
                problems.add("slug", "market.curation.slugTaken", slug);
            }
        }
        var products = new ArrayList<>(new LinkedHashSet<>(form.productIds().stream().filter(java.util.Objects::nonNull).toList()));
        if (products.size() > MAX_PRODUCTS) {
            problems.add("productIds", "market.curation.tooMany", MAX_PRODUCTS);
        }
        for (Long product : products) {
            String refusal = held.contains(product) ? null : curators.refusal(curator, product);
            if (refusal != null && !problems.has("productIds")) {
                problems.add("productIds", refusal + ".product", String.valueOf(product));
            }
        }
        if (form.published() && products.isEmpty() && !problems.has("productIds")) {
            problems.add("productIds", "market.curation.empty");
        }
        if (form.coverPhotoId() != null && (products.isEmpty() || !jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM registry_product_photo WHERE id = :photo AND product_id IN (:products))")
                .param("photo", form.coverPhotoId()).param("products", products).query(Boolean.class).single())) {
            problems.add("coverPhotoId", "market.curation.cover");
        }
        problems.throwIfAny();
        return new CollectionForm(form.title().strip(), slug, blankToNull(form.description()), form.coverPhotoId(), form.published(), products);
    }

    /** "Oleh-oleh khas Kalimantan Tengah" → "oleh-oleh-khas-kalimantan-tengah". */
    static String slugOf(String title) {
        if (title == null) {
            return "";
        }
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() <= 80 ? slug : slug.substring(0, 80).replaceAll("-[^-]*$", "");
    }

    private void writeItems(long id, List<Long> products) {
        for (int i = 0; i < products.size(); i++) {
            jdbc.sql("INSERT INTO market_collection_item (collection_id, product_id, position) VALUES (?, ?, ?)")
                    .params(id, products.get(i), i + 1).update();
        }
    }

    // ---- the public --------------------------------------------------------------------------------------------------

    /** Published collections with at least one product the public sees, latest change first. */
    public List<CollectionCard> published(int limit) {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT x.slug, x.title, ag.name AS agency, x.description, x.updated_at, x.id,
                                   (SELECT count(*) """ + " " + SHOWN_ITEMS + """
                        ) AS shown,
                                   cover.id AS photo_id, cover.width, cover.height
                            FROM market_collection x JOIN identity_agency ag ON ag.id = x.agency_id
                            LEFT JOIN LATERAL (SELECT f.id, f.width, f.height """ + " " + SHOWN_ITEMS.replace("WHERE ci.collection_id",
                        "JOIN registry_product_photo f ON f.product_id = ci.product_id WHERE ci.collection_id") + """
                                 ORDER BY f.id = x.cover_photo_id DESC, ci.position, f.id LIMIT 1) cover ON true
                            WHERE x.published) c
                        WHERE c.shown > 0 ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, i) -> new CollectionCard(rs.getString("slug"), rs.getString("title"), rs.getString("agency"),
                        rs.getString("description"), photo(rs), rs.getInt("shown")))
                .list();
    }

    /** A published collection's page; its products the public sees today, in order. Not found when a draft. */
    public CollectionPage page(String slug) {
        if (slug == null || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            throw new NotFound("collection", slug);
        }
        record Head(long id, String title, String agency, String description, Long cover) {
        }
        var head = jdbc.sql("""
                        SELECT x.id, x.title, ag.name AS agency, x.description, x.cover_photo_id FROM market_collection x
                        JOIN identity_agency ag ON ag.id = x.agency_id WHERE x.slug = ? AND x.published""")
                .param(slug)
                .query((rs, i) -> new Head(rs.getLong("id"), rs.getString("title"), rs.getString("agency"), rs.getString("description"),
                        (Long) rs.getObject("cover_photo_id")))
                .optional().orElseThrow(() -> new NotFound("collection", slug));
        String inCollection = "EXISTS (SELECT 1 FROM market_collection_item ci JOIN market_collection x ON x.id = ci.collection_id"
                + " WHERE ci.collection_id = :collection AND ci.product_id = l.product_id AND " + Curators.IN_AGENCY + ")";
        var products = catalogue.publicCards(inCollection, Map.of("collection", head.id()),
                "(SELECT ci.position FROM market_collection_item ci WHERE ci.collection_id = :collection AND ci.product_id = l.product_id)",
                MAX_PRODUCTS);
        // the chosen cover only while its product is shown; else the first shown product's photo
        ListingCard.Photo cover = null;
        if (head.cover() != null) {
            cover = jdbc.sql("SELECT id, width, height, product_id FROM registry_product_photo WHERE id = ?").param(head.cover())
                    .query((rs, i) -> Map.entry(rs.getLong("product_id"), new ListingCard.Photo(rs.getLong("id"), rs.getInt("width"), rs.getInt("height"))))
                    .optional().filter(e -> products.stream().anyMatch(c -> c.productId() == e.getKey())).map(Map.Entry::getValue)
                    .orElse(null);
        }
        if (cover == null) {
            cover = products.stream().map(ListingCard::photo).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        return new CollectionPage(slug, head.title(), head.agency(), head.description(), cover, products);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private long agencyOf(long id) {
        return jdbc.sql("SELECT agency_id FROM market_collection WHERE id = ?").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("collection", id));
    }

    /** The region an audit event of the agency is filed under: its first region. */
    private String agencyRegion(long agency) {
        return jdbc.sql("SELECT region_codes[1] FROM identity_agency WHERE id = ?").param(agency).query(String.class).optional().orElse(null);
    }

    private static Map<String, Object> columns(CollectionForm form) {
        var values = new HashMap<String, Object>();
        values.put("slug", form.slug());
        values.put("title", form.title());
        values.put("description", form.description());
        values.put("cover", form.coverPhotoId());
        values.put("published", form.published());
        return values;
    }

    private static Map<String, Object> state(CollectionForm form) {
        var state = columns(form);
        state.put("productIds", form.productIds().toString());
        return state;
    }

    private static CollectionView.Item item(ResultSet rs, int row) throws SQLException {
        var photos = rs.getArray("photos");
        return new CollectionView.Item(rs.getLong("product_id"), rs.getString("name"), rs.getString("business"), rs.getBoolean("shown"),
                photos == null ? List.of() : java.util.Arrays.asList((Long[]) photos.getArray()));
    }

    private static ListingCard.Photo photo(ResultSet rs) throws SQLException {
        long id = rs.getLong("photo_id");
        return id == 0 ? null : new ListingCard.Photo(id, rs.getInt("width"), rs.getInt("height"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
