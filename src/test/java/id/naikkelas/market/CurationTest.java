package id.naikkelas.market;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agency curation (ADR 0022): the demo's collections, featured products and bazaar are public; what an owner unpublishes
 * or a business that leaves the jurisdiction drops out when the page is read; another agency's officer reaches nothing
 * (404, nothing changed); products and businesses outside the curator's jurisdiction are refused on their field.
 */
@IntegrationTest
class CurationTest {

    private static final String KALTENG = "oleh-oleh-khas-kalimantan-tengah";

    @Autowired
    MockMvc mvc;
    @Autowired
    Collections collections;
    @Autowired
    Featured featured;
    @Autowired
    MarketEvents events;
    @Autowired
    Listings listings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    tools.jackson.databind.json.JsonMapper jsonMapper;

    @Test
    void theDemoCuratesCollectionsAFeaturedRowAndABazaarThePublicSees() throws Exception {
        var kalteng = collections.page(KALTENG);
        assertThat(kalteng.agencyName()).isEqualTo("Balai Besar POM di Palangka Raya");
        assertThat(kalteng.products()).isNotEmpty();
        assertThat(regionsOf(kalteng.products())).allMatch(r -> r.startsWith("62."));
        var hotel = collections.page("siap-pasok-hotel-bandar-lampung");
        assertThat(regionsOf(hotel.products())).isNotEmpty().allMatch(r -> r.startsWith("18.71."));

        mvc.perform(get("/katalog")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilihan Balai Besar POM di Palangka Raya")))
                .andExpect(content().string(containsString("/katalog/koleksi/" + KALTENG)));
        // a search is not the first page: no curated rows there
        mvc.perform(get("/katalog").param("q", "keripik")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Pilihan Balai Besar POM"))));
        mvc.perform(get("/katalog/koleksi/" + KALTENG)).andExpect(status().isOk())
                .andExpect(content().string(containsString("og:image")))
                .andExpect(content().string(containsString(kalteng.products().get(0).name())));
        // the collection as a catalogue filter: the same products, nothing else
        mvc.perform(get("/api/v1/catalogue/products").param("collection", KALTENG)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(kalteng.products().size()));
        mvc.perform(get("/api/v1/catalogue/products").param("collection", "Bukan Slug!")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("collection"));

        var calendar = events.published();
        var bazaar = calendar.upcoming().stream().filter(e -> e.name().equals("Bazar UMKM Lampung Naik Kelas")).findFirst().orElseThrow();
        assertThat(bazaar.participants()).isGreaterThanOrEqualTo(2);
        mvc.perform(get("/katalog/acara")).andExpect(status().isOk()).andExpect(content().string(containsString(bazaar.name())));
        mvc.perform(get("/katalog/acara/" + bazaar.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("PKOR Way Halim")));
        mvc.perform(get("/api/v1/catalogue/events")).andExpect(status().isOk())
                .andExpect(jsonPath("$.upcoming[?(@.id == " + bazaar.id() + ")].participants").isNotEmpty());
        mvc.perform(get("/api/v1/catalogue/collections")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == '" + KALTENG + "')].products").isNotEmpty());
    }

    @Test
    void anUnpublishedProductOrABusinessThatMovesAwayDisappearsFromCuratedPagesAtOnce() throws Exception {
        var products = publishedIn("14.72", 2);
        long first = products.get(0);
        long[] ids = AsUser.call("petugas.dumai", () -> {
            long collection = collections.create(new CollectionForm("Keripik Dumai pilihan", null, null, null, true, products));
            long pick = featured.add(new FeaturedForm(first, null));
            return new long[] {collection, pick};
        });
        assertThat(collections.page("keripik-dumai-pilihan").products()).extracting(ListingCard::productId).containsExactlyElementsOf(products);
        assertThat(featured.showcase()).anySatisfy(g -> assertThat(g.products()).extracting(ListingCard::productId).contains(first));

        // the owner hides the product: gone from the collection, the featured row and the filter, not from the curators' list
        var listing = AsUser.call("admin", () -> listings.listing(first));
        var form = listing.listing();
        AsUser.run("admin", () -> listings.save(first, listing.version(), new ListingForm(false, form.priceMin(), form.priceMax(),
                form.priceUnit(), form.minOrder(), form.capacityPerWeek(), form.speciality())));
        try {
            assertThat(collections.page("keripik-dumai-pilihan").products()).extracting(ListingCard::productId).doesNotContain(first);
            assertThat(featured.showcase()).allSatisfy(g -> assertThat(g.products()).extracting(ListingCard::productId).doesNotContain(first));
            var mine = AsUser.call("petugas.dumai", () -> collections.get(ids[0]));
            assertThat(mine.items()).anySatisfy(i -> {
                assertThat(i.productId()).isEqualTo(first);
                assertThat(i.shown()).isFalse();
            });
            // the curators can still rename the collection that holds it
            AsUser.run("petugas.dumai", () -> collections.save(ids[0], mine.version(), new CollectionForm("Keripik Dumai pilihan", null,
                    "diubah", null, true, mine.collection().productIds())));
        } finally {
            var again = AsUser.call("admin", () -> listings.listing(first));
            AsUser.run("admin", () -> listings.save(first, again.version(), form));
        }

        // the second product's business moves to Bengkalis, outside Loka POM Dumai: it drops out, and comes back with it
        long second = products.get(1);
        long business = jdbc.sql("SELECT business_id FROM registry_catalogue_product WHERE id = ?").param(second).query(Long.class).single();
        String region = jdbc.sql("SELECT region_code FROM registry_business WHERE id = ?").param(business).query(String.class).single();
        String bengkalis = jdbc.sql("SELECT code FROM region WHERE code LIKE '14.03.%' AND length(code) = length(?) ORDER BY code LIMIT 1")
                .param(region).query(String.class).single();
        jdbc.sql("UPDATE business SET region_code = ? WHERE id = ?").param(bengkalis).param(business).update();
        try {
            assertThat(collections.page("keripik-dumai-pilihan").products()).extracting(ListingCard::productId).doesNotContain(second);
            mvc.perform(get("/api/v1/catalogue/collections/keripik-dumai-pilihan")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.products[?(@.productId == " + second + ")]").isEmpty());
        } finally {
            jdbc.sql("UPDATE business SET region_code = ? WHERE id = ?").param(region).param(business).update();
        }
        assertThat(collections.page("keripik-dumai-pilihan").products()).extracting(ListingCard::productId).contains(second);
    }

    @Test
    void anotherAgencysOfficerGets404AndChangesNothing() throws Exception {
        var kalteng = AsUser.call("petugas.palangkaraya", () -> collections.mine()).stream()
                .filter(c -> c.slug().equals(KALTENG)).findFirst().orElseThrow();
        long bazaar = events.published().upcoming().stream().filter(e -> e.name().equals("Bazar UMKM Lampung Naik Kelas"))
                .findFirst().orElseThrow().id();
        String body = "{\"title\":\"Diambil alih\",\"published\":false,\"productIds\":[]}";
        for (String other : List.of("petugas.dumai", "petugas.bandarlampung")) {
            var role = other.equals("petugas.bandarlampung") ? "PROGRAM_MANAGER" : "OFFICER";
            mvc.perform(get("/api/v1/curation/collections/" + kalteng.id()).with(user(other).roles(role))).andExpect(status().isNotFound());
            mvc.perform(put("/api/v1/curation/collections/" + kalteng.id()).with(user(other).roles(role)).with(csrf())
                    .header("If-Match", "\"" + kalteng.version() + "\"").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/kurasi/koleksi/" + kalteng.id()).with(user(other).roles(role)).with(csrf())
                    .param("version", String.valueOf(kalteng.version())).param("title", "Diambil alih"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/kurasi/acara/" + bazaar).with(user(other).roles(role))).andExpect(status().isNotFound());
            mvc.perform(post("/kurasi/acara/" + bazaar + "/peserta").with(user(other).roles(role)).with(csrf())
                    .param("version", "1").param("businessId", "1")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/kurasi").with(user("pendamping.dumai").roles("FACILITATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/curation/collections").with(user("pemilik.demo").roles("OWNER"))).andExpect(status().isForbidden());
        var after = AsUser.call("petugas.palangkaraya", () -> collections.get(kalteng.id()));
        assertThat(after.version()).isEqualTo(kalteng.version());
        assertThat(after.collection().title()).isEqualTo("Oleh-oleh khas Kalimantan Tengah");
    }

    @Test
    void productsAndBusinessesOutsideTheJurisdictionAreRefusedOnTheirField() throws Exception {
        long dumaiProduct = publishedIn("14.72", 1).get(0);
        long dumaiBusiness = jdbc.sql("SELECT business_id FROM registry_catalogue_product WHERE id = ?").param(dumaiProduct).query(Long.class).single();
        var palangka = user("petugas.palangkaraya").roles("OFFICER");
        mvc.perform(post("/api/v1/curation/featured").with(palangka).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productId\":" + dumaiProduct + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("productId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("di luar wilayah")));
        var kalteng = AsUser.call("petugas.palangkaraya", () -> collections.mine()).stream()
                .filter(c -> c.slug().equals(KALTENG)).findFirst().orElseThrow();
        var view = AsUser.call("petugas.palangkaraya", () -> collections.get(kalteng.id()));
        var ids = new java.util.ArrayList<>(view.collection().productIds());
        ids.add(dumaiProduct);
        mvc.perform(put("/api/v1/curation/collections/" + kalteng.id()).with(palangka).with(csrf()).header("Accept-Language", "en")
                        .header("If-Match", "\"" + view.version() + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("title", view.collection().title(), "published", true, "productIds", ids))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("productIds"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("outside your agency's region")));
        // an event of Palangka Raya cannot take a Dumai business, nor be placed in Dumai
        long event = AsUser.call("petugas.palangkaraya", () -> events.create(new MarketEventForm("Pameran Kalteng", MarketEventKind.EXHIBITION,
                java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 3, 2), "Bundaran Besar", "62.71", null, null,
                MarketEventStatus.DRAFT, null, null)));
        mvc.perform(post("/kurasi/acara/" + event + "/peserta").with(palangka).with(csrf()).param("version", "1")
                        .param("businessId", String.valueOf(dumaiBusiness)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
        assertThat(AsUser.call("petugas.palangkaraya", () -> events.get(event)).participants()).isEmpty();
        assertThatThrownBy(() -> AsUser.run("petugas.palangkaraya", () -> events.save(event, 1, new MarketEventForm("Pameran Kalteng",
                MarketEventKind.EXHIBITION, java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 2, 1), "Dumai", "14.72",
                null, null, MarketEventStatus.DRAFT, null, null))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::field)
                        .contains("endsOn", "regionCode"));
        // a draft is not public
        mvc.perform(get("/katalog/acara/" + event)).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIsRefusedWith409AndKeepsTheOtherChange() throws Exception {
        long product = publishedIn("62", 1).get(0);
        long id = AsUser.call("petugas.palangkaraya", () -> collections.create(new CollectionForm("Kue basah Palangka Raya", "kue-basah-pky",
                null, null, false, List.of(product))));
        var palangka = user("petugas.palangkaraya").roles("OFFICER");
        mvc.perform(get("/api/v1/curation/collections/" + id).with(palangka)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/curation/collections/" + id).with(palangka).with(csrf()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Kue basah khas Palangka Raya\",\"slug\":\"kue-basah-pky\",\"published\":true,\"productIds\":[" + product + "]}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        mvc.perform(put("/api/v1/curation/collections/" + id).with(palangka).with(csrf()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Ditimpa\",\"published\":false,\"productIds\":[]}"))
                .andExpect(status().isConflict());
        assertThat(collections.page("kue-basah-pky").title()).isEqualTo("Kue basah khas Palangka Raya");
        assertThatThrownBy(() -> AsUser.run("petugas.palangkaraya", () -> collections.delete(id, 1))).isInstanceOf(EditConflict.class);
        AsUser.run("petugas.palangkaraya", () -> collections.delete(id, 2));
        assertThatThrownBy(() -> collections.page("kue-basah-pky")).isInstanceOf(NotFound.class);
    }

    private List<Long> publishedIn(String region, int count) {
        return jdbc.sql("""
                        SELECT l.product_id FROM catalogue_listing l JOIN registry_business b ON b.id = l.business_id
                        JOIN registry_catalogue_product p ON p.id = l.product_id
                        WHERE l.published AND p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL AND b.region_code LIKE ?
                        ORDER BY l.product_id LIMIT ?""")
                .param(region + ".%").param(count).query(Long.class).list();
    }

    private List<String> regionsOf(List<ListingCard> cards) {
        return cards.isEmpty() ? List.of() : jdbc.sql("SELECT b.region_code FROM registry_business b WHERE b.id IN (:ids)")
                .param("ids", cards.stream().map(ListingCard::businessId).toList()).query(String.class).list();
    }

    private String json(Object value) {
        return jsonMapper.writeValueAsString(value);
    }
}
