package id.naikkelas.certification;

import id.naikkelas.AsUser;
import id.naikkelas.Assignments;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.PirtParts;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.ProductData;
import id.naikkelas.registry.ProductTrait;
import id.naikkelas.registry.Products;
import id.naikkelas.registry.Sector;
import id.naikkelas.registry.Storage;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Home-made snacks of a small Palangka Raya business, registered by its officer, for the tests of cases that follow
 * the business's data (issue 15). One place builds them, so a change of the registry's records is one change here.
 */
final class CaseFixtures {

    static final String OFFICER = "petugas.palangkaraya";
    static final String FACILITATOR = "pendamping.palangkaraya";
    static final String REGION = "62.71.01.1001";
    private static final AtomicInteger SERIAL = new AtomicInteger(8000);

    private final Businesses businesses;
    private final Products products;
    private final JdbcClient jdbc;

    CaseFixtures(Businesses businesses, Products products, JdbcClient jdbc) {
        this.businesses = businesses;
        this.products = products;
        this.jdbc = jdbc;
    }

    /** A business (with the NIB given, or none) assigned to the facilitator. */
    long business(String name, String nib) {
        int serial = SERIAL.getAndIncrement();
        var data = new BusinessData(name + " Usaha", LegalForm.PERORANGAN, nib, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Tjilik Riwut",
                REGION, null, null, 2, 2019, null, new BigDecimal("90000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Pemilik Ikut Data " + serial, null, "P", null, null));
        long businessId = AsUser.call(OFFICER, () -> businesses.register(data, null));
        Assignments.assign(jdbc, FACILITATOR, businessId);
        return businessId;
    }

    /** A keripik of an IRT food type, shelf-stable, halal ingredients certain: P-IRT required, BPOM MD exempt, halal self-declare. */
    long keripik(long businessId, String name) {
        return AsUser.call(OFFICER, () -> products.create(businessId, new ProductData(name, "Uji", "15.0", "04", null,
                PirtParts.Packaging.PLASTIC, "100 g", 120, Storage.AMBIENT, "daun kelakai, tepung, minyak",
                Set.of(ProductTrait.HALAL_INGREDIENTS_CERTAIN, ProductTrait.SEPARATE_HALAL_FACILITY))));
    }

    /** A snack with lard: halal cannot be sought, the label says "tidak halal" instead. */
    long withLard(long businessId, String name) {
        return AsUser.call(OFFICER, () -> products.create(businessId, new ProductData(name, "Uji", "15.0", "04", null,
                PirtParts.Packaging.PLASTIC, "100 g", 120, Storage.AMBIENT, "tepung, minyak babi",
                Set.of(ProductTrait.NON_HALAL_INGREDIENTS))));
    }

    /** A NIB no other test's business holds: every test shares one database. */
    static String newNib() {
        return "9" + String.format("%012d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    long businessOf(long productId) {
        return jdbc.sql("SELECT business_id FROM product WHERE id = ?").param(productId).query(Long.class).single();
    }
}
