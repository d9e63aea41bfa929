package id.naikkelas.market;

import java.util.List;

/**
 * What a visitor searches the catalogue for; every part optional. {@code region} is a province or regency code,
 * {@code category} a BPOM food category code, {@code badges} badge codes the product must all hold.
 */
public record CatalogueQuery(String q, String category, String region, List<String> badges, Long program, boolean speciality) {

    public CatalogueQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        category = category == null || category.isBlank() ? null : category.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        badges = badges == null ? List.of() : badges.stream().filter(b -> b != null && !b.isBlank()).distinct().toList();
    }

    static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null, List.of(), null, false);
    }
}
