package id.naikkelas.imports;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.SearchCriteria;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.naikkelas.imports.ImportFixtures.business;
import static id.naikkelas.imports.ImportFixtures.nik;
import static id.naikkelas.imports.ImportFixtures.run;
import static id.naikkelas.imports.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review queue (side by side, merge, undo, register as new) and the Excel export of the registry. */
@IntegrationTest
class ReviewAndExportTest {

    static final Locale ID = Locale.forLanguageTag("id");

    @Autowired
    ImportJobs jobs;
    @Autowired
    Reviews reviews;
    @Autowired
    Businesses businesses;
    @Autowired
    AuditTrail audit;
    @Autowired
    RegistryExport export;

    @Test
    void aProbableDuplicateIsMergedFieldByFieldAndTheMergeCanBeUndone() {
        long existing = AsUser.call("petugas.dumai", () -> businesses.register(business("Bolu Kemojo Mak Inah", "Inah Suryani",
                "Jl. Sultan Syarif Kasim No. 12", "14.72.06.1002", "0812-7300-0001", null), null));
        String csv = "Nama Usaha;Nama Pemilik;E-mail;Kecamatan;Kelurahan;Omzet\n"
                + "Bolu Kemojo Inah;Hj. Inah;inah@contoh.id;Dumai Kota;Rimba Sekampung;60 juta\n";
        var job = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "tinjau-inah.csv", csv));
        assertThat(job.counts().queued()).isEqualTo(1);

        var item = AsUser.call("petugas.dumai", () -> reviews.queue(Reviews.Status.PENDING, job.id(), 0, 50)).get(0);
        assertThat(item.businessId()).isEqualTo(existing);
        assertThat(item.score()).isBetween(0.65, 0.85);
        var view = AsUser.call("petugas.dumai", () -> reviews.get(item.id(), ID));
        assertThat(view.rows()).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo(MergeField.ANNUAL_SALES);
            assertThat(r.existing()).isEmpty();
            assertThat(r.incoming()).isEqualTo("Rp 60.000.000");
            assertThat(r.suggested()).isEqualTo(Reviews.Side.INCOMING);
        });
        // officers of another region cannot even see the item
        assertThatThrownBy(() -> AsUser.call("petugas.bengkalis", () -> reviews.get(item.id(), ID))).isInstanceOf(RuntimeException.class);

        AsUser.run("petugas.dumai", () -> reviews.merge(item.id(), view.version(),
                Map.of(MergeField.OWNER_NAME, Reviews.Side.EXISTING, MergeField.NAME, Reviews.Side.EXISTING)));
        var merged = AsUser.call("petugas.dumai", () -> businesses.get(existing));
        assertThat(merged.name()).isEqualTo("Bolu Kemojo Mak Inah");
        assertThat(merged.owner().fullName()).isEqualTo("Inah Suryani");
        assertThat(merged.owner().email()).isEqualTo("inah@contoh.id");
        assertThat(merged.annualSales()).isEqualByComparingTo(new BigDecimal("60000000"));
        assertThat(merged.sources()).contains(job.source());
        assertThat(audit.historyOf("business", existing)).anySatisfy(e -> assertThat(e.changes()).containsKey("annualSales"));
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> reviews.merge(item.id(), view.version(), Map.of())))
                .isInstanceOf(InvalidInput.class);

        var afterMerge = AsUser.call("petugas.dumai", () -> reviews.get(item.id(), ID));
        assertThat(afterMerge.status()).isEqualTo(Reviews.Status.MERGED);
        assertThat(afterMerge.undoable()).isTrue();
        AsUser.run("petugas.dumai", () -> reviews.undo(item.id()));
        var undone = AsUser.call("petugas.dumai", () -> businesses.get(existing));
        assertThat(undone.owner().email()).isNull();
        assertThat(undone.annualSales()).isNull();
        assertThat(undone.sources()).doesNotContain(job.source());
        assertThat(audit.historyOf("business", existing)).as("the merge and its undo both stay in the history").hasSizeGreaterThanOrEqualTo(3);

        // decided again: not the same business after all
        var pending = AsUser.call("petugas.dumai", () -> reviews.get(item.id(), ID));
        assertThat(pending.status()).isEqualTo(Reviews.Status.PENDING);
        long created = AsUser.call("petugas.dumai", () -> reviews.create(item.id(), pending.version()));
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(created)).name()).isEqualTo("Bolu Kemojo Inah");
    }

    @Test
    void aMergeIsNotUndoneOverSomeoneElsesLaterEdit() {
        long existing = AsUser.call("petugas.dumai", () -> businesses.register(business("Kue Bangkit Mak Ros", "Rosmiati",
                "Jl. Sudirman 40", "14.72.06.1005", "0812-7300-0002", null), null));
        String csv = "Nama Usaha;Nama Pemilik;Kelurahan;Omzet\n" + "Kue Bangkit Ros;Ros;Sukajadi;5 juta\n";
        var job = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "ros.csv", csv));
        var item = AsUser.call("petugas.dumai", () -> reviews.queue(Reviews.Status.PENDING, job.id(), 0, 50)).get(0);
        AsUser.run("petugas.dumai", () -> reviews.merge(item.id(), reviews.get(item.id(), ID).version(), Map.of()));
        AsUser.run("manajer.dumai", () -> {
            var detail = businesses.get(existing);
            var data = businesses.dataOf(existing);
            businesses.update(existing, detail.version(), MergeField.with(data, Map.of(MergeField.WORKERS, 4)));
        });
        assertThat(AsUser.call("petugas.dumai", () -> reviews.get(item.id(), ID)).undoable()).isFalse();
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> reviews.undo(item.id())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("imports.review.changedSince"));
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(existing)).workers()).isEqualTo(4);
    }

    @Test
    void theExportFollowsTheJurisdictionAndShowsTheFullNikOnlyToOfficers() throws IOException {
        String fullNik = nik();
        AsUser.run("petugas.dumai", () -> businesses.register(business("Madu Sialang Ekspor", "Zulkifli", "Jl. Pelintung 2",
                "14.72.05.1004", null, fullNik), null));
        var officer = read("petugas.dumai", new SearchCriteria("Madu Sialang Ekspor", null, null, null, null, null, null, null, null));
        assertThat(officer.get(0).getCellText(0)).isEqualTo("Nama Usaha");
        assertThat(officer).anySatisfy(r -> assertThat(r.getCellText(2)).isEqualTo(fullNik));

        var dumai = read("petugas.dumai", SearchCriteria.all());
        assertThat(dumai.subList(1, dumai.size())).isNotEmpty().allSatisfy(r -> assertThat(r.getCellText(9)).startsWith("14.72."));
        var facilitator = read("pendamping.palangkaraya", SearchCriteria.all());
        assertThat(facilitator.subList(1, facilitator.size())).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getCellText(9)).startsWith("62.");
            assertThat(r.getCellText(2)).satisfiesAnyOf(nik -> assertThat(nik).isEmpty(), nik -> assertThat(nik).contains("\u2022"));
        });
    }

    private List<Row> read(String user, SearchCriteria criteria) throws IOException {
        var out = new ByteArrayOutputStream();
        AsUser.run(user, () -> {
            try {
                export.write(criteria, out, ID);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            return workbook.getFirstSheet().read();
        }
    }
}
