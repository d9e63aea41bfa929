package id.naikkelas.imports;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.Businesses;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import static id.naikkelas.imports.ImportFixtures.business;
import static id.naikkelas.imports.ImportFixtures.nik;
import static id.naikkelas.imports.ImportFixtures.run;
import static id.naikkelas.imports.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import keeps no NIK in clear: samples masked, rejected cells and rows for review sealed, details purged
 * after the retention period; and a scan of every text column of the shared test database (whatever the
 * other tests left in it, plus an import made here with NIKs in every place one can land) finds none.
 */
@IntegrationTest
class NoClearNikTest {

    /** Sixteen digits standing alone, or in the groups people type (4-4-4-4, 6-6-4, 2-2-2-6-4) with one separator. */
    private static final String NIK_SHAPED = "(^|[^0-9A-Za-z])([0-9]{16}|[0-9]{4}([ .-])[0-9]{4}\\3[0-9]{4}\\3[0-9]{4}"
            + "|[0-9]{6}([ .-])[0-9]{6}\\4[0-9]{4}|[0-9]{2}([ .-])[0-9]{2}\\5[0-9]{2}\\5[0-9]{6}\\5[0-9]{4})($|[^0-9A-Za-z])";

    /** Columns that may hold 16 digits in a row without any NIK in them, each with the reason. */
    private static final Map<String, String> NOT_NIKS = Map.of(
            "owner.nik_hash", "keyed HMAC of the NIK in hex: digit runs occur by chance and reveal nothing",
            "import_job.content_sha256", "SHA-256 of an uploaded file in hex: digit runs occur by chance");

    @Autowired
    ImportJobs jobs;
    @Autowired
    Rejections rejections;
    @Autowired
    Reviews reviews;
    @Autowired
    Businesses businesses;
    @Autowired
    ImportRetention retention;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportKeepsNoNikInClearYetGivesTheRejectedOnesBackInItsExcelFile() throws IOException {
        AsUser.call("petugas.dumai", () -> businesses.register(business("Dodol Nanas Mak Unah", "Unah Marlina",
                "Jl. Sultan Syarif Kasim No. 40", "14.72.06.1002", "0812-7400-0001", null), null));
        String rejectedNik = nik();
        String queuedNik = nik();
        String spouseNik = nik();
        String csv = "Nama Usaha;Nama Pemilik;NIK;NIK Suami;Kecamatan;Kelurahan\n"
                + "Keripik Talas;Sari;'" + rejectedNik + ";" + spaced(spouseNik) + ";Kec. Tidak Ada;;\n"
                + "Dodol Nanas Unah;Hj. Unah;" + queuedNik + ";;Dumai Kota;Rimba Sekampung\n";
        var job = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "nik-di-mana-mana.csv", csv));
        assertThat(job.counts().rejected()).isEqualTo(1);
        assertThat(job.counts().queued()).isEqualTo(1);

        // the mapping screen shows enough to recognise the column, not the numbers
        assertThat(job.columns().get(2).samples()).contains(rejectedNik.substring(0, 4) + "\u2022".repeat(10) + rejectedNik.substring(14));
        assertThat(job.columns().get(3).samples().get(0)).doesNotContain(spouseNik.substring(4, 14));
        // the rejected-lines page and API mask them too; the Excel file to correct gives back what was read
        var page = AsUser.call("petugas.dumai", () -> rejections.page(job.id(), 0, 10, Locale.ENGLISH));
        assertThat(page.get(0).cells().get(2)).isEqualTo(rejectedNik.substring(0, 4) + "\u2022".repeat(10) + rejectedNik.substring(14));
        var out = new ByteArrayOutputStream();
        AsUser.run("petugas.dumai", () -> {
            try {
                rejections.writeExcel(job.id(), out, Locale.ENGLISH);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCellText(2)).isEqualTo("'" + rejectedNik);
            assertThat(row.getCellText(3)).isEqualTo(spaced(spouseNik));
        }
        // the officer reviewing the queued row still creates the owner with the NIK as read
        var item = AsUser.call("petugas.dumai", () -> reviews.queue(Reviews.Status.PENDING, job.id(), 0, 10)).get(0);
        int version = AsUser.call("petugas.dumai", () -> reviews.get(item.id(), Locale.ENGLISH)).version();
        long created = AsUser.call("petugas.dumai", () -> reviews.create(item.id(), version));
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(created)).owner().nik()).isEqualTo(queuedNik);

        // a merge keeps the business's state before it (the owner's NIK included) for undo: sealed too
        String existingNik = nik();
        long existing = AsUser.call("petugas.dumai", () -> businesses.register(business("Bolu Kemojo Mak Ipah", "Ipah Suryani",
                "Jl. Sultan Syarif Kasim No. 44", "14.72.06.1002", "0812-7400-0044", existingNik), null));
        var merge = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "tinjau-ipah.csv", "Nama Usaha;Nama Pemilik;E-mail;Kecamatan;Kelurahan;Omzet\n"
                + "Bolu Kemojo Ipah;Hj. Ipah;ipah@contoh.id;Dumai Kota;Rimba Sekampung;60 juta\n"));
        assertThat(merge.counts().queued()).isEqualTo(1);
        var toMerge = AsUser.call("petugas.dumai", () -> reviews.queue(Reviews.Status.PENDING, merge.id(), 0, 10)).get(0);
        assertThat(toMerge.businessId()).isEqualTo(existing);
        int mergeVersion = AsUser.call("petugas.dumai", () -> reviews.get(toMerge.id(), Locale.ENGLISH)).version();
        AsUser.run("petugas.dumai", () -> reviews.merge(toMerge.id(), mergeVersion, Map.of()));
        assertThat(clearNiks()).as("after the merge: columns holding a NIK-shaped value in clear").isEmpty();
        AsUser.run("petugas.dumai", () -> reviews.undo(toMerge.id()));
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(existing)).owner().nik()).as("undo restores the NIK").isEqualTo(existingNik);

        assertThat(clearNiks()).as("columns holding a NIK-shaped value in clear").isEmpty();
    }

    @Test
    void aFinishedImportsRejectedLinesAndSamplesArePurgedAfterTheRetentionPeriodOnce() {
        var job = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "lama.csv",
                "Nama Usaha;Nama Pemilik;NIK;Kecamatan\nKue Lama;Ani;" + nik() + ";Kec. Tidak Ada\n"));
        assertThat(job.counts().rejected()).isEqualTo(1);
        retention.purgeOlderThan(Duration.ofDays(90));
        assertThat(rejectedLines(job.id())).as("a recent job keeps its details").isEqualTo(1);

        jdbc.sql("UPDATE import_job SET finished_at = now() - interval '91 days' WHERE id = ?").param(job.id()).update();
        assertThat(retention.purgeOlderThan(Duration.ofDays(90))).isPositive();
        assertThat(rejectedLines(job.id())).isZero();
        var purged = AsUser.call("petugas.dumai", () -> jobs.get(job.id()));
        assertThat(purged.columns()).isNotEmpty().allSatisfy(c -> assertThat(c.samples()).isEmpty());
        assertThat(purged.counts().rejected()).as("the counts stay").isEqualTo(1);
        // another node running the same purge right after finds nothing left for this job
        var purgedAt = purged.detailsPurgedAt();
        assertThat(purgedAt).as("the job tells when its details went").isNotNull();
        retention.purgeOlderThan(Duration.ofDays(90));
        assertThat(AsUser.call("petugas.dumai", () -> jobs.get(job.id())).detailsPurgedAt()).isEqualTo(purgedAt);
    }

    private int rejectedLines(long jobId) {
        return jdbc.sql("SELECT count(*) FROM import_rejection WHERE job_id = ?").param(jobId).query(Integer.class).single();
    }

    private static String spaced(String nik) {
        return nik.substring(0, 4) + " " + nik.substring(4, 8) + " " + nik.substring(8, 12) + " " + nik.substring(12);
    }

    /** Every text, JSON and array column of every table with a row whose value looks like a NIK, as table.column (rows). */
    private java.util.List<String> clearNiks() {
        var columns = jdbc.sql("""
                        SELECT c.table_name, c.column_name FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                          AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
                        ORDER BY 1, 2""")
                .query((rs, i) -> rs.getString(1) + "." + rs.getString(2)).list();
        assertThat(columns).as("the scan reads the registry's tables").contains("owner.nik_sealed", "import_rejection.cells");
        // the pattern itself, so a scan that finds nothing means something
        for (String shape : new String[]{"{\"c\": [\"1472017101997001\"]}", "'1472 0171 0199 7001", "147201.710199.7001", "x 14-72-01-710199-7001"}) {
            assertThat(jdbc.sql("SELECT ? ~ ?").params(shape, NIK_SHAPED).query(Boolean.class).single()).as(shape).isTrue();
        }
        for (String other : new String[]{"14.72.06.1001", "nk_a1472017101997001", "1472\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u202201", "+6281271000002"}) {
            assertThat(jdbc.sql("SELECT ? ~ ?").params(other, NIK_SHAPED).query(Boolean.class).single()).as(other).isFalse();
        }
        var found = new ArrayList<String>();
        for (String column : columns) {
            if (NOT_NIKS.containsKey(column)) {
                continue;
            }
            String[] parts = column.split("\\.");
            int rows = jdbc.sql("SELECT count(*) FROM \"" + parts[0] + "\" WHERE \"" + parts[1] + "\"::text ~ ?")
                    .param(NIK_SHAPED).query(Integer.class).single();
            if (rows > 0) {
                found.add(column + " (" + rows + ")");
            }
        }
        return found;
    }
}
