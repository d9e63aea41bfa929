package id.naikkelas.imports;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static id.naikkelas.imports.ImportFixtures.nik;
import static id.naikkelas.imports.ImportFixtures.run;
import static id.naikkelas.imports.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a list's "permits held" column becomes the registry's business-level permits where the type is
 * recognised and the number valid, the rest and the notes column the business's notes; a re-import adds nothing twice.
 */
@IntegrationTest
class ImportPermitsNotesTest {

    @Autowired
    ImportJobs jobs;
    @Autowired
    LineOutcomes lines;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reviews reviews;

    static String digits(int n) {
        var random = ThreadLocalRandom.current();
        var text = new StringBuilder().append(1 + random.nextInt(9));
        while (text.length() < n) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }

    @Test
    void permitsAndNotesAreRecordedOnceAndNeverRefuseALine() {
        assertThat(Headers.guess(List.of("Nama Usaha", "Izin yang dimiliki", "Keterangan"))).containsEntry(Field.PERMITS_HELD, 1)
                .containsEntry(Field.NOTES, 2);
        assertThat(Headers.guess(List.of("NIB", "P-IRT/Halal/NIB", "Ket."))).containsEntry(Field.NIB, 0)
                .containsEntry(Field.PERMITS_HELD, 1).containsEntry(Field.NOTES, 2);
        assertThat(Headers.guess(List.of("Legalitas", "Catatan"))).containsEntry(Field.PERMITS_HELD, 0).containsEntry(Field.NOTES, 1);
        assertThat(Headers.guess(List.of("Sertifikat"))).containsEntry(Field.PERMITS_HELD, 0);

        assertThat(RequiredFields.effective(java.util.Set.of(Field.PERMITS_HELD, Field.NOTES), java.util.Map.of()))
                .as("these columns never refuse a line").doesNotContain(Field.PERMITS_HELD, Field.NOTES);

        String pirt = digits(13) + "-" + digits(2);
        String halal = "ID" + digits(17);
        String pirt2 = digits(15);
        String nib = digits(13);
        String csv = "Nama Usaha;Nama Pemilik;NIK;Kecamatan;Kelurahan;Izin yang dimiliki;Keterangan\n"
                + "Bolu Kemojo Rusmini;Rusmini;" + nik() + ";Dumai Kota;Laksamana;\"P-IRT " + pirt + "; Halal " + halal
                + "; halal (proses)\";binaan 2025\n"
                + "Amplang Tenggiri Zubaidah;Zubaidah;" + nik() + ";Dumai Timur;Tanjung Palas;\"PIRT No. " + pirt2 + ", NIB " + nib + "\";-\n"
                + "Dodol Durian Marlina;Marlina;" + nik() + ";Dumai Barat;Purnama;P-IRT sudah ada;\n"
                + "Lempuk Nangka Sarinah;Sarinah;" + nik() + ";Dumai Barat;Purnama;Halal " + halal + " / P-IRT 12345;kirim ulang berkas\n";
        var first = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "izin-catatan.csv", csv));
        assertThat(first.counts()).as("no line refused because of these columns").isEqualTo(new ImportJob.Counts(4, 0, 4, 0, 0));
        var outcomes = AsUser.call("petugas.dumai", () -> lines.page(first.id(), null, 0, 10, Locale.ENGLISH));
        long bolu = outcomes.get(0).businessId();
        long amplang = outcomes.get(1).businessId();
        long dodol = outcomes.get(2).businessId();
        long lempuk = outcomes.get(3).businessId();

        var boluDetail = AsUser.call("petugas.dumai", () -> businesses.get(bolu));
        assertThat(boluDetail.permits()).extracting(p -> p.type() + " " + p.number() + " " + p.productId())
                .containsExactlyInAnyOrder("HALAL " + halal + " null", "PIRT " + pirt + " null");
        assertThat(boluDetail.notes()).isEqualTo("binaan 2025\nIzin yang dimiliki: halal (proses)");

        var amplangDetail = AsUser.call("petugas.dumai", () -> businesses.get(amplang));
        assertThat(amplangDetail.nib()).as("the NIB column is empty: the permits column's NIB is the business's").isEqualTo(nib);
        assertThat(amplangDetail.permits()).extracting(p -> p.type() + " " + p.number())
                .containsExactly("PIRT " + pirt2.substring(0, 13) + "-" + pirt2.substring(13));
        assertThat(amplangDetail.notes()).as("a placeholder is no note").isNull();

        var dodolDetail = AsUser.call("petugas.dumai", () -> businesses.get(dodol));
        assertThat(dodolDetail.permits()).isEmpty();
        assertThat(dodolDetail.notes()).isEqualTo("Izin yang dimiliki: P-IRT sudah ada");

        // the halal number another business of the list already holds, and a bad P-IRT number: both kept as notes
        var lempukDetail = AsUser.call("petugas.dumai", () -> businesses.get(lempuk));
        assertThat(lempukDetail.permits()).isEmpty();
        assertThat(lempukDetail.notes()).contains("kirim ulang berkas", "Izin yang dimiliki: P-IRT 12345",
                "Izin yang dimiliki: Halal " + halal);

        int permitsBefore = countPermits(bolu, amplang, dodol, lempuk);
        var notesBefore = notes(bolu, amplang, dodol, lempuk);
        // a re-saved copy (other bytes, same lines): linked, no permit or note twice
        var again = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "izin-catatan-lagi.csv",
                csv.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(again.counts()).isEqualTo(new ImportJob.Counts(4, 0, 0, 4, 0));
        assertThat(countPermits(bolu, amplang, dodol, lempuk)).isEqualTo(permitsBefore).isEqualTo(3);
        assertThat(notes(bolu, amplang, dodol, lempuk)).isEqualTo(notesBefore);

        // a later list with a new note for a known business appends it, on a line of its own
        var later = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "izin-catatan-3.csv",
                csv.lines().limit(2).map(l -> l.replace("binaan 2025", "ikut bazar Desember")).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n"));
        assertThat(later.counts().matched()).isEqualTo(1);
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(bolu)).notes())
                .isEqualTo("binaan 2025\nIzin yang dimiliki: halal (proses)\nikut bazar Desember");
        assertThat(countPermits(bolu, amplang, dodol, lempuk)).isEqualTo(3);
    }

    @Test
    void aLineWaitingForReviewBringsItsPermitsAndNotesToTheBusinessItBecomes() {
        long existing = AsUser.call("petugas.dumai", () -> businesses.register(ImportFixtures.business("Kerupuk Jangek Mak Saodah",
                "Saodah Rahman", "Jl. Datuk Laksamana No. 3", "14.72.06.1002", "0812-7300-0044", null), null));
        String pirt = digits(13) + "-" + digits(2);
        String csv = "Nama Usaha;Nama Pemilik;Kecamatan;Kelurahan;Legalitas;Catatan\n"
                + "Kerupuk Jangek Saodah;Hj. Saodah;Dumai Kota;Rimba Sekampung;P-IRT " + pirt + " dan halal (proses);stand pasar\n";
        var job = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "tinjau-saodah.csv", csv), ImportFixtures.NIK_OPTIONAL);
        assertThat(job.counts().queued()).isEqualTo(1);
        assertThat(countPermits(existing)).isZero();
        var item = AsUser.call("petugas.dumai", () -> reviews.queue(Reviews.Status.PENDING, job.id(), 0, 50)).get(0);
        var view = AsUser.call("petugas.dumai", () -> reviews.get(item.id(), Locale.forLanguageTag("id")));
        AsUser.run("petugas.dumai", () -> reviews.merge(item.id(), view.version(), java.util.Map.of()));
        var merged = AsUser.call("petugas.dumai", () -> businesses.get(existing));
        assertThat(merged.permits()).extracting(p -> p.type() + " " + p.number()).containsExactly("PIRT " + pirt);
        assertThat(merged.notes()).isEqualTo("stand pasar\nLegalitas: halal (proses)");
        // undone: the notes are as they were before the merge
        AsUser.run("petugas.dumai", () -> reviews.undo(item.id()));
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(existing)).notes()).isNull();
    }

    private int countPermits(Long... ids) {
        return jdbc.sql("SELECT count(*) FROM permit WHERE business_id = ANY(CAST(? AS bigint[]))").param(ids).query(Integer.class).single();
    }

    private List<String> notes(Long... ids) {
        return jdbc.sql("SELECT coalesce(notes, '') FROM business WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id").param(ids)
                .query(String.class).list();
    }
}
