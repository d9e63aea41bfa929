package id.naikkelas.market;

import id.naikkelas.common.Today;
import id.naikkelas.database.DemoMode;
import id.naikkelas.identity.Access;
import id.naikkelas.registry.Products;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

/**
 * Demo mode: agencies curate what the demo publishes, through the same services their officers use. BBPOM Palangka
 * Raya's "Oleh-oleh khas Kalimantan Tengah", Bandar Lampung's "Siap pasok hotel Bandar Lampung", a bazaar of the
 * Lampung province cooperative office with UMKM of the province, and a few featured products. Each agency takes only
 * products of its own region; where the demo published fewer than a collection needs, products of verified businesses
 * of that region are published first, as their owners would (DemoListings' way).
 */
@Component
@Order(55)
class DemoCuration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCuration.class);
    private static final int PER_COLLECTION = 6;

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Access access;
    private final Listings listings;
    private final Products products;
    private final Collections collections;
    private final Featured featured;
    private final MarketEvents events;
    private final Today today;

    DemoCuration(DemoMode demo, JdbcClient jdbc, Access access, Listings listings, Products products, Collections collections,
                 Featured featured, MarketEvents events, Today today) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.access = access;
        this.listings = listings;
        this.products = products;
        this.collections = collections;
        this.featured = featured;
        this.events = events;
        this.today = today;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("SELECT count(*) FROM market_collection").query(Long.class).single() > 0) {
            return;
        }
        var kalteng = published("62", PER_COLLECTION);
        var bandarLampung = published("18.71", PER_COLLECTION);
        var lampung = published("18", 4);
        access.runAs("petugas.palangkaraya", () -> {
            collection("Oleh-oleh khas Kalimantan Tengah", """
                    Camilan dan olahan khas Kalimantan Tengah dari UMKM binaan BBPOM di Palangka Raya: izin edar dan halal \
                    diperiksa langsung di sumbernya. Cocok untuk toko oleh-oleh, bandara dan hotel.""", kalteng);
            kalteng.stream().limit(3).forEach(id -> featured.add(new FeaturedForm(id, null)));
            return null;
        });
        access.runAs("petugas.bandarlampung", () -> {
            collection("Siap pasok hotel Bandar Lampung", """
                    UMKM Kota Bandar Lampung yang sanggup memasok hotel, restoran dan katering setiap minggu: harga, minimal \
                    pesan dan kapasitas per minggu tercantum di tiap produk.""", bandarLampung);
            bandarLampung.stream().limit(2).forEach(id -> featured.add(new FeaturedForm(id, today.date().plusDays(60))));
            return null;
        });
        access.runAs("petugas.lampung", () -> {
            var start = today.date().plusDays(16);
            long event = events.create(new MarketEventForm("Bazar UMKM Lampung Naik Kelas", MarketEventKind.BAZAAR, start, start.plusDays(2),
                    "PKOR Way Halim", "18.71", """
                    Tiga hari bazar produk UMKM binaan se-Provinsi Lampung: keripik, kopi, olahan ikan dan oleh-oleh khas. \
                    Terbuka untuk umum; pembeli hotel dan ritel dapat bertemu langsung dengan pemilik usaha.""",
                    "Daftar ke Dinas Koperasi dan UKM Provinsi Lampung paling lambat seminggu sebelum acara.", MarketEventStatus.REGISTRATION_OPEN,
                    start.minusDays(7), 40));
            var businesses = jdbc.sql("SELECT DISTINCT business_id FROM catalogue_listing WHERE product_id IN (:ids) ORDER BY 1")
                    .param("ids", lampung.isEmpty() ? List.of(-1L) : lampung).query(Long.class).list();
            int version = events.get(event).version();
            char row = 'A';
            for (long business : businesses) {
                events.saveParticipant(event, version++, new ParticipantForm(business, row++ + "1", List.of()));
            }
            return null;
        });
        log.info("Demo mode: two collections, {} featured products and a bazaar", Math.min(3, kalteng.size()) + Math.min(2, bandarLampung.size()));
    }

    private void collection(String title, String description, List<Long> products) {
        long id = collections.create(new CollectionForm(title, null, description, null, false, products));
        if (!products.isEmpty()) {
            collections.save(id, 1, new CollectionForm(title, null, description, null, true, products));
        }
    }

    /**
     * Published products of verified businesses in the region (one a business first), topping up with the region's other
     * verified products when the demo published too few.
     */
    private List<Long> published(String region, int wanted) {
        var found = productsIn(region, true, wanted);
        if (found.size() >= wanted) {
            return found.stream().map(Candidate::id).toList();
        }
        var more = productsIn(region, false, wanted - found.size());
        access.runAs("admin", () -> {
            int i = 0;
            for (var product : more) {
                products.addPhoto(product.id(), DemoListings.photo(product.name(), null, new Color(0x0B6E4F).darker()));
                int price = 15_000 + (i++ % 5) * 5_000;
                listings.save(product.id(), 0, new ListingForm(true, BigDecimal.valueOf(price), BigDecimal.valueOf(price + 5_000), "bungkus",
                        25, 200, true));
            }
            return null;
        });
        return productsIn(region, true, wanted).stream().map(Candidate::id).toList();
    }

    private record Candidate(long id, String name) {
    }

    private List<Candidate> productsIn(String region, boolean published, int limit) {
        return jdbc.sql("""
                        SELECT id, name FROM (
                            SELECT DISTINCT ON (p.business_id) p.id, p.name, p.business_id FROM registry_catalogue_product p
                            JOIN registry_business b ON b.id = p.business_id LEFT JOIN catalogue_listing l ON l.product_id = p.id
                            WHERE p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL
                              AND (b.region_code = :region OR b.region_code LIKE :below) AND coalesce(l.published, false) = :published
                            ORDER BY p.business_id, p.id) c
                        ORDER BY c.business_id LIMIT :limit""")
                .param("region", region).param("below", region + ".%").param("published", published).param("limit", limit)
                .query((rs, i) -> new Candidate(rs.getLong("id"), rs.getString("name"))).list();
    }
}
