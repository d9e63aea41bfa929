package id.naikkelas.imports;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.NotFound;
import id.naikkelas.registry.BusinessRow;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.SearchCriteria;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static id.naikkelas.imports.ImportFixtures.business;
import static id.naikkelas.imports.ImportFixtures.nik;
import static id.naikkelas.imports.ImportFixtures.run;
import static id.naikkelas.imports.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole imports through the background worker: every line accounted for, nothing duplicated, jobs that survive a crash. */
@IntegrationTest
class ImportJobsTest {

    static final String HEADER = "Nama Usaha;Nama Pemilik;NIK;No. HP/WA;Alamat;Kecamatan;Kelurahan/Desa;Omzet\n";
    static final String[] PRODUCTS = {"Keripik Pisang", "Kue Bangkit", "Lempok Durian", "Bolu Kemojo", "Roti Jala", "Dodol Nanas",
            "Sambal Lingkong", "Kerupuk Ikan", "Abon Tuna", "Otak-otak Tenggiri", "Madu Sialang", "Kopi Liberika", "Teh Serai Wangi",
            "Jamu Kunyit Asam", "Batik Tabir", "Tenun Siak", "Anyaman Pandan", "Sirup Pala", "Kue Bawang", "Pempek Lenjer",
            "Rendang Paru", "Asam Pedas Baung", "Gulai Ikan Patin"};
    static final String[] OWNERS = {"Aminah", "Rosmiati", "Zainal Abidin", "Inah Suryani", "Khadijah", "Syamsul Bahri", "Nurhayati",
            "Yusuf Hamdani", "Ratna Sari", "Muhammad Ridwan", "Sutrisno", "Wulandari", "Hendra Gunawan", "Fitriani", "Agus Salim",
            "Dewi Lestari", "Bambang Irawan", "Rina Marlina", "Taufik Hidayat", "Yanti Susanti", "Eko Prasetyo", "Siti Hajar",
            "Rudi Hartono"};

    @Autowired
    ImportJobs jobs;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportProcessor processor;
    @Autowired
    Rejections rejections;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate tx;

    /**
     * The search words of businesses an import creates are written by the registry's insert trigger, one statement for
     * the whole chunk (V84): each business has exactly the words of its name and owner, and the registry search finds
     * it by a new word, a misspelt one and its owner's name.
     */
    @Test
    void importedBusinessesAreFoundByTheRegistrySearch() {
        // words no other test uses, so the first line brings a word the registry has never seen
        var letters = new StringBuilder("Zq");
        java.util.concurrent.ThreadLocalRandom.current().ints(5, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        String word = letters + "ung";
        String csv = HEADER
                + "Keripik " + word + " Bu Aminah;Aminah " + word + ";;0812-7100-0101;Jl. Sudirman 7;Dumai Barat;Purnama;\n"
                + "Dodol " + word + " Berkah;Syamsul Bahri;;0812-7100-0102;;Dumai Kota;Laksamana;\n"
                + "Bolu Kemojo Sejahtera " + word + ";Ratna Sari " + word + ";;0812-7100-0103;;Dumai Barat;;\n";
        var job = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "kata-cari.csv", csv), ImportFixtures.NIK_OPTIONAL);
        assertThat(job.counts().created()).isEqualTo(3);
        var created = jdbc.sql("SELECT business_id FROM import_row WHERE job_id = ? AND outcome = 'CREATED' ORDER BY line").param(job.id())
                .query(Long.class).list();

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM business b WHERE b.id = ANY(CAST(:ids AS bigint[]))
                          AND (SELECT array_agg(w ORDER BY w) FROM search_words(b.search_doc) w)
                              = (SELECT array_agg(s.word ORDER BY s.word) FROM business_word bw JOIN search_word s ON s.id = bw.word_id
                                 WHERE bw.business_id = b.id AND bw.region_code = b.region_code)""")
                .param("ids", created.toArray(Long[]::new)).query(Long.class).single())
                .as("every imported business has exactly its words, in its region").isEqualTo(3);
        assertThat(search("petugas.dumai", word)).containsExactlyInAnyOrderElementsOf(created);
        String misspelt = word.substring(0, word.length() - 3) + "ong";
        assertThat(search("petugas.dumai", "dodol " + misspelt)).contains(created.get(1));
        assertThat(search("petugas.dumai", "Ratna " + word)).contains(created.get(2));
        assertThat(search("petugas.bengkalis", word)).as("another region's officer").isEmpty();
    }

    private List<Long> search(String user, String q) {
        return AsUser.call(user, () -> businesses.search(new SearchCriteria(q, null, null, null, null, null, null, null, null), null, 50))
                .items().stream().map(BusinessRow::id).toList();
    }

    @Test
    void everyLineIsValidatedMatchedOrCreatedAndAccountedFor() {
        String existingNik = nik();
        long existing = AsUser.call("petugas.dumai", () -> businesses.register(
                business("Lempok Durian Atuk Zainal", "Zainal Abidin", "Jl. Laksamana 4", "14.72.06.1001", null, existingNik), null));
        String csv = HEADER
                + "Keripik Nanas Bu Siti Aminah;Siti Aminah;" + nik() + ";0812-7100-0001;Jl. Sudirman 5;Dumai Barat;Purnama;150 juta\n"
                + "Lempok Durian Atuk;Zainal Abidin;" + existingNik + ";0812-7100-0002;;Dumai Kota;Laksamana;\n"
                + "Kue Bangkit Ros;Rosmiati;1.47201E+15;;;Dumai Kota;;\n"
                + "Dodol Bantan;Syamsul;;;;Kec. Bantan;;\n"
                + "Roti Jala Mak Ijah;Khadijah;;0812-7100-0005;;Dumai Barta;Purnama;\n"
                + "Sambal Lingkong;;;;;Dumai Timur;;\n"
                + "Kripik Nenas Ibu Siti Aminah;Hj. Siti Aminah;;0812 7100 0001;Jalan Sudirman No. 5;Dumai Barat;Purnama;\n"
                + ";;;;;;;\n"
                + "Otak-otak Pak Amat;Amat;;12345;;Dumai Selatan;;\n";
        var job = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "binaan-dumai.csv", csv), ImportFixtures.NIK_OPTIONAL);

        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(job.counts()).isEqualTo(new ImportJob.Counts(8, 4, 2, 2, 0));
        assertThat(jdbc.sql("SELECT line || ':' || outcome FROM import_row WHERE job_id = ? ORDER BY line").param(job.id())
                .query(String.class).list())
                .containsExactly("2:CREATED", "3:MATCHED", "4:REJECTED", "5:REJECTED", "6:CREATED", "7:REJECTED", "8:MATCHED", "10:REJECTED");
        var reasons = AsUser.call("petugas.dumai", () -> rejections.page(job.id(), 0, 100, Locale.forLanguageTag("id")));
        assertThat(reasons).extracting(Rejections.Rejected::line).containsExactly(4, 5, 7, 10);
        assertThat(reasons.get(0).reasons()).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("C (NIK)");
            assertThat(r.value()).isEqualTo("1.47201E+15");
            assertThat(r.message()).contains("notasi ilmiah");
        });
        assertThat(reasons.get(1).reasons().get(0).message()).contains("Kec. Bantan").contains("wilayah kerja");

        // the exact NIK linked the existing business, which kept its values and gained the phone it lacked
        var linked = AsUser.call("petugas.dumai", () -> businesses.get(existing));
        assertThat(linked.name()).isEqualTo("Lempok Durian Atuk Zainal");
        assertThat(linked.owner().phone()).isEqualTo("+6281271000002");
        assertThat(linked.sources()).contains(job.source());
        assertThat(audit.historyOf("business", existing)).anySatisfy(e -> assertThat(e.changes()).containsKey("owner.phone"));
        // line 8 repeats line 2 in other spellings: one business, completed from both
        long siti = jdbc.sql("SELECT business_id FROM import_row WHERE job_id = ? AND line = 2").param(job.id()).query(Long.class).single();
        assertThat(jdbc.sql("SELECT business_id FROM import_row WHERE job_id = ? AND line = 8").param(job.id()).query(Long.class).single())
                .isEqualTo(siti);
        assertThat(jdbc.sql("SELECT count(*) FROM business_source WHERE source = ?").param(job.source()).query(Integer.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'business.batch' AND changes::text LIKE ?")
                .param("%" + job.source() + "%").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theSameFileTwiceIsRefusedAndACorrectedListMatchesInsteadOfDuplicating() {
        String owner = "Rahmawati " + UUID.randomUUID().toString().substring(0, 6);
        String csv = HEADER + "Bolu Kemojo Rahma;" + owner + ";;0812-7200-0001;Jl. Cempedak 3;Dumai Kota;Bintan;\n"
                + "Keripik Singkong Balado;" + owner + ";;0812-7200-0002;;Dumai Kota;Bintann Raya;\n";
        var first = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "rahma.csv", csv), ImportFixtures.NIK_OPTIONAL);
        assertThat(first.counts().created()).isEqualTo(1);
        assertThat(first.counts().rejected()).isEqualTo(1);

        assertThatThrownBy(() -> upload(jobs, "petugas.dumai", "rahma-lagi.csv", csv))
                .isInstanceOfSatisfying(AlreadyImported.class, e -> assertThat(e.jobId()).isEqualTo(first.id()));
        // another agency may bring the same file: it is their list
        var elsewhere = upload(jobs, "petugas.bengkalis", "rahma.csv", csv);
        assertThat(elsewhere.id()).isNotEqualTo(first.id());

        // the agency corrects the rejected row and sends the whole list again (different bytes): nothing is created twice
        String corrected = csv.replace("Bintann Raya", "Bintan") + "\n";
        var second = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "rahma-perbaikan.csv", corrected), ImportFixtures.NIK_OPTIONAL);
        assertThat(second.counts().matched()).isEqualTo(1);
        assertThat(second.counts().created()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM business b JOIN owner o ON o.id = b.owner_id WHERE o.full_name = ?")
                .param(owner).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anOfficerImportsOnlyIntoTheirOwnJurisdiction() {
        String csv = "Nama Usaha,Nama Pemilik,Kode Wilayah\nDodol Bengkalis,Syamsul Bahri,14.03.01.2004\nKue Bangkit Dumai,Ros,14.72.01.1006\n";
        var job = run(jobs, "petugas.bengkalis", upload(jobs, "petugas.bengkalis", "campuran.csv", csv), ImportFixtures.NIK_OPTIONAL);
        assertThat(job.counts().created()).isEqualTo(1);
        var rejected = AsUser.call("petugas.bengkalis", () -> rejections.page(job.id(), 0, 10, Locale.ENGLISH));
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.reasons().get(0).message()).contains("outside your jurisdiction"));

        assertThatThrownBy(() -> AsUser.call("petugas.dumai", () -> jobs.get(job.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> upload(jobs, "pendamping.palangkaraya", "x.csv", csv)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aJobStoppedMidWayResumesAfterItsLastCommittedChunkWithoutDuplicates() {
        var csv = new StringBuilder(HEADER);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < PRODUCTS.length; i++) {
            csv.append(PRODUCTS[i]).append(' ').append(tag).append(';').append(OWNERS[i]).append(";;;;Medang Kampai;Guntung;\n");
        }
        var job = upload(jobs, "petugas.dumai", "lanjut-" + tag + ".csv", csv.toString());
        AsUser.run("petugas.dumai", () -> jobs.map(job.id(), job.mapping(), ImportFixtures.NIK_OPTIONAL, false, null));
        // a node claims the job and dies after two chunks of five (the worker stops between chunks, as when killed there)
        var claim = new ImportClaims.Claim(job.id(), UUID.randomUUID());
        jdbc.sql("UPDATE import_job SET status = 'RUNNING', claim_token = ?, heartbeat_at = now() WHERE id = ?")
                .params(claim.token(), job.id()).update();
        var chunks = new AtomicInteger();
        assertThat(processor.process(claim, 5, () -> chunks.getAndIncrement() < 2)).isEqualTo(ImportProcessor.Ending.STOPPED);
        assertThat(lines(job.id())).isEqualTo(10);
        assertThat(jdbc.sql("SELECT last_line FROM import_job WHERE id = ?").param(job.id()).query(Integer.class).single()).isEqualTo(11);

        // its heartbeat goes stale: a worker (here: this node's poller) takes the job over and finishes it
        jdbc.sql("UPDATE import_job SET heartbeat_at = now() - interval '1 hour' WHERE id = ?").param(job.id()).update();
        var done = ImportFixtures.awaitFinished(jobs, "petugas.dumai", job.id());
        assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.counts().created()).isEqualTo(23);
        assertThat(lines(job.id())).isEqualTo(23);
        assertThat(jdbc.sql("SELECT count(DISTINCT line) FROM import_row WHERE job_id = ?").param(job.id()).query(Integer.class).single())
                .isEqualTo(23);
        assertThat(jdbc.sql("SELECT count(*) FROM business WHERE name LIKE ?").param("% " + tag).query(Integer.class).single())
                .isEqualTo(23);

        // the presumed-dead worker comes back: its claim is gone, it writes nothing
        assertThat(processor.process(claim, 5, () -> true)).isEqualTo(ImportProcessor.Ending.LOST);
        assertThat(lines(job.id())).isEqualTo(23);
    }

    @Test
    void aCancelledJobKeepsWhatWasCommittedAndResumesLater() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var job = upload(jobs, "petugas.dumai", "batal-" + tag + ".csv", HEADER + "Usaha Batal " + tag + ";Pemilik " + tag + ";;;;Bukit Kapur;;\n");
        // start and cancel in one transaction holding the job's row, so no worker can claim it in between
        var cancelled = AsUser.call("petugas.dumai", () -> tx.execute(status -> {
            jobs.map(job.id(), job.mapping(), ImportFixtures.NIK_OPTIONAL, false, null);
            jdbc.sql("SELECT id FROM import_job WHERE id = ? FOR UPDATE").param(job.id()).query(Long.class).single();
            jobs.start(job.id());
            return jobs.cancel(job.id());
        }));
        assertThat(cancelled.status()).isEqualTo(ImportStatus.CANCELLED);
        AsUser.run("petugas.dumai", () -> jobs.resume(job.id()));
        assertThat(ImportFixtures.awaitFinished(jobs, "petugas.dumai", job.id()).counts().created()).isEqualTo(1);
    }

    @Test
    void rejectedRowsComeBackAsAnExcelFileOfTheOriginalRowsWithTheReasons() throws Exception {
        String csv = "Nama Usaha;Nama Pemilik;NIK;Kecamatan\nKue Bawang;Lina;1.47201E+15;Dumai Kota\nKue Satu;Yati;;Dumai Kota\n";
        var job = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "ditolak.csv", csv), ImportFixtures.NIK_OPTIONAL);
        var out = new ByteArrayOutputStream();
        AsUser.run("petugas.dumai", () -> {
            try {
                rejections.writeExcel(job.id(), out, Locale.forLanguageTag("id"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(4)).isEqualTo("Alasan ditolak");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Kue Bawang");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("1.47201E+15");
            assertThat(rows.get(1).getCellText(4)).startsWith("C (NIK): ").contains("notasi ilmiah");
        }
    }

    private int lines(long jobId) {
        return jdbc.sql("SELECT count(*) FROM import_row WHERE job_id = ?").param(jobId).query(Integer.class).single();
    }
}
