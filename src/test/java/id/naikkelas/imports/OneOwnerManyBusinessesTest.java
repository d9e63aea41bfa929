package id.naikkelas.imports;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Locale;

import static id.naikkelas.imports.ImportFixtures.nik;
import static id.naikkelas.imports.ImportFixtures.run;
import static id.naikkelas.imports.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: one owner, several businesses; each keeps its own phone and address, the owner is not overwritten. */
@IntegrationTest
class OneOwnerManyBusinessesTest {

    @Autowired
    ImportJobs jobs;
    @Autowired
    LineOutcomes lines;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    @Test
    // names no other test searches for: the database is shared by the whole run
    void eachBusinessOfAnOwnerKeepsItsOwnContact() {
        String owner = nik();
        String csv = "Nama Usaha;Nama Pemilik;NIK;No HP;Alamat;Kecamatan;Kelurahan\n"
                + "Kue Lapis Bu Warsini;Warsini;" + owner + ";0812-7500-0001;Jl. Kelakap 7;Dumai Kota;Laksamana\n"
                + "Salon Muslimah Warsini;Warsini;" + owner + ";0813-7500-0002;Jl. Sudirman 210;Dumai Timur;Tanjung Palas\n";
        var first = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "warsini.csv", csv));
        assertThat(first.counts()).isEqualTo(new ImportJob.Counts(2, 0, 2, 0, 0));
        var outcomes = AsUser.call("petugas.dumai", () -> lines.page(first.id(), null, 0, 10, Locale.ENGLISH));
        var keripik = AsUser.call("petugas.dumai", () -> businesses.get(outcomes.get(0).businessId()));
        var salon = AsUser.call("petugas.dumai", () -> businesses.get(outcomes.get(1).businessId()));
        assertThat(jdbc.sql("SELECT count(DISTINCT owner_id) FROM business WHERE id IN (?, ?)").params(keripik.id(), salon.id())
                .query(Integer.class).single()).as("one owner").isEqualTo(1);
        assertThat(keripik.contactPhone()).isEqualTo("+6281275000001");
        assertThat(salon.contactPhone()).isEqualTo("+6281375000002");
        assertThat(keripik.address()).isEqualTo("Jl. Kelakap 7");
        assertThat(salon.address()).isEqualTo("Jl. Sudirman 210");
        assertThat(salon.owner().phone()).as("the owner keeps the first number, not the salon's").isEqualTo("+6281275000001");

        // a later list of the same owner's third business: the owner's record is not rewritten with its contact
        var later = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "warsini-2.csv",
                "Nama Usaha;Nama Pemilik;NIK;No HP;Alamat;Kecamatan;Kelurahan\n"
                        + "Laundry Kiloan Warsini;Warsini;" + owner + ";0821-7500-0003;Jl. Nelayan 3;Dumai Barat;Purnama\n"));
        assertThat(later.counts().created()).isEqualTo(1);
        long laundry = AsUser.call("petugas.dumai", () -> lines.page(later.id(), null, 0, 10, Locale.ENGLISH)).get(0).businessId();
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(laundry)).contactPhone()).isEqualTo("+6282175000003");
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(keripik.id())).owner().phone()).isEqualTo("+6281275000001");
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(salon.id())).contactPhone()).isEqualTo("+6281375000002");
    }
}
