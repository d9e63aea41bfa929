package id.naikkelas.imports;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.Businesses;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static id.naikkelas.imports.ImportFixtures.business;
import static id.naikkelas.imports.ImportFixtures.run;
import static id.naikkelas.imports.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 16: every line says which record it became, and a re-saved copy of a list links instead of queuing reviews twice. */
@IntegrationTest
class LineOutcomesTest {

    static final Locale ID = Locale.forLanguageTag("id");

    @Autowired
    ImportJobs jobs;
    @Autowired
    LineOutcomes lines;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    static final String LIST = "Nama Usaha;Nama Pemilik;E-mail;Kecamatan;Kelurahan;Omzet\n"
            + "Dodol Ketan Saodah;Hj. Saodah;saodah@contoh.id;Dumai Kota;Rimba Sekampung;60 juta\n"
            + "Kopi Bubuk Cap Pelita Rudi;Rudi Pelita;;Dumai Kota;Rimba Sekampung;\n"
            + "-;Ani;;Dumai Kota;;\n"
            + "Kopi Bubuk Cap Pelita Rudi;Rudi Pelita;;Dumai Kota;Rimba Sekampung;\n";

    @Test
    void everyLineNamesTheRecordItBecameAndAReSavedCopyLinksWithoutQueuingTwice() throws Exception {
        long existing = AsUser.call("petugas.dumai", () -> businesses.register(business("Dodol Ketan Mak Saodah", "Saodah Binti Ali",
                "Jl. Sultan Syarif Kasim No. 40", "14.72.06.1002", "0812-7300-0040", null), null));
        var first = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "saodah.csv", LIST));
        assertThat(first.counts()).isEqualTo(new ImportJob.Counts(4, 1, 1, 1, 1));

        var all = AsUser.call("petugas.dumai", () -> lines.page(first.id(), null, 0, 100, ID));
        assertThat(all).extracting(LineOutcomes.Line::line, LineOutcomes.Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, LineOutcomes.Outcome.QUEUED), org.assertj.core.groups.Tuple.tuple(3, LineOutcomes.Outcome.CREATED),
                org.assertj.core.groups.Tuple.tuple(4, LineOutcomes.Outcome.REJECTED), org.assertj.core.groups.Tuple.tuple(5, LineOutcomes.Outcome.LINKED));
        long reviewId = all.get(0).reviewId();
        assertThat(jdbc.sql("SELECT business_id FROM import_review WHERE id = ?").param(reviewId).query(Long.class).single()).isEqualTo(existing);
        long created = all.get(1).businessId();
        assertThat(all.get(3).businessId()).as("the repeated line is linked to the business its first copy created").isEqualTo(created);
        assertThat(all.get(2).reasons()).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("A (Nama Usaha)");
            assertThat(r.value()).isEqualTo("-");
            assertThat(r.message()).contains("Wajib diisi");
        });
        assertThat(AsUser.call("petugas.dumai", () -> lines.page(first.id(), LineOutcomes.Outcome.REJECTED, 0, 100, ID)))
                .extracting(LineOutcomes.Line::line).containsExactly(4);

        mvc.perform(get("/api/v1/imports/" + first.id() + "/lines").param("outcome", "LINKED").header("Accept-Language", "en")
                        .with(httpBasic("petugas.dumai", ImportApiTest.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].line").value(5)).andExpect(jsonPath("$[0].outcome").value("LINKED"))
                .andExpect(jsonPath("$[0].businessId").value(created)).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/imports/" + first.id() + "/lines").with(httpBasic("petugas.palangkaraya", ImportApiTest.PASSWORD)))
                .andExpect(status().isNotFound());
        var xlsx = mvc.perform(get("/api/v1/imports/" + first.id() + "/lines.xlsx").with(httpBasic("petugas.dumai", ImportApiTest.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Hasil");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Menunggu tinjauan");
            assertThat(rows.get(1).getCellText(3)).isEqualTo(Long.toString(reviewId));
            assertThat(rows.get(2).getCellText(2)).isEqualTo(Long.toString(created));
            assertThat(rows.get(3).getCellText(5)).contains("Wajib diisi");
        }

        // the record's provenance names the import and the line; another agency's officer does not see the business
        mvc.perform(get("/api/v1/imports/provenance/" + created).with(httpBasic("petugas.dumai", ImportApiTest.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].importId").value(first.id())).andExpect(jsonPath("$[0].line").value(3))
                .andExpect(jsonPath("$[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$[1].line").value(5)).andExpect(jsonPath("$[1].outcome").value("LINKED"));
        mvc.perform(get("/api/v1/imports/provenance/" + created).with(httpBasic("petugas.palangkaraya", ImportApiTest.PASSWORD)))
                .andExpect(status().isNotFound());

        // the same list saved again by Excel: other bytes (CRLF, a byte-order mark), the same rows
        byte[] resaved = ("\uFEFF" + LIST.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        var second = run(jobs, "petugas.dumai", upload(jobs, "petugas.dumai", "saodah (1).csv", resaved));
        assertThat(second.counts()).isEqualTo(new ImportJob.Counts(4, 1, 0, 2, 1));
        var again = AsUser.call("petugas.dumai", () -> lines.page(second.id(), null, 0, 100, ID));
        assertThat(again.get(0).reviewId()).as("the review already waiting, not a second one").isEqualTo(reviewId);
        assertThat(again.get(1).businessId()).isEqualTo(created);
        assertThat(again.get(3).businessId()).isEqualTo(created);
        assertThat(jdbc.sql("SELECT count(*) FROM import_review WHERE business_id = ?").param(existing).query(Integer.class).single())
                .isEqualTo(1);
    }
}
