package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo registry created at start-up. Other test classes share the database and add businesses
 * of their own, so per-record checks look only at records whose source is a demo program.
 */
@IntegrationTest
class DemoBusinessesTest {

    private static final String DEMO = " EXISTS (SELECT 1 FROM business_source s WHERE s.business_id = b.id AND s.source LIKE 'demo:%')";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Businesses businesses;
    @Autowired
    NikVault vault;

    @Test
    void aFewHundredBusinessesInEverySeedRegion() {
        assertThat(count("SELECT count(*) FROM business b WHERE " + DEMO)).isGreaterThanOrEqualTo(250);
        assertThat(inRegion("18.71.")).isGreaterThanOrEqualTo(120);
        assertThat(inRegion("14.72.")).isGreaterThanOrEqualTo(40);
        assertThat(inRegion("14.03.")).isGreaterThanOrEqualTo(40);
        assertThat(inRegion("62.")).isGreaterThanOrEqualTo(30);
        assertThat(count("SELECT count(*) FROM business b WHERE region_code LIKE '18.%' AND region_code NOT LIKE '18.71.%' AND " + DEMO))
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyOwnerHasAValidNikFromTheBusinessesDistrict() {
        var rows = jdbc.sql("SELECT o.nik_sealed, b.region_code FROM business b JOIN owner o ON o.id = b.owner_id WHERE " + DEMO)
                .query((rs, i) -> List.of(vault.open(rs.getString("nik_sealed")), rs.getString("region_code"))).list();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(250);
        for (var row : rows) {
            String nik = row.get(0);
            var check = Nik.check(nik, LocalDate.now());
            assertThat(check.valid()).as(check.problems().toString()).isTrue();
            assertThat(check.districtCode()).isEqualTo(row.get(1).substring(0, 8));
        }
    }

    @Test
    void phonesAndNibsAreValid() {
        var phones = jdbc.sql("SELECT o.phone FROM business b JOIN owner o ON o.id = b.owner_id WHERE o.phone IS NOT NULL AND " + DEMO)
                .query(String.class).list();
        assertThat(phones).isNotEmpty().allMatch(PhoneNumbers::isMobile);
        var nibs = jdbc.sql("SELECT nib FROM business b WHERE nib IS NOT NULL AND " + DEMO).query(String.class).list();
        assertThat(nibs).hasSizeGreaterThan(100).allMatch(nib -> Nib.check(nib).valid());
    }

    @Test
    void everyPermitNumberIsValidAndPirtNumbersDescribeTheirProduct() {
        var formats = PermitNumbers.load();
        var permits = jdbc.sql("""
                        SELECT pm.type, pm.number, pm.expires_on, p.packaging, p.irt_food_type_code, b.region_code
                        FROM permit pm JOIN product p ON p.id = pm.product_id JOIN business b ON b.id = pm.business_id
                        WHERE """ + DEMO)
                .query((rs, i) -> new Permit(PermitType.valueOf(rs.getString("type")), rs.getString("number"),
                        rs.getObject("expires_on", LocalDate.class), rs.getString("packaging"), rs.getString("irt_food_type_code"),
                        rs.getString("region_code")))
                .list();
        for (var permit : permits) {
            var check = formats.check(permit.type(), permit.number());
            assertThat(check.valid()).as(permit.number()).isTrue();
            assertThat(check.normalized()).isEqualTo(permit.number());
            if (permit.type() == PermitType.PIRT) {
                var parts = check.pirt().orElseThrow();
                assertThat(parts.packaging()).contains(PirtParts.Packaging.valueOf(permit.packaging()));
                assertThat(parts.matchesFoodType(permit.irtFoodType())).as(permit.number()).isTrue();
                assertThat(permit.number().substring(3, 7)).isEqualTo(permit.region().substring(0, 5).replace(".", ""));
            }
        }
        assertThat(permits).extracting(Permit::type).contains(PermitType.PIRT, PermitType.HALAL, PermitType.BPOM_MD);
        assertThat(permits).filteredOn(p -> p.type() == PermitType.PIRT).hasSizeGreaterThan(50);
        assertThat(permits).filteredOn(p -> p.type() == PermitType.PIRT && p.expiresOn() != null
                        && !p.expiresOn().isBefore(LocalDate.now()) && p.expiresOn().isBefore(LocalDate.now().plusDays(91)))
                .as("P-IRT due for renewal").hasSizeGreaterThanOrEqualTo(3);
        assertThat(count("SELECT count(*) FROM (SELECT pm.type, pm.number FROM permit pm JOIN business b ON b.id = pm.business_id WHERE "
                + DEMO + " GROUP BY pm.type, pm.number HAVING count(*) > 1) d")).as("numbers unique per type").isZero();
    }

    @Test
    void statusesAndScalesVary() {
        var statuses = jdbc.sql("SELECT DISTINCT status FROM business b WHERE " + DEMO).query(String.class).list();
        assertThat(statuses).contains("VERIFIED", "DRAFT");
        var scales = jdbc.sql("SELECT DISTINCT scale FROM business b WHERE scale IS NOT NULL AND " + DEMO).query(String.class).list();
        assertThat(scales).contains("MIKRO", "KECIL", "MENENGAH");
        assertThat(count("SELECT count(*) FROM business b WHERE legal_form = 'CV' AND region_code LIKE '18.71.%' AND " + DEMO)).isPositive();
        assertThat(count("SELECT count(*) FROM product p JOIN business b ON b.id = p.business_id WHERE p.food_category_code IS NULL AND "
                + "b.sector IN ('BATIK', 'HANDICRAFT') AND p.sector_category IS NOT NULL AND " + DEMO)).isPositive();
    }

    @Test
    void theDemoOwnerAccountOwnsExactlyOneBusiness() {
        var owned = jdbc.sql("""
                        SELECT b.id FROM business b JOIN owner o ON o.id = b.owner_id JOIN app_user u ON u.id = o.user_id
                        WHERE u.username = 'pemilik.demo' AND """ + DEMO)
                .query(Long.class).list();
        assertThat(owned).hasSize(1);
        var detail = AsUser.call("pemilik.demo", () -> businesses.get(owned.get(0)));
        assertThat(detail.name()).isEqualTo("Keripik Nenas Ibu Sumarni");
        assertThat(detail.products()).hasSize(2);
        assertThat(detail.permits()).extracting(PermitView::type).containsExactly(PermitType.PIRT);
        assertThat(AsUser.call("pemilik.demo", () -> businesses.search(SearchCriteria.all(), null, 100)).items())
                .extracting(BusinessRow::id).contains(owned.get(0));
    }

    private long inRegion(String prefix) {
        return jdbc.sql("SELECT count(*) FROM business b WHERE region_code LIKE ? AND " + DEMO).param(prefix + "%")
                .query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private record Permit(PermitType type, String number, LocalDate expiresOn, String packaging, String irtFoodType, String region) {
    }
}
