package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrySearchTest {

    @Autowired
    Businesses businesses;
    @Autowired
    Products products;

    long sitiDumai;
    long rendangBengkalis;
    long kopiBandarLampung;

    @BeforeAll
    void registerBusinesses() {
        sitiDumai = AsUser.call("petugas.dumai", () -> businesses.register(
                RegistryFixtures.withNib(RegistryFixtures.business("Keripik Nenas Ibu Siti Qwz", "Siti Rahmawati", "14.72.01.1003", Sector.PROCESSED_FOOD),
                        "9120001234567"), null));
        AsUser.run("petugas.dumai", () -> products.addPermit(products.create(sitiDumai, RegistryFixtures.snack("Keripik Nenas")),
                new PermitData(PermitType.PIRT, "2061472010001-29", null, null, null)));
        rendangBengkalis = AsUser.call("petugas.bengkalis", () -> businesses.register(
                RegistryFixtures.business("Rendang Lokan Bengkalis Qwz", "Hasnah", "14.03.01.2004", Sector.PROCESSED_FOOD), null));
        kopiBandarLampung = AsUser.call("petugas.lampung", () -> businesses.register(
                RegistryFixtures.business("Kopi Robusta Tanjung Qwz", "Bambang", "18.71.01.1003", Sector.BEVERAGE), null));
    }

    @Test
    void misspelledNamesStillFindTheBusiness() {
        assertThat(searchAs("petugas.dumai", "kripik nenas qwz")).contains(sitiDumai);
        assertThat(searchAs("petugas.dumai", "Bu Siti Qwz")).contains(sitiDumai);
        assertThat(searchAs("petugas.dumai", "keripik nanas ibu siti qwz")).contains(sitiDumai);
        assertThat(searchAs("petugas.dumai", "rahmawati")).contains(sitiDumai);
        assertThat(searchAs("petugas.dumai", "martabak zzz")).doesNotContain(sitiDumai);
    }

    @Test
    void searchOnlyReturnsTheUsersJurisdiction() {
        assertThat(searchAs("petugas.dumai", "Qwz")).contains(sitiDumai).doesNotContain(rendangBengkalis, kopiBandarLampung);
        assertThat(searchAs("petugas.bengkalis", "Qwz")).contains(rendangBengkalis).doesNotContain(sitiDumai);
        assertThat(searchAs("petugas.lampung", "Qwz")).containsExactly(kopiBandarLampung);
        assertThat(searchAs("admin", "Qwz")).contains(sitiDumai, rendangBengkalis, kopiBandarLampung);
    }

    @Test
    void regionFilterWorksAtEveryLevel() {
        for (String region : List.of("14", "14.72", "14.72.01", "14.72.01.1003")) {
            assertThat(ids("admin", new SearchCriteria("Qwz", null, null, region, null, null, null, null, null)))
                    .as(region).contains(sitiDumai).doesNotContain(kopiBandarLampung);
        }
        assertThat(ids("admin", new SearchCriteria("Qwz", null, null, "14.72.02", null, null, null, null, null))).doesNotContain(sitiDumai);
        assertThat(ids("admin", new SearchCriteria("Qwz", null, null, "18", null, null, null, null, null))).containsExactly(kopiBandarLampung);
    }

    @Test
    void exactIdentifiersAndPermitFilters() {
        String nik = AsUser.call("admin", () -> businesses.get(sitiDumai).owner().nik());
        assertThat(ids("petugas.dumai", new SearchCriteria(null, nik, null, null, null, null, null, null, null))).containsExactly(sitiDumai);
        assertThat(ids("petugas.bengkalis", new SearchCriteria(null, nik, null, null, null, null, null, null, null))).isEmpty();
        assertThat(ids("admin", new SearchCriteria(null, null, "9120001234567", null, null, null, null, null, null))).containsExactly(sitiDumai);
        assertThat(ids("admin", new SearchCriteria("Qwz", null, null, null, null, null, null, PermitType.PIRT, null))).containsExactly(sitiDumai);
        assertThat(ids("admin", new SearchCriteria("Qwz", null, null, null, null, null, null, null, PermitType.PIRT)))
                .contains(rendangBengkalis, kopiBandarLampung).doesNotContain(sitiDumai);
        assertThat(ids("admin", new SearchCriteria("Qwz", null, null, null, Sector.BEVERAGE, null, null, null, null))).containsExactly(kopiBandarLampung);
        assertThat(ids("admin", new SearchCriteria("Qwz", null, null, null, null, BusinessScale.MIKRO, BusinessStatus.DRAFT, null, null)))
                .contains(sitiDumai, rendangBengkalis, kopiBandarLampung);
    }

    @Test
    void theSearchWordsFollowTheBulkPathAndEdits() {
        // the import's set-based path (ADR 0005) writes the words in its own statement's transaction, as a registration does
        var ids = AsUser.call("petugas.dumai", () -> businesses.registerAll(List.of(
                RegistryFixtures.business("Bolu Kemojo Zyx", "Nurhayati", "14.72.01.1003", Sector.PROCESSED_FOOD),
                RegistryFixtures.business("Lempok Durian Zyx", "Halimah", "14.72.01.1003", Sector.PROCESSED_FOOD)), "uji:daftar"));
        assertThat(searchAs("petugas.dumai", "bolu kemojo zyx")).contains(ids.get(0));
        assertThat(searchAs("petugas.dumai", "lempok duren zyx")).contains(ids.get(1));
        assertThat(searchAs("petugas.bengkalis", "lempok durian zyx")).doesNotContain(ids.get(1));

        long id = ids.get(0);
        int version = AsUser.call("petugas.dumai", () -> businesses.get(id)).version();
        AsUser.run("petugas.dumai", () -> businesses.update(id, version,
                RegistryFixtures.withName(businesses.dataOf(id), "Kue Bangkit Zyx")));
        assertThat(searchAs("petugas.dumai", "kue bangkit zyx")).as("the new name").contains(id);
        assertThat(searchAs("petugas.dumai", "bolu kemojo")).as("the old name").doesNotContain(id);
    }

    @Test
    void keysetPagesWalkTheWholeListWithoutRepeatsOrGaps() {
        for (String q : new String[] {null, "keripik"}) {
            var criteria = new SearchCriteria(q, null, null, "14", null, null, null, null, null);
            var small = walk(criteria, 7);
            assertThat(small).as("query " + q).containsExactlyElementsOf(walk(criteria, 100));
            assertThat(new HashSet<>(small)).hasSameSizeAs(small);
            assertThat(small).hasSizeGreaterThan(7);
        }
    }

    private List<Long> walk(SearchCriteria criteria, int pageSize) {
        var ids = new ArrayList<Long>();
        String cursor = null;
        do {
            String after = cursor;
            var page = AsUser.call("admin", () -> businesses.search(criteria, after, pageSize));
            page.items().forEach(row -> ids.add(row.id()));
            cursor = page.next();
        } while (cursor != null);
        return ids;
    }

    private List<Long> searchAs(String user, String q) {
        return ids(user, SearchCriteria.text(q));
    }

    private List<Long> ids(String user, SearchCriteria criteria) {
        return ids(user, criteria, 100);
    }

    private List<Long> ids(String user, SearchCriteria criteria, int size) {
        return AsUser.call(user, () -> businesses.search(criteria, null, size)).items().stream().map(BusinessRow::id).toList();
    }
}
