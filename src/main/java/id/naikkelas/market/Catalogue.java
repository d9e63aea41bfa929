package id.naikkelas.market;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public catalogue: published products of verified businesses, searched by words (trigram word similarity, so a
 * typo still finds "keripik") and filters, with badges earned from permits valid on the day of reading. Anyone may
 * read it; nothing here knows who asks.
 */
@Service
public class Catalogue {

    static final int PAGE_SIZE = 20;
    /** Relevance pages are offsets; beyond this many a visitor narrows the search instead, and no page costs more. */
    static final int MAX_PAGE = 50;
    /** Word similarity a listing must reach; 0.5 accepts one or two wrong letters in a word (as the registry search). */
    static final double MIN_SIMILARITY = 0.5;

    /** A listing the public sees: aliases l (listing), p (product), b (business), as in {@link #CARD_COLUMNS}. */
    static final String PUBLIC = "l.published AND p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL";

    private static final String CARD_COLUMNS = """
            SELECT l.product_id, p.name, p.brand, l.business_id, b.name AS business_name, k.name AS place,
                   l.price_min, l.price_max, l.price_unit, l.min_order, l.capacity_per_week, l.speciality,
                   ph.id AS photo_id, ph.width AS photo_width, ph.height AS photo_height
            FROM catalogue_listing l
            JOIN registry_catalogue_product p ON p.id = l.product_id
            JOIN registry_business b ON b.id = l.business_id
            LEFT JOIN region k ON k.code = left(l.region_code, 5)
            LEFT JOIN LATERAL (SELECT f.id, f.width, f.height FROM registry_product_photo f
                               WHERE f.product_id = l.product_id ORDER BY f.id LIMIT 1) ph ON true
            """;

    /** The cards of a page chosen in a CTE {@code page} (product_id and its sort keys). */
    private static final String PAGE_CARDS = "\n" + CARD_COLUMNS + " JOIN page pg ON pg.product_id = l.product_id WHERE " + PUBLIC;

    private final JdbcClient jdbc;
    private final Today today;
    private final BadgeRules rules;
    private final TransactionTemplate readOnly;

    Catalogue(JdbcClient jdbc, Today today, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.today = today;
        this.rules = BadgeRules.load();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Badge codes a visitor may filter on, in the rules' order. */
    public List<String> badgeCodes() {
        return rules.rules().stream().map(BadgeRules.Rule::code).toList();
    }

    /** A page (from 1) of listings matching the query: by relevance with words, newest first without. */
    public CataloguePage search(CatalogueQuery query, int page) {
        var problems = new InvalidInput.Collector();
        if (page < 1 || page > MAX_PAGE) {
            problems.add("page", "market.catalogue.badPage", MAX_PAGE);
        }
        if (query.q() != null && query.q().length() > 100) {
            problems.add("q", "field.tooLong", 100);
        }
        if (query.region() != null && !query.region().matches("\\d{2}(\\.\\d{2})?")) {
            problems.add("region", "market.catalogue.badRegion");
        }
        if (query.collection() != null && !Collections.SLUG.matcher(query.collection()).matches()) {
            problems.add("collection", "market.catalogue.badCollection");
        }
        if (query.category() != null && !query.category().matches("\\d{2}\\.\\d(\\.\\d+)*")) {
            problems.add("category", "market.catalogue.badCategory");
        }
        var badgeRules = new ArrayList<BadgeRules.Rule>();
        for (String code : query.badges()) {
            rules.rule(code).ifPresentOrElse(badgeRules::add, () -> problems.add("badge", "market.catalogue.badBadge", code));
        }
        problems.throwIfAny();

        // the page is chosen from catalogue_listing alone (listed: what the public may see, kept by triggers, V82); only
        // its rows are then joined for names, photo and badges
        var filters = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        LocalDate day = today.date();
        params.put("today", day);
        if (query.category() != null) {
            // a top-level category ("15.0") holds its subcategories ("15.1", "15.1.2")
            String top = query.category().endsWith(".0") ? query.category().substring(0, 3) : query.category();
            filters.add("(l.food_category_code = :category OR l.food_category_code LIKE :categoryPrefix)");
            params.put("category", query.category());
            params.put("categoryPrefix", top + (top.endsWith(".") ? "%" : ".%"));
        }
        for (var rule : badgeRules) {
            filters.add(rules.condition(rule));
        }
        if (query.program() != null) {
            filters.add("EXISTS (SELECT 1 FROM programs_enrollment e WHERE e.business_id = l.business_id"
                    + " AND e.program_id = :program AND e.status IN ('ENROLLED', 'GRADUATED', 'CERTIFIED'))");
            params.put("program", query.program());
        }
        if (query.speciality()) {
            filters.add("l.speciality");
        }
        if (query.collection() != null) {
            // a published collection's products, while its agency's jurisdiction still holds the business (ADR 0022)
            filters.add("EXISTS (SELECT 1 FROM market_collection_item ci JOIN market_collection x ON x.id = ci.collection_id"
                    + " WHERE ci.product_id = l.product_id AND x.slug = :collection AND x.published AND "
                    + Curators.inAgency("l.region_code") + ")");
            params.put("collection", query.collection());
        }
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", (page - 1) * PAGE_SIZE);
        if (query.region() != null) {
            // a code and every code below it: [code + ".", code + "/"), as '/' follows '.' in the C collation
            params.put("regionFrom", query.region() + ".");
            params.put("regionTo", query.region() + "/");
        }
        String sql = query.q() == null ? browsed(query, filters) : ranked(query, filters, params);
        List<ListingCard> rows = readOnly.execute(status -> {
            if (query.q() != null) {
                jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)")
                        .param(String.valueOf(MIN_SIMILARITY)).query(String.class).single();
            }
            return withBadges(jdbc.sql(sql).params(params).query(Catalogue::card).list(), day);
        });
        boolean hasNext = rows.size() > PAGE_SIZE && page < MAX_PAGE;
        return new CataloguePage(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)), page, hasNext);
    }

    /**
     * Published products matching {@code condition} (over l, p, b and the given parameters), with their badges, in
     * {@code order}; for curated pages (ADR 0022), which choose products but show them only while they are public.
     */
    List<ListingCard> publicCards(String condition, Map<String, Object> params, String order, int limit) {
        var all = new HashMap<>(params);
        all.put("limit", limit);
        return readOnly.execute(status -> withBadges(jdbc.sql(CARD_COLUMNS + " WHERE " + PUBLIC + " AND " + condition
                + " ORDER BY " + order + " LIMIT :limit").params(all).query(Catalogue::card).list(), today.date()));
    }

    /** Newest first: the listed rows along an index on publication, filtered as they come, cut at the page. */
    private static String browsed(CatalogueQuery query, List<String> filters) {
        var where = new ArrayList<>(List.of("l.listed"));
        if (query.region() != null) {
            where.add("l.region_code >= :regionFrom AND l.region_code < :regionTo");
        }
        where.addAll(filters);
        return "WITH page AS MATERIALIZED (SELECT l.product_id, l.published_at AS newest FROM catalogue_listing l"
                + " WHERE " + String.join(" AND ", where) + " ORDER BY l.published_at DESC, l.product_id DESC LIMIT :limit OFFSET :offset)"
                + PAGE_CARDS + " ORDER BY pg.newest DESC, pg.product_id DESC";
    }

    /**
     * By relevance: the query's words are looked up among the catalogue's distinct words (a small table with a trigram
     * index), then only those words' listings are read (within the region's range of codes when one is chosen), never
     * the whole catalogue. A listing's score is the average over the query's words of the best similarity of one of its
     * words, so an exact word beats a typo and two matched words beat one; it must reach {@link #MIN_SIMILARITY}, so
     * half of a longer query may be missing or misspelt. Ties go to the later registered product. Other filters are checked
     * on the scored listings only, and only when asked for.
     */
    private static String ranked(CatalogueQuery query, List<String> filters, Map<String, Object> params) {
        String range = query.region() == null ? "" : " AND x.region_code >= :regionFrom AND x.region_code < :regionTo";
        params.put("q", query.q());
        params.put("minScore", MIN_SIMILARITY);
        // only listed products have words, so without other filters the listing itself need not be read
        String chosen = filters.isEmpty() ? "SELECT s.product_id, s.score FROM scored s"
                : "SELECT s.product_id, s.score FROM scored s JOIN catalogue_listing l ON l.product_id = s.product_id WHERE "
                + String.join(" AND ", filters);
        // matched is materialised: each similar word's similarity is computed once, not once per listing having it.
        // Each matched word's entries are read through the key (word, region, product), one word at a time: joined
        // plainly, the planner expected ~1,000 entries per word for every word the trigram index might return and
        // scanned the whole table (790,000 entries, 130 ms at 100,000 published products; 34 ms so). OFFSET 0 keeps
        // the lateral read from being flattened back into that join.
        return """
                WITH query_word AS (SELECT w, row_number() OVER () AS k, count(*) OVER () AS n
                                    FROM search_words(search_text(:q)) w),
                matched AS MATERIALIZED (SELECT q.k, q.n, c.id, word_similarity(q.w, c.word) AS similarity
                                         FROM query_word q JOIN catalogue_word c ON q.w <% c.word),
                hit AS (SELECT e.product_id, m.k, max(m.similarity) AS similarity, max(m.n) AS n
                        FROM matched m CROSS JOIN LATERAL (SELECT x.product_id FROM catalogue_listing_word x
                                                           WHERE x.word_id = m.id""" + range + """
                                                           OFFSET 0) e
                        GROUP BY e.product_id, m.k),
                scored AS (SELECT product_id, sum(similarity)::float8 / max(n) AS score FROM hit GROUP BY product_id
                           HAVING sum(similarity)::float8 / max(n) >= :minScore),
                page AS MATERIALIZED (""" + chosen + """
                                       ORDER BY s.score DESC, s.product_id DESC LIMIT :limit OFFSET :offset)
                """ + PAGE_CARDS + " ORDER BY pg.score DESC, pg.product_id DESC";
    }

    /** The public page of a published product; not found when it is not (or no longer) published. */
    public ProductPage product(long productId) {
        return readOnly.execute(status -> {
            var card = jdbc.sql(CARD_COLUMNS + " WHERE l.product_id = :id AND " + PUBLIC).param("id", productId)
                    .query(Catalogue::card).optional()
                    .orElseThrow(() -> new NotFound("product", productId));
            var facts = jdbc.sql("""
                            SELECT p.net_content, c.name_id, c.name_en FROM registry_catalogue_product p
                            LEFT JOIN food_category c ON c.code = p.food_category_code WHERE p.id = ?""")
                    .param(productId)
                    .query((rs, i) -> new String[] {rs.getString("net_content"), rs.getString("name_id"), rs.getString("name_en")})
                    .single();
            var photos = jdbc.sql("SELECT id, width, height FROM registry_product_photo WHERE product_id = ? ORDER BY id")
                    .param(productId).query((rs, i) -> new ListingCard.Photo(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
            var profile = profile(card.businessId());
            var more = jdbc.sql(CARD_COLUMNS + " WHERE l.business_id = :business AND l.product_id <> :id AND " + PUBLIC
                            + " ORDER BY l.product_id LIMIT 6")
                    .param("business", card.businessId()).param("id", productId).query(Catalogue::card).list();
            var all = new ArrayList<ListingCard>();
            all.add(card);
            all.addAll(more);
            var badged = withBadges(all, today.date());
            boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
            return new ProductPage(badged.get(0), facts[0], english && facts[2] != null ? facts[2] : facts[1], photos,
                    profile.story(), profile.whatsapp(), programs(card.businessId()), badged.subList(1, badged.size()));
        });
    }

    /** The public page of a business with at least one published product. */
    public BusinessPage business(long businessId) {
        return readOnly.execute(status -> {
            var products = withBadges(jdbc.sql(CARD_COLUMNS + " WHERE l.business_id = :business AND " + PUBLIC
                            + " ORDER BY l.product_id LIMIT 100")
                    .param("business", businessId).query(Catalogue::card).list(), today.date());
            if (products.isEmpty()) {
                throw new NotFound("business", businessId);
            }
            var first = products.get(0);
            var profile = profile(businessId);
            var awards = jdbc.sql("SELECT title FROM programs_award WHERE business_id = ? ORDER BY awarded_on DESC, id")
                    .param(businessId).query(String.class).list().stream().map(Badge::award).toList();
            return new BusinessPage(businessId, first.businessName(), first.place(), profile.story(), profile.whatsapp(),
                    programs(businessId), awards, products);
        });
    }

    /** The stored key of a photo of a published product, or not found: unpublished photos are never served. */
    String publicPhotoKey(long photoId) {
        return jdbc.sql("""
                        SELECT f.storage_key FROM registry_product_photo f
                        JOIN catalogue_listing l ON l.product_id = f.product_id
                        JOIN registry_catalogue_product p ON p.id = l.product_id
                        JOIN registry_business b ON b.id = l.business_id
                        WHERE f.id = :id AND """ + " " + PUBLIC)
                .param("id", photoId).query(String.class).optional()
                .orElseThrow(() -> new NotFound("photo", photoId));
    }

    /** Programs and their agencies, for the program filter: only those with a published product. */
    public List<ProgramChoice> programChoices() {
        return jdbc.sql("""
                        SELECT pr.id, pr.name, a.name AS agency FROM programs_program pr JOIN identity_agency a ON a.id = pr.agency_id
                        WHERE EXISTS (SELECT 1 FROM programs_enrollment e JOIN catalogue_listing l ON l.business_id = e.business_id
                                      WHERE e.program_id = pr.id AND l.published)
                        ORDER BY pr.name""")
                .query((rs, i) -> new ProgramChoice(rs.getLong("id"), rs.getString("name"), rs.getString("agency"))).list();
    }

    public record ProgramChoice(long id, String name, String agency) {
    }

    private record Profile(String story, String whatsapp) {
    }

    private Profile profile(long businessId) {
        return jdbc.sql("SELECT story, whatsapp FROM catalogue_business WHERE business_id = ?").param(businessId)
                .query((rs, i) -> new Profile(rs.getString("story"), rs.getString("whatsapp"))).optional()
                .orElse(new Profile(null, null));
    }

    private List<String> programs(long businessId) {
        return jdbc.sql("""
                        SELECT DISTINCT pr.name || ' · ' || a.name FROM programs_enrollment e
                        JOIN programs_program pr ON pr.id = e.program_id JOIN identity_agency a ON a.id = pr.agency_id
                        WHERE e.business_id = ? AND e.status IN ('ENROLLED', 'GRADUATED', 'CERTIFIED') ORDER BY 1""")
                .param(businessId).query(String.class).list();
    }

    /** Badges for a page of cards: two reads (permits, awards), whatever the page's length. */
    private List<ListingCard> withBadges(List<ListingCard> cards, LocalDate day) {
        if (cards.isEmpty()) {
            return cards;
        }
        var productIds = cards.stream().map(ListingCard::productId).toList();
        var businessIds = new LinkedHashSet<Long>();
        cards.forEach(c -> businessIds.add(c.businessId()));
        Map<Long, List<HeldPermit>> permits = jdbc.sql("""
                        SELECT product_id, type, number, expires_on FROM registry_permit
                        WHERE product_id IN (:ids) ORDER BY expires_on DESC NULLS FIRST, id""")
                .param("ids", productIds)
                .query((rs, i) -> new HeldPermit(rs.getLong("product_id"), id.naikkelas.registry.PermitType.valueOf(rs.getString("type")),
                        rs.getString("number"), rs.getObject("expires_on", LocalDate.class)))
                .list().stream().collect(Collectors.groupingBy(HeldPermit::productId));
        Map<Long, List<String>> awards = jdbc.sql("SELECT business_id, title FROM programs_award WHERE business_id IN (:ids) ORDER BY awarded_on DESC, id")
                .param("ids", businessIds)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return cards.stream().map(c -> {
            var earned = new ArrayList<>(rules.badges(permits.getOrDefault(c.productId(), List.of()), day));
            awards.getOrDefault(c.businessId(), List.of()).forEach(title -> earned.add(Badge.award(title)));
            return c.withBadges(List.copyOf(earned));
        }).toList();
    }

    private static ListingCard card(ResultSet rs, int row) throws SQLException {
        long photo = rs.getLong("photo_id");
        return new ListingCard(rs.getLong("product_id"), rs.getString("name"), rs.getString("brand"), rs.getLong("business_id"),
                rs.getString("business_name"), rs.getString("place"), rs.getObject("price_min", BigDecimal.class),
                rs.getObject("price_max", BigDecimal.class), rs.getString("price_unit"), (Integer) rs.getObject("min_order"),
                (Integer) rs.getObject("capacity_per_week"), rs.getBoolean("speciality"),
                photo == 0 ? null : new ListingCard.Photo(photo, rs.getInt("photo_width"), rs.getInt("photo_height")),
                List.of());
    }
}
