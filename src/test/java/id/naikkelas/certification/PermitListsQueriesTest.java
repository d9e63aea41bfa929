package id.naikkelas.certification;

import id.naikkelas.AsUser;
import id.naikkelas.Assignments;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Products;
import id.naikkelas.registry.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The owner's permits page and the case list read the database a fixed number of times, whether they show 5 products
 * or 50: no read per product, per open case or per row (issue 17).
 */
@IntegrationTest
class PermitListsQueriesTest {

    /** Sign-in, session, the page's own reads: well under this whatever the rows. */
    static final int BOUND = 30;

    @Autowired
    Accounts accounts;
    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
    @Autowired
    Cases cases;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOwnersPermitsPageReadsAsOftenForFiftyProductsAsForFive() throws Exception {
        String owner = "izin.n1." + System.nanoTime() % 100000;
        accounts.create(new Accounts.NewUser(owner, "Pemilik Banyak Produk", null, null, "Sabun-Bersih-Cuci-42", null,
                Set.of(Role.OWNER), List.of()));
        long business = AsUser.call(owner, () -> businesses.register(new BusinessData("Aneka Keripik " + owner, LegalForm.PERORANGAN,
                null, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Rajawali No. 9", CaseFixtures.REGION, null, null, 3, 2020, null,
                new BigDecimal("60000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Pemilik Banyak Produk", null, "P", null, null)), null));
        Assignments.assign(jdbc, CaseFixtures.FACILITATOR, business);
        var fixtures = new CaseFixtures(businesses, products, jdbc);

        addProducts(fixtures, business, 5);
        var five = StatementCount.during(() -> mvc.perform(get("/izin-saya").with(user(owner).roles("OWNER")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Keripik ke-5 Renyah"))));
        addProducts(fixtures, business, 45);
        var fifty = StatementCount.during(() -> mvc.perform(get("/izin-saya").with(user(owner).roles("OWNER")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Keripik ke-50 Renyah"))));

        System.out.printf("[statements] /izin-saya: 5 products %d, 50 products %d%n", five.count(), fifty.count());
        assertThat(fifty.count()).as("5 products: %s%n50 products: %s", five, fifty).isEqualTo(five.count()).isLessThan(BOUND);
    }

    @Test
    void theCaseListReadsAsOftenForFiftyCasesAsForFive() throws Exception {
        String facilitator = "kasus.n1." + System.nanoTime() % 100000;
        long agency = jdbc.sql("SELECT id FROM agency WHERE name = 'Balai Besar POM di Palangka Raya'").query(Long.class).single();
        accounts.create(new Accounts.NewUser(facilitator, "Pendamping Banyak Kasus", null, null, "Lapangan-Uji-Kopi-42", agency,
                Set.of(Role.FACILITATOR), List.of()));
        var fixtures = new CaseFixtures(businesses, products, jdbc);
        long business = fixtures.business("Kasus Banyak " + facilitator, null);
        // the business's only facilitator: a facilitator's list holds the cases of the businesses assigned to them
        Assignments.unassign(jdbc, CaseFixtures.FACILITATOR, business);
        Assignments.assign(jdbc, facilitator, business);

        addCases(fixtures, business, 5);
        var five = StatementCount.during(() -> mvc.perform(get("/kasus").with(user(facilitator).roles("FACILITATOR")))
                .andExpect(status().isOk()));
        addCases(fixtures, business, 45);
        var fifty = StatementCount.during(() -> mvc.perform(get("/kasus").with(user(facilitator).roles("FACILITATOR")))
                .andExpect(status().isOk()));

        System.out.printf("[statements] /kasus: 5 cases %d, 50 cases %d%n", five.count(), fifty.count());
        assertThat(fifty.count()).as("5 cases: %s%n50 cases: %s", five, fifty).isEqualTo(five.count()).isLessThan(BOUND);
    }

    /** Products, every other one with its P-IRT case open: the page then shows held, open and not-started rows. */
    private void addProducts(CaseFixtures fixtures, long business, int count) {
        int before = jdbc.sql("SELECT count(*) FROM product WHERE business_id = ?").param(business).query(Integer.class).single();
        for (int i = before + 1; i <= before + count; i++) {
            long product = fixtures.keripik(business, "Keripik ke-" + i + " Renyah");
            if (i % 2 == 0) {
                AsUser.run(CaseFixtures.OFFICER, () -> cases.open(product, PermitType.PIRT, null));
            }
        }
    }

    private void addCases(CaseFixtures fixtures, long business, int count) {
        for (int i = 0; i < count; i++) {
            long product = fixtures.keripik(business, "Kasus " + i + " " + System.nanoTime());
            AsUser.run(CaseFixtures.OFFICER, () -> cases.open(product, PermitType.PIRT, null));
        }
    }
}
