package id.naikkelas.registry;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.reference.Region;
import id.naikkelas.reference.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry search with keyset pagination (deep pages cost the same as the first). Without a
 * text query the list is ordered by name; with one, by trigram similarity of the query's words to the
 * words of the business and owner names, which tolerates typos and spelling variants ("kripik" ~ "keripik").
 * The words are found in {@code search_word} and the businesses through {@code business_word} within the
 * user's regions (ADR 0021), so a query reads its region's matches, not the country's.
 */
@Component
class BusinessSearch {

    /**
     * Word similarity a name's word must reach to match a query word; 0.5 accepts one or two wrong letters in a word.
     * A business matches when its best words' similarities, averaged over the query's words, reach it too, so half
     * of a longer query may be missing or misspelt.
     */
    static final double MIN_SIMILARITY = 0.5;

    private final JdbcClient jdbc;

    private final NikVault vault;

    private final Regions regions;

    BusinessSearch(JdbcClient jdbc, NikVault vault, Regions regions) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    Page<BusinessRow> search(Jurisdiction.SqlCondition scope, List<String> regionBounds, SearchCriteria c, String cursor, int size) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>(scope.params());
        where.add(scope.sql());
        // a record merged into another is hidden: its page leads to the survivor
        where.add("b.merged_into IS NULL");
        String q = c.q() == null ? "" : c.q().trim();
        boolean ranked = !q.isEmpty();
        if (ranked) {
            jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)").param(String.valueOf(MIN_SIMILARITY))
                    .query(String.class).single();
            params.put("q", q);
        }
        if (c.nik() != null && !c.nik().isBlank()) {
            where.add("o.nik_hash = :nikHash");
            params.put("nikHash", vault.hash(c.nik().replaceAll("\\D", "")));
        }
        if (c.nib() != null && !c.nib().isBlank()) {
            where.add("b.nib = :nib");
            params.put("nib", c.nib().replaceAll("\\s", ""));
        }
        if (c.region() != null && !c.region().isBlank()) {
            where.add("(b.region_code = :region OR b.region_code LIKE :regionPrefix)");
            params.put("region", c.region().trim());
            params.put("regionPrefix", c.region().trim() + ".%");
        }
        addEquals(where, params, "b.sector", "sector", c.sector());
        addEquals(where, params, "b.scale", "scale", c.scale());
        addEquals(where, params, "b.status", "status", c.status());
        if (c.permitHeld() != null) {
            where.add("EXISTS (SELECT 1 FROM permit h WHERE h.business_id = b.id AND h.type = :held)");
            params.put("held", c.permitHeld().name());
        }
        if (c.permitMissing() != null) {
            where.add("NOT EXISTS (SELECT 1 FROM permit m WHERE m.business_id = b.id AND m.type = :missing)");
            params.put("missing", c.permitMissing().name());
        }
        String order;
        String score = ranked ? "s.score" : "0";
        var after = Cursor.decode(cursor);
        if (ranked) {
            if (after != null) {
                where.add("(" + score + " < :afterScore OR (" + score + " = :afterScore AND b.id > :afterId))");
                params.put("afterScore", after.score());
                params.put("afterId", after.id());
            }
            // the scored matches' own order, so the page joins the businesses of its first rows only
            order = "s.score DESC, s.business_id";
        } else {
            if (after != null) {
                where.add("(search_text(b.name), b.id) > (:afterName, :afterId)");
                params.put("afterName", after.key());
                params.put("afterId", after.id());
            }
            order = "search_text(b.name), b.id";
        }
        params.put("limit", size + 1);
        // the page is chosen first; its permits (and, in Java, its place names) are looked up for those rows only,
        // not for every match in the country before the limit
        String sql = (ranked ? scored(c, regionBounds, params) : "") + """
                SELECT p.*, coalesce((SELECT array_agg(DISTINCT pm.type) FROM permit pm WHERE pm.business_id = p.id), '{}') AS permits
                FROM (SELECT b.id, b.name, o.full_name AS owner_name, b.sector, b.scale, b.status, b.region_code,
                             search_text(b.name) AS sort_name, %s AS score
                      FROM %s
                      JOIN owner o ON o.id = b.owner_id
                      WHERE %s
                      ORDER BY %s
                      LIMIT :limit) p
                ORDER BY %s""".formatted(score, ranked ? "(SELECT * FROM scored ORDER BY score DESC, business_id) s JOIN business b ON b.id = s.business_id" : "business b", String.join(" AND ", where), order, ranked ? "p.score DESC, p.id" : "p.sort_name, p.id");
        var keys = new ArrayList<Cursor>();
        List<BusinessRow> rows = jdbc.sql(sql).params(params).query((rs, i) -> {
            keys.add(new Cursor(ranked ? String.valueOf(rs.getDouble("score")) : rs.getString("sort_name"), rs.getLong("id")));
            return new BusinessRow(rs.getLong("id"), rs.getString("name"), rs.getString("owner_name"),
                    Sector.valueOf(rs.getString("sector")), Businesses.enumOrNull(BusinessScale.class, rs.getString("scale")),
                    BusinessStatus.valueOf(rs.getString("status")), rs.getString("region_code"), place(rs.getString("region_code")),
                    Businesses.permitTypes(rs));
        }).list();
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        return new Page<>(rows.subList(0, size), keys.get(size - 1).encode());
    }

    /**
     * The businesses matching the query's words, each with its score: the query's words are looked up among the
     * distinct words (trigram index, a small table), then only those words' businesses within the region bounds are
     * read (an index range per word and region), never the whole country's matches. The score is the average over
     * the query's words of the best similarity of a word of the business, rounded (to a millionth) so the order in
     * which a sum adds its terms cannot move a business across a page's cursor.
     */
    private static String scored(SearchCriteria c, List<String> regionBounds, Map<String, Object> params) {
        var bounds = new ArrayList<String>();
        if (c.region() != null && !c.region().isBlank()) {
            bounds.add(c.region().trim());
        } else {
            bounds.addAll(regionBounds);
        }
        String ranges = "";
        if (!bounds.isEmpty()) {
            var rows = new ArrayList<String>();
            for (int i = 0; i < bounds.size(); i++) {
                // a code and every code below it: [code, code + "/"), as '/' follows '.' in the C collation
                rows.add("(:wordFrom" + i + ", :wordTo" + i + ")");
                params.put("wordFrom" + i, bounds.get(i));
                params.put("wordTo" + i, bounds.get(i) + "/");
            }
            ranges = " JOIN (VALUES " + String.join(", ", rows) + ") r (low, high)"
                    + " ON bw.region_code >= r.low AND bw.region_code < r.high";
        }
        params.put("minScore", MIN_SIMILARITY);
        // matched is materialised: each similar word's similarity is computed once, not once per business having it
        return """
                WITH query_word AS (SELECT w, row_number() OVER () AS k, count(*) OVER () AS n
                                    FROM search_words(search_text(:q)) w),
                matched AS MATERIALIZED (SELECT q.k, q.n, sw.id, word_similarity(q.w, sw.word) AS similarity
                                         FROM query_word q JOIN search_word sw ON q.w <% sw.word),
                hit AS (SELECT bw.business_id, m.k, max(m.similarity) AS similarity, max(m.n) AS n
                        FROM matched m JOIN business_word bw ON bw.word_id = m.id""" + ranges + """
                        GROUP BY bw.business_id, m.k),
                scored AS (SELECT business_id, round(sum(similarity)::float8 / max(n) * 1e6) / 1e6 AS score
                           FROM hit GROUP BY business_id
                           HAVING sum(similarity)::float8 / max(n) >= :minScore)
                """;
    }

    /** Village, district and regency, as a list shows where a business is (the province is the officer's own). */
    private String place(String regionCode) {
        var names = new ArrayList<String>(3);
        for (var region : regions.path(regionCode)) {
            if (region.level() != Region.Level.PROVINCE) {
                names.add(0, region.name());
            }
        }
        return String.join(", ", names);
    }

    private static void addEquals(List<String> where, Map<String, Object> params, String column, String name, Enum<?> value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value.name());
        }
    }

    /** Position after the last row of a page: its sort key and id, URL-safe. */
    record Cursor(String key, long id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "\n" + id).getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor a page handed out; anything else (edited, cut short) is refused on "after", not read as a key. */
        static Cursor decode(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int split = text.lastIndexOf('\n');
                String key = text.substring(0, split);
                if (key.indexOf('\0') < 0) {
                    return new Cursor(key, Long.parseLong(text.substring(split + 1)));
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                // refused below
            }
            throw invalid();
        }

        /** The key of a page ranked by similarity: a score. */
        double score() {
            try {
                return Double.parseDouble(key);
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }

        private static InvalidInput invalid() {
            return InvalidInput.of("after", "input.cursor", InvalidInput.label("after"));
        }
    }
}
