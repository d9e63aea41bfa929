package id.naikkelas.market;

import id.naikkelas.common.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.List;

/**
 * What a curator may pick from: published products and verified businesses within both the agency's and the
 * curator's jurisdiction, found by a part of their name (or the business's). Twenty at most: a curator narrows by name.
 */
@Service
public class CuratedChoices {

    static final int LIMIT = 20;

    private final Curators curators;
    private final Catalogue catalogue;
    private final JdbcClient jdbc;

    CuratedChoices(Curators curators, Catalogue catalogue, JdbcClient jdbc) {
        this.curators = curators;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    /** Published products within reach whose name, brand or business name holds {@code q}; newest first without it. */
    public List<ListingCard> products(String q) {
        var reach = curators.require().reach("b.region_code");
        var params = new HashMap<>(reach.params());
        String condition = reach.sql();
        if (q != null && !q.isBlank()) {
            condition += " AND (p.name ILIKE :like OR p.brand ILIKE :like OR b.name ILIKE :like)";
            params.put("like", like(q));
        }
        return catalogue.publicCards(condition, params, "l.published_at DESC, l.product_id DESC", LIMIT);
    }

    /** Verified businesses within reach whose name holds {@code q}, with how many products they publish. */
    public List<BusinessChoice> businesses(String q) {
        var reach = curators.require().reach("b.region_code");
        var params = new HashMap<>(reach.params());
        String condition = reach.sql();
        if (q != null && !q.isBlank()) {
            condition += " AND b.name ILIKE :like";
            params.put("like", like(q));
        }
        params.put("limit", LIMIT);
        return jdbc.sql("""
                        SELECT b.id, b.name, k.name AS place,
                               (SELECT count(*) FROM catalogue_listing l WHERE l.business_id = b.id AND l.published) AS published
                        FROM registry_business b LEFT JOIN region k ON k.code = left(b.region_code, 5)
                        WHERE b.status = 'VERIFIED' AND b.merged_into IS NULL AND """ + " " + condition
                        + " ORDER BY published DESC, b.name, b.id LIMIT :limit")
                .params(params)
                .query((rs, i) -> new BusinessChoice(rs.getLong("id"), rs.getString("name"), rs.getString("place"), rs.getInt("published")))
                .list();
    }

    public record BusinessChoice(long id, String name, String place, int publishedProducts) {
    }

    private static String like(String q) {
        if (q.length() > 100) {
            throw InvalidInput.of("q", "field.tooLong", 100);
        }
        return "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
