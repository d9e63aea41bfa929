package id.naikkelas.market;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import id.naikkelas.TestClock;
import id.naikkelas.registry.PermitData;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Products;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public catalogue: who sees what, badges from valid permits on the day of reading, search, filters and bad input. */
@IntegrationTest
class CatalogueTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Listings listings;
    @Autowired
    Products products;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void demoPublishesHalalSnacksAndAnonymousVisitorsFindThemWithATypo() throws Exception {
        var halal = catalogue.search(new CatalogueQuery("kripik", null, null, List.of("HALAL"), null, false), 1);
        assertThat(halal.items()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.name().toLowerCase()).contains("keripik");
            assertThat(c.has("HALAL")).isTrue();
            assertThat(c.photo()).isNotNull();
        });
        var card = halal.items().get(0);
        String province = jdbc.sql("SELECT left(region_code, 2) FROM catalogue_listing WHERE product_id = ?").param(card.productId())
                .query(String.class).single();
        mvc.perform(get("/katalog").param("q", "kripik").param("badge", "HALAL").param("province", province))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(card.name())));
        mvc.perform(get("/api/v1/catalogue/products").param("q", "keripik").param("region", province).param("badge", "HALAL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].badges[?(@.code == 'HALAL')].number").isNotEmpty());
    }

    @Test
    void aRegionFilterKeepsToItsRegion() {
        var all = catalogue.search(CatalogueQuery.all(), 1).items();
        String regency = jdbc.sql("SELECT left(region_code, 5) FROM catalogue_listing WHERE product_id = ?").param(all.get(0).productId())
                .query(String.class).single();
        var inRegency = catalogue.search(new CatalogueQuery(null, null, regency, List.of(), null, false), 1).items();
        assertThat(inRegency).isNotEmpty();
        var codes = jdbc.sql("SELECT region_code FROM catalogue_listing WHERE product_id IN (:ids)")
                .param("ids", inRegency.stream().map(ListingCard::productId).toList()).query(String.class).list();
        assertThat(codes).allMatch(c -> c.startsWith(regency + "."));
    }

    @Test
    void aPermitThatExpiresLosesItsBadgeThatDay() {
        var card = catalogue.search(new CatalogueQuery(null, null, null, List.of(), null, false), 1).items().stream()
                .filter(c -> !c.has("SNI")).findFirst().orElseThrow();
        LocalDate expiry = LocalDate.of(2031, 6, 30);
        AsUser.run("admin", () -> products.addPermit(card.productId(),
                new PermitData(PermitType.SNI, "SNI-UJI-" + card.productId(), LocalDate.of(2026, 7, 1), expiry, "LSPro uji")));
        var sni = new CatalogueQuery(null, null, null, List.of("SNI"), null, false);

        clock.setJakarta(LocalDateTime.of(2031, 6, 30, 23, 0));
        assertThat(catalogue.product(card.productId()).card().has("SNI")).isTrue();
        assertThat(catalogue.search(sni, 1).items()).extracting(ListingCard::productId).contains(card.productId());

        clock.setJakarta(LocalDateTime.of(2031, 7, 1, 0, 30));
        assertThat(catalogue.product(card.productId()).card().has("SNI")).isFalse();
        assertThat(catalogue.search(sni, 1).items()).extracting(ListingCard::productId).doesNotContain(card.productId());
    }

    @Test
    void theOwnerPublishesAndUnpublishesWithIfMatchAndAnotherRegionCannot() throws Exception {
        long dodol = jdbc.sql("""
                        SELECT p.id FROM registry_catalogue_product p JOIN registry_business b ON b.id = p.business_id
                        WHERE b.name = 'Keripik Nenas Ibu Sumarni' AND p.name ILIKE 'dodol%'""").query(Long.class).single();
        mvc.perform(get("/katalog/produk/" + dodol)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/products/" + dodol)).andExpect(status().isNotFound());

        String body = "{\"published\":true,\"priceMin\":15000,\"priceMax\":18000,\"priceUnit\":\"bungkus\",\"minOrder\":25,"
                + "\"capacityPerWeek\":300,\"speciality\":true}";
        mvc.perform(put("/api/v1/listings/" + dodol).with(user("petugas.bengkalis").roles("OFFICER"))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is4xxClientError());
        mvc.perform(put("/api/v1/listings/" + dodol).with(user("pemilik.demo").roles("OWNER"))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get("/api/v1/catalogue/products/" + dodol)).andExpect(status().isOk())
                .andExpect(jsonPath("$.card.minOrder").value(25));
        // a stale version changes nothing
        mvc.perform(put("/api/v1/listings/" + dodol).with(user("pemilik.demo").roles("OWNER"))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body.replace("true,\"priceMin", "false,\"priceMin")))
                .andExpect(status().isConflict());
        mvc.perform(get("/katalog/produk/" + dodol)).andExpect(status().isOk());

        mvc.perform(put("/api/v1/listings/" + dodol).with(user("pemilik.demo").roles("OWNER"))
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(body.replace("true,\"priceMin", "false,\"priceMin")))
                .andExpect(status().isOk());
        mvc.perform(get("/katalog/produk/" + dodol)).andExpect(status().isNotFound());
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        mvc.perform(get("/api/v1/catalogue/products").param("page", "0"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/catalogue/products").param("badge", "GOLD"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("badge"));
        long chips = jdbc.sql("""
                        SELECT p.id FROM registry_catalogue_product p JOIN registry_business b ON b.id = p.business_id
                        WHERE b.name = 'Keripik Nenas Ibu Sumarni' AND p.name ILIKE 'keripik%'""").query(Long.class).single();
        var before = jdbc.sql("SELECT price_min FROM catalogue_listing WHERE product_id = ?").param(chips).query(BigDecimal.class).optional();
        String version = mvc.perform(get("/api/v1/listings/" + chips).with(user("pemilik.demo").roles("OWNER")))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/listings/" + chips).with(user("pemilik.demo").roles("OWNER")).header("If-Match", version)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"published\":true,\"priceMin\":20000,\"priceMax\":10000,\"speciality\":false}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("priceMax"));
        assertThat(jdbc.sql("SELECT price_min FROM catalogue_listing WHERE product_id = ?").param(chips).query(BigDecimal.class).optional())
                .isEqualTo(before);
    }

    @Test
    void aPageOfResultsReadsAFixedNumberOfTimes() throws Exception {
        var one = StatementCount.during(() -> mvc.perform(get("/katalog").param("q", "keripik")).andExpect(status().isOk()));
        var many = StatementCount.during(() -> mvc.perform(get("/katalog")).andExpect(status().isOk()));
        assertThat(catalogue.search(CatalogueQuery.all(), 1).items()).hasSizeGreaterThan(5);
        // the first page adds the agencies' curated rows (ADR 0022), a fixed number of reads whatever their length: the
        // featured products (their picks, cards and two badge reads); the collections are the filter's list, read anyway
        int curated = 4;
        assertThat(many.count()).as("%s", many).isLessThanOrEqualTo(one.count() + curated).isLessThan(12 + curated);
    }
}
