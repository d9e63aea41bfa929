package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Products an agency features on the catalogue's first page ("Pilihan ..."). Only the choice is stored: whether the
 * product is still published, its business still in the agency's jurisdiction and the date not passed is read each
 * time the page is shown (ADR 0022).
 */
@Service
public class Featured {

    /** How many featured products the catalogue's first page shows, newest first. */
    static final int SHOWN = 24;

    private static final String VALID = "(x.until IS NULL OR x.until >= :today) AND " + Curators.IN_AGENCY;

    private final JdbcClient jdbc;
    private final Curators curators;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Today today;

    Featured(JdbcClient jdbc, Curators curators, Catalogue catalogue, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.curators = curators;
        this.catalogue = catalogue;
        this.audit = audit;
        this.today = today;
    }

    /** The curator's agency's featured products (an administrator of no agency: every agency's), newest first. */
    public List<FeaturedView> mine() {
        var curator = curators.require();
        return curator.agency() == null ? views("TRUE", Map.of()) : views("x.agency_id = :agency", Map.of("agency", curator.agency().id()));
    }

    public FeaturedView get(long id) {
        curators.requireOwn(agencyOf(id), "featured_product", id);
        return views("x.id = :id", Map.of("id", id)).get(0);
    }

    private List<FeaturedView> views(String condition, Map<String, Object> params) {
        var all = new HashMap<>(params);
        all.put("today", today.date());
        return jdbc.sql("""
                        SELECT x.id, ag.name AS agency, x.product_id, p.name, b.name AS business, x.until, x.version,
                               coalesce(l.published, false) AND p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL AND """
                        + " " + VALID + """
                         AS shown
                        FROM market_featured x JOIN identity_agency ag ON ag.id = x.agency_id
                        JOIN registry_catalogue_product p ON p.id = x.product_id JOIN registry_business b ON b.id = p.business_id
                        LEFT JOIN catalogue_listing l ON l.product_id = x.product_id
                        WHERE """ + " " + condition + " ORDER BY x.created_at DESC, x.id DESC LIMIT 200")
                .params(all)
                .query((rs, i) -> new FeaturedView(rs.getLong("id"), rs.getString("agency"), rs.getLong("product_id"), rs.getString("name"),
                        rs.getString("business"), rs.getObject("until", LocalDate.class), rs.getBoolean("shown"), rs.getInt("version")))
                .list();
    }

    /** Features a published product of the agency's jurisdiction; the same product twice is refused on its field. */
    @Transactional
    public long add(FeaturedForm form) {
        var curator = curators.require();
        var problems = new InvalidInput.Collector();
        if (form.productId() == null) {
            problems.add("productId", "field.required");
        } else {
            String refusal = curators.refusal(curator, form.productId());
            if (refusal != null) {
                problems.add("productId", refusal);
            }
        }
        checkUntil(problems, form.until());
        problems.throwIfAny();
        long agency = curator.agencyId();
        var id = jdbc.sql("""
                        INSERT INTO market_featured (agency_id, product_id, until, created_at, created_by)
                        VALUES (:agency, :product, :until, :now, :by) ON CONFLICT (agency_id, product_id) DO NOTHING RETURNING id""")
                .param("agency", agency).param("product", form.productId()).param("until", form.until())
                .param("now", today.now()).param("by", curator.user().username())
                .query(Long.class).optional()
                .orElseThrow(() -> InvalidInput.of("productId", "market.curation.alreadyFeatured"));
        audit.created("featured_product", id, regionOf(form.productId()), state(form.productId(), form.until()));
        return id;
    }

    /** Moves or clears the date until which a product is featured. */
    @Transactional
    public void change(long id, int version, LocalDate until) {
        var before = get(id);
        var problems = new InvalidInput.Collector();
        checkUntil(problems, until);
        problems.throwIfAny();
        int changed = jdbc.sql("UPDATE market_featured SET until = :until, version = version + 1 WHERE id = :id AND version = :version")
                .param("until", until).param("id", id).param("version", version).update();
        if (changed == 0) {
            throw new EditConflict("featured_product", id);
        }
        audit.changed("featured_product", id, regionOf(before.productId()), state(before.productId(), before.until()),
                state(before.productId(), until));
    }

    @Transactional
    public void remove(long id, int version) {
        var before = get(id);
        int changed = jdbc.sql("DELETE FROM market_featured WHERE id = ? AND version = ?").param(id).param(version).update();
        if (changed == 0) {
            throw new EditConflict("featured_product", id);
        }
        audit.deleted("featured_product", id, regionOf(before.productId()), state(before.productId(), before.until()));
    }

    /** What the catalogue's first page shows: per agency, its featured products the public may see today. */
    public List<FeaturedGroup> showcase() {
        record Pick(String agency, long productId) {
        }
        var picks = jdbc.sql("""
                        SELECT ag.name, x.product_id FROM market_featured x JOIN identity_agency ag ON ag.id = x.agency_id
                        JOIN catalogue_listing l ON l.product_id = x.product_id
                        JOIN registry_catalogue_product p ON p.id = l.product_id JOIN registry_business b ON b.id = l.business_id
                        WHERE """ + " " + Catalogue.PUBLIC + " AND " + VALID + " ORDER BY x.created_at DESC, x.id DESC LIMIT :limit")
                .param("today", today.date()).param("limit", SHOWN)
                .query((rs, i) -> new Pick(rs.getString(1), rs.getLong(2))).list();
        if (picks.isEmpty()) {
            return List.of();
        }
        var cards = new HashMap<Long, ListingCard>();
        catalogue.publicCards("l.product_id IN (:ids)", Map.of("ids", picks.stream().map(Pick::productId).distinct().toList()),
                "l.product_id", SHOWN).forEach(c -> cards.put(c.productId(), c));
        var groups = new LinkedHashMap<String, List<ListingCard>>();
        for (var pick : picks) {
            var card = cards.get(pick.productId());
            if (card != null) {
                groups.computeIfAbsent(pick.agency(), a -> new ArrayList<>()).add(card);
            }
        }
        return groups.entrySet().stream().map(e -> new FeaturedGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private void checkUntil(InvalidInput.Collector problems, LocalDate until) {
        if (until != null && until.isBefore(today.date())) {
            problems.add("until", "market.curation.untilPast");
        }
    }

    private long agencyOf(long id) {
        return jdbc.sql("SELECT agency_id FROM market_featured WHERE id = ?").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("featured_product", id));
    }

    private String regionOf(long productId) {
        return jdbc.sql("SELECT region_code FROM registry_catalogue_product WHERE id = ?").param(productId).query(String.class).single();
    }

    private static Map<String, Object> state(long productId, LocalDate until) {
        var state = new HashMap<String, Object>();
        state.put("productId", productId);
        state.put("until", until);
        return state;
    }
}
