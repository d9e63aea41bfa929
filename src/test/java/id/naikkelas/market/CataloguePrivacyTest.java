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
    @Autowired
    Collections collections;
    @Autowired
    MarketEvents events;

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

    /**
     * Curated pages (ADR 0022) show no more: a collection and an event that hold Ibu Sumarni's business, with her unpublished
     * product chosen for the stand, never show that product, her NIK, her home address or her own phone, in pages or API.
     */
    @Test
    void collectionAndEventPagesShowNoNikAddressPhoneOrUnpublishedProduct() throws Exception {
        long business = jdbc.sql("SELECT id FROM registry_business WHERE name = ?").param(BUSINESS).query(Long.class).single();
        var shown = jdbc.sql("SELECT product_id FROM catalogue_listing WHERE business_id = ? AND published ORDER BY product_id")
                .param(business).query(Long.class).list();
        var hidden = jdbc.sql("""
                        SELECT p.id, p.name FROM registry_catalogue_product p LEFT JOIN catalogue_listing l ON l.product_id = p.id
                        WHERE p.business_id = ? AND p.active AND NOT coalesce(l.published, false) ORDER BY p.id LIMIT 1""")
                .param(business).query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long hiddenId = (Long) hidden[0];
        assertThat(shown).isNotEmpty();
        // a curator cannot put the unpublished product into a collection
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> collections.create(
                        new CollectionForm("Rahasia Dumai", null, null, null, false, java.util.List.of(hiddenId)))))
                .isInstanceOf(id.naikkelas.common.InvalidInput.class);
        long event = AsUser.call("petugas.dumai", () -> {
            collections.create(new CollectionForm("Nenas dari Dumai", "nenas-dari-dumai", null, null, true, shown));
            long id = events.create(new MarketEventForm("Expo Nenas Dumai", MarketEventKind.EXPO, java.time.LocalDate.of(2027, 5, 3),
                    java.time.LocalDate.of(2027, 5, 4), "Gedung Pertemuan Dumai", "14.72", null, null, MarketEventStatus.REGISTRATION_OPEN, null, null));
            var withHidden = new java.util.ArrayList<>(shown);
            withHidden.add(hiddenId);
            events.saveParticipant(id, 1, new ParticipantForm(business, "B2", withHidden));
            return id;
        });
        var forbidden = forbidden((String) hidden[1]);
        for (String url : java.util.List.of("/katalog/koleksi/nenas-dari-dumai", "/api/v1/catalogue/collections/nenas-dari-dumai",
                "/api/v1/catalogue/collections", "/katalog/acara", "/katalog/acara/" + event, "/api/v1/catalogue/events",
                "/api/v1/catalogue/events/" + event, "/api/v1/catalogue/featured", "/katalog",
                "/api/v1/catalogue/products?collection=nenas-dari-dumai")) {
            var response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            for (String secret : forbidden) {
                assertThat(body).as("%s shows %s", url, secret).doesNotContain(secret);
            }
        }
        mvc.perform(get("/katalog/acara/" + event)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("Stan B2")));
    }

    private static java.util.Set<String> forbidden(String hiddenName) {
        var forbidden = new LinkedHashSet<String>();
        forbidden.add("1472025208780001");
        forbidden.add("1472••••");
        forbidden.add("Sultan Syarif Kasim");
        forbidden.add("Gg. Nenas No. 17");
        forbidden.add("7184-2207");
        forbidden.add("6281371842207");
        forbidden.add(hiddenName);
        return forbidden;
    }
}
