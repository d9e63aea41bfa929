package id.naikkelas.market;

import java.util.List;

/**
 * What a visitor searches the catalogue for; every part optional. {@code region} is a province or regency code,
 * {@code category} a BPOM food category code, {@code badges} badge codes the product must all hold, {@code collection} the slug of a curated collection (ADR 0022).
 */
public record CatalogueQuery(String q, String category, String region, List<String> badges, Long program, boolean speciality,
                             String collection) {

    public CatalogueQuery(String q, String category, String region, List<String> badges, Long program, boolean speciality) {
        this(q, category, region, badges, program, speciality, null);
    }

    public CatalogueQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        category = category == null || category.isBlank() ? null : category.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        collection = collection == null || collection.isBlank() ? null : collection.strip();
        badges = badges == null ? List.of() : badges.stream().filter(b -> b != null && !b.isBlank()).distinct().toList();
    }

    /** Nothing asked: the catalogue's first page, where curated products and collections show. */
    boolean browsing() {
        return q == null && category == null && region == null && badges.isEmpty() && program == null && !speciality && collection == null;
    }

    static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null, List.of(), null, false);
    }
}
