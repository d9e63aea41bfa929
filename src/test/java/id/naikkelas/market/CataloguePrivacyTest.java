package id.naikkelas.market;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.Products;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing personal and nothing unpublished is ever public: a crawl of every catalogue page and API answer reachable
 * from a business's public page, anonymously, finds neither the owner's NIK (whole or masked), nor the home address,
 * nor the owner's own phone, nor the product the owner did not publish; that product's photo is not served either.
 */
@IntegrationTest
class CataloguePrivacyTest {

    private static final String BUSINESS = "Keripik Nenas Ibu Sumarni";
    private static final Pattern LINK = Pattern.compile("href=\"(/katalog[^\"#]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Products products;

    @Test
    void publicPagesAndApiShowNoNikAddressOrUnpublishedProduct() throws Exception {
        long business = jdbc.sql("SELECT id FROM registry_business WHERE name = ?").param(BUSINESS).query(Long.class).single();
        var hidden = jdbc.sql("""
                        SELECT p.id, p.name FROM registry_catalogue_product p LEFT JOIN catalogue_listing l ON l.product_id = p.id
                        WHERE p.business_id = ? AND NOT coalesce(l.published, false)""")
                .param(business).query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        assertThat(hidden).as("the demo leaves one of Ibu Sumarni's products unpublished").isNotEmpty();
        long hiddenId = (Long) hidden.get(0)[0];
        String hiddenName = (String) hidden.get(0)[1];
        long hiddenPhoto = AsUser.call("admin", () -> products.addPhoto(hiddenId, DemoListings.photo(hiddenName, null, java.awt.Color.GRAY)));

        var forbidden = new LinkedHashSet<String>();
        forbidden.add("1472025208780001");                  // her NIK, as the demo registers it
        forbidden.add("1472••••");                          // its masked form
        forbidden.add("Sultan Syarif Kasim");               // her home address
        forbidden.add("Gg. Nenas No. 17");
        forbidden.add("7184-2207");                         // her own phone, which she did not give the catalogue
        forbidden.add("6281371842207");
        forbidden.add(hiddenName);

        var seen = new LinkedHashSet<String>();
        var queue = new ArrayDeque<String>();
        queue.add("/katalog/usaha/" + business);
        queue.add("/katalog?q=" + java.net.URLEncoder.encode(hiddenName, java.nio.charset.StandardCharsets.UTF_8));
        queue.add("/api/v1/catalogue/businesses/" + business);
        queue.add("/api/v1/catalogue/products?q=nenas");
        queue.add("/api/v1/catalogue/products?q=" + java.net.URLEncoder.encode(hiddenName, java.nio.charset.StandardCharsets.UTF_8));
        while (!queue.isEmpty() && seen.size() < 60) {
            String url = queue.poll();
            if (!seen.add(url) || url.contains("/foto/") || url.endsWith(".svg")) {
                continue;
            }
            var response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            for (String secret : forbidden) {
                assertThat(body).as("%s shows %s", url, secret).doesNotContain(secret);
            }
            var links = LINK.matcher(body);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (link.startsWith("/katalog/produk/") || link.startsWith("/katalog/usaha/")) {
                    queue.add(link);
                }
            }
        }
        assertThat(seen).as("the crawl reached the business's product pages").anyMatch(u -> u.startsWith("/katalog/produk/"));

        mvc.perform(get("/katalog/produk/" + hiddenId)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/products/" + hiddenId)).andExpect(status().isNotFound());
        mvc.perform(get("/katalog/foto/" + hiddenPhoto + ".jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/katalog/produk/" + hiddenId + "/qr.svg")).andExpect(status().isNotFound());
    }
}
