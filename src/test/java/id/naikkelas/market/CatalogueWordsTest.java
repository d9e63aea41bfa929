package id.naikkelas.market;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PirtParts;
import id.naikkelas.registry.ProductData;
import id.naikkelas.registry.ProductTrait;
import id.naikkelas.registry.Products;
import id.naikkelas.registry.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's words follow the registry in the writer's transaction (V82, ADR 0026): a product or business renamed,
 * a product withdrawn or a listing unpublished is found, or gone, at once, without its listing being saved again. And
 * the relevance order: an exact word before a typo, more of the query's words before fewer.
 */
@IntegrationTest
class CatalogueWordsTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    Listings listings;
    @Autowired
    Products products;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void withdrawWhatWasMade() {
        var active = made.isEmpty() ? List.<Long>of() : jdbc.sql("SELECT id FROM registry_catalogue_product WHERE id IN (:ids) AND active")
                .param("ids", made).query(Long.class).list();
        AsUser.run("admin", () -> active.forEach(products::deactivate));
        made.clear();
    }

    @Test
    void aRenamedProductIsFoundByItsNewNameAndNotItsOldOneWithoutSavingTheListing() {
        long product = published("Rendang Qorvintu");
        int version = listingVersion(product);
        assertThat(found("qorvintu")).containsExactly(product);

        rename(product, "Rendang Plemskia");

        assertThat(found("plemskia")).containsExactly(product);
        assertThat(found("qorvintu")).isEmpty();
        assertThat(found("plemskai")).as("with a typo").containsExactly(product);
        assertThat(listingVersion(product)).as("the listing was not saved").isEqualTo(version);
    }

    @Test
    void aRenamedBusinessCarriesItsProductsWords() {
        long product = published("Sambal Uji Nama Usaha");
        long business = jdbc.sql("SELECT business_id FROM catalogue_listing WHERE product_id = ?").param(product).query(Long.class).single();
        var data = AsUser.call("admin", () -> businesses.dataOf(business));
        try {
            renameBusiness(business, data, "Dapur Wolkenhaus");
            assertThat(found("wolkenhaus")).contains(product);
        } finally {
            renameBusiness(business, data, data.name());
        }
        assertThat(found("wolkenhaus")).isEmpty();
    }

    @Test
    void anUnpublishedOrWithdrawnProductLeavesTheSearchAtOnce() {
        long unpublished = published("Dodol Trinkelbaum");
        long withdrawn = published("Dodol Trinkelbaum Manis");
        assertThat(found("trinkelbaum")).containsExactlyInAnyOrder(unpublished, withdrawn);

        AsUser.run("admin", () -> listings.save(unpublished, listingVersion(unpublished), form(false)));
        assertThat(found("trinkelbaum")).containsExactly(withdrawn);

        AsUser.run("admin", () -> products.deactivate(withdrawn));
        assertThat(found("trinkelbaum")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM catalogue_listing_word WHERE product_id IN (?, ?)").params(unpublished, withdrawn)
                .query(Long.class).single()).as("their words are gone too").isZero();
    }

    @Test
    void anExactWordComesBeforeATypoAndMoreMatchedWordsBeforeFewer() {
        long typo = published("Keripik Zanbrolo");
        long exact = published("Keripik Zanbrola");
        assertThat(found("zanbrola")).containsExactly(exact, typo);

        long oneWord = published("Kue Murnavelt");
        long twoWords = published("Kue Murnavelt Gosong");
        long later = published("Kue Gosong Murnavelt");
        // both words: the later registered first among equals; one of two words (0.5) still matches, after them
        assertThat(found("murnavelt gosong")).containsExactly(later, twoWords, oneWord);
        assertThat(found("gosong murnavelt")).containsExactly(later, twoWords, oneWord);
    }

    /** A new product of a verified business that has a listed one, published by an administrator. */
    private long published(String name) {
        long business = jdbc.sql("""
                        SELECT min(l.business_id) FROM catalogue_listing l JOIN registry_business b ON b.id = l.business_id
                        WHERE l.listed AND b.name <> 'Keripik Nenas Ibu Sumarni'""").query(Long.class).single();
        long id = AsUser.call("admin", () -> products.create(business, new ProductData(name, "Uji", "15.0", "04", null,
                PirtParts.Packaging.PLASTIC, "100 g", 120, Storage.AMBIENT, "tepung, gula",
                Set.of(ProductTrait.HALAL_INGREDIENTS_CERTAIN, ProductTrait.SEPARATE_HALAL_FACILITY))));
        made.add(id);
        AsUser.run("admin", () -> listings.save(id, 0, form(true)));
        return id;
    }

    private void rename(long product, String name) {
        AsUser.run("admin", () -> {
            var detail = products.get(product);
            var d = detail.data();
            products.update(product, detail.version(), new ProductData(name, d.brand(), d.foodCategoryCode(), d.irtFoodTypeCode(),
                    d.sectorCategory(), d.packaging(), d.netContent(), d.shelfLifeDays(), d.storage(), d.ingredients(), d.traits(),
                    d.sniCommodity(), d.selfDeclareType(), d.preservation(), d.processing(), d.meatSource(), d.meatGrinding(),
                    d.unanswered()));
        });
    }

    private void renameBusiness(long business, BusinessData d, String name) {
        AsUser.run("admin", () -> businesses.update(business, businesses.get(business).version(), new BusinessData(name, d.legalForm(),
                d.nib(), d.npwp(), d.kbliCodes(), d.sector(), d.address(), d.regionCode(), d.latitude(), d.longitude(), d.workers(),
                d.foundedYear(), d.capital(), d.annualSales(), d.premises(), d.equipment(), d.productionSites(), d.outlets(), d.owner())));
    }

    private int listingVersion(long product) {
        return jdbc.sql("SELECT version FROM catalogue_listing WHERE product_id = ?").param(product).query(Integer.class).single();
    }

    private static ListingForm form(boolean published) {
        return new ListingForm(published, BigDecimal.valueOf(15_000), BigDecimal.valueOf(18_000), "bungkus", 10, 100, false);
    }

    /** The products a visitor finds with these words, in the order shown. */
    private List<Long> found(String q) {
        return catalogue.search(new CatalogueQuery(q, null, null, List.of(), null, false), 1).items().stream()
                .map(ListingCard::productId).toList();
    }
}
