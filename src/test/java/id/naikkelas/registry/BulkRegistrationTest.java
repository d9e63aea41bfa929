package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk path list imports use: owners reused by NIK as {@code register} does, whatever else writes at the same time. */
@IntegrationTest
class BulkRegistrationTest {

    static final String OFFICER = "petugas.dumai";
    static final String VILLAGE = "14.72.06.1001";
    /** NIKs of women born 21-05-1992 in Dumai Barat: a birth date no other fixture uses. */
    private static final AtomicInteger SERIAL = new AtomicInteger(5000);

    @Autowired
    Businesses businesses;
    @Autowired
    NikVault vault;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aBatchReusesTheOwnerOfARegisteredNikAndOfANikRepeatedInTheBatch() {
        String tag = tag();
        String known = nik();
        String repeated = nik();
        long registered = AsUser.call(OFFICER, () -> businesses.register(entry("Kue Bangkit " + tag, "Rosmiati", known), null));

        var ids = AsUser.call(OFFICER, () -> businesses.registerAll(List.of(
                entry("Lempok Durian " + tag, "Rosmiati", known),
                entry("Roti Jala " + tag, "Khadijah", repeated),
                entry("Bolu Kemojo " + tag, "Khadijah", repeated),
                entry("Dodol Nanas " + tag, "Aminah", null),
                entry("Sirup Pala " + tag, "Aminah", null)), "daftar " + tag));

        assertThat(ids).hasSize(5);
        assertThat(owner(ids.get(0))).isEqualTo(owner(registered));
        assertThat(owner(ids.get(1))).isEqualTo(owner(ids.get(2)));
        assertThat(owner(ids.get(3))).isNotEqualTo(owner(ids.get(4)));
        assertThat(ownersHolding(repeated)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT nik_sealed FROM owner WHERE id = ?").param(owner(ids.get(1))).query(String.class).single())
                .satisfies(sealed -> assertThat(vault.open(sealed)).isEqualTo(repeated));
        assertThat(jdbc.sql("SELECT count(*) FROM business_source WHERE source = ?").param("daftar " + tag).query(Integer.class).single())
                .isEqualTo(5);
    }

    @Test
    void twoBatchesInOneTransactionWriteEachRowOnce() {
        String tag = tag();
        AsUser.run(OFFICER, () -> tx.executeWithoutResult(status -> {
            businesses.registerAll(List.of(entry("Kerupuk Ikan " + tag, "Nurhayati", nik()), entry("Abon Tuna " + tag, "Ratna", nik())),
                    "daftar " + tag);
            businesses.registerAll(List.of(entry("Madu Sialang " + tag, "Wulandari", nik())), "daftar " + tag);
        }));
        assertThat(jdbc.sql("SELECT count(*) FROM business WHERE name LIKE ?").param("% " + tag).query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void aNikRegisteredMeanwhileByAnotherImportKeepsOneOwner() throws Exception {
        String tag = tag();
        String nik = nik();
        var firstWrote = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // the first import has registered the NIK but not committed yet
        var first = CompletableFuture.supplyAsync(() -> AsUser.call(OFFICER, () -> tx.execute(status -> {
            var ids = businesses.registerAll(List.of(entry("Teh Serai " + tag, "Dewi Lestari", nik)), "pertama " + tag);
            firstWrote.countDown();
            await(release);
            return ids.get(0);
        })));
        assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
        // the second one looks the NIK up (not visible yet) and then waits on the first one's owner row
        var second = CompletableFuture.supplyAsync(() -> AsUser.call(OFFICER,
                () -> businesses.registerAll(List.of(entry("Jamu Kunyit " + tag, "Dewi Lestari", nik)), "kedua " + tag).get(0)));
        awaitSomeoneWaitingOnALock();
        release.countDown();

        long a = first.get(30, TimeUnit.SECONDS);
        long b = second.get(30, TimeUnit.SECONDS);
        assertThat(ownersHolding(nik)).isEqualTo(1);
        assertThat(owner(b)).isEqualTo(owner(a));
    }

    private void awaitSomeoneWaitingOnALock() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO owner%'")
                .query(Integer.class).single() == 0) {
            assertThat(System.nanoTime()).as("the second import waits for the first").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long owner(long businessId) {
        return jdbc.sql("SELECT owner_id FROM business WHERE id = ?").param(businessId).query(Long.class).single();
    }

    private int ownersHolding(String nik) {
        return jdbc.sql("SELECT count(*) FROM owner WHERE nik_hash = ?").param(vault.hash(nik)).query(Integer.class).single();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static String nik() {
        return "147206610592" + SERIAL.getAndIncrement();
    }

    private static BusinessData entry(String name, String owner, String nik) {
        return new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Sudirman 5", VILLAGE,
                null, null, null, null, null, null, null, null, null, null, new BusinessData.OwnerData(owner, nik, "P", null, null));
    }
}
