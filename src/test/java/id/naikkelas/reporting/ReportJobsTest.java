package id.naikkelas.reporting;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.Today;
import id.naikkelas.storage.FileStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Program reports and yearly evaluations built in the background (ADR 0025): asked through the API, built by the
 * worker with per-partner figures and the year before, downloaded only by who may see what they cover; a job's
 * lifecycle, the same report asked twice, the sweep of jobs whose node stopped and the deletion of old files.
 */
@IntegrationTest
class ReportJobsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ReportingRefresh refresh;
    @Autowired
    ReportJobs jobs;
    @Autowired
    ReportWorker worker;
    @Autowired
    ReportHousekeeping housekeeping;
    @Autowired
    FileStore store;
    @Autowired
    Today today;
    @Autowired
    id.naikkelas.TestClock clock;
    @Autowired
    org.springframework.context.MessageSource messages;

    int year;
    long berdikari;

    @BeforeEach
    void figuresAreBuilt() {
        refresh.rebuildNow();
        year = today.date().getYear();
        berdikari = jdbc.sql("SELECT id FROM program WHERE name = 'UMKM Berdikari'").query(Long.class).single();
    }

    @Test
    void theYearlyEvaluationIsBuiltInTheBackgroundWithEachPartnerAndTheYearBefore() throws Exception {
        String location = mvc.perform(post("/api/v1/reports/jobs").with(user("petugas.palangkaraya")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"YEAR\",\"format\":\"PDF\",\"year\":" + year + "}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/v1/reports/jobs/")))
                .andExpect(jsonPath("$.status").exists())
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        waitUntilDone(id, "petugas.palangkaraya");
        mvc.perform(get(location).with(user("petugas.palangkaraya")))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.progress").value(100))
                .andExpect(jsonPath("$.file").value(location + "/file"));

        byte[] pdf = mvc.perform(get(location + "/file").with(user("petugas.palangkaraya")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        // kept for a person to look at (target/reports/), as the screenshots are
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/reports/evaluasi-palangkaraya.pdf"), pdf);
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Evaluasi tahun " + year, "Program yang dievaluasi", "UMKM Berdikari",
                "Kegiatan program: " + year + " dibanding " + (year - 1), "Kontribusi mitra tahun " + year, "Yang perlu diperbaiki");
        // the university's line: members, UMKM its members facilitate, their visits this year, trainings, permits (counted here from the tables)
        long upr = jdbc.sql("SELECT id FROM agency WHERE name = 'Universitas Palangka Raya'").query(Long.class).single();
        long members = count("SELECT count(*) FROM app_user WHERE agency_id = ? AND enabled", upr);
        long facilitated = count("""
                SELECT count(DISTINCT e.business_id) FROM assignment a JOIN enrollment e ON e.id = a.enrollment_id
                JOIN app_user u ON u.id = a.facilitator_id WHERE a.ended_at IS NULL AND u.agency_id = ? AND e.program_id = ?""", upr, berdikari);
        long visits = count("""
                SELECT count(*) FROM visit v JOIN enrollment e ON e.id = v.enrollment_id JOIN app_user u ON lower(u.username) = lower(v.facilitator)
                WHERE v.status = 'DONE' AND u.agency_id = ? AND e.program_id = ? AND extract(year FROM v.visited_on) = ?""", upr, berdikari, year);
        assertThat(facilitated).isPositive();
        assertThat(visits).isPositive();
        assertThat(text).containsPattern(Pattern.quote("Universitas Palangka Raya") + " " + members + " " + facilitated + " " + visits + " \\d+ \\d+");
        // permits issued to the programs' participants, the year before against this year
        long permitsLast = permitsOfPalangkaRayaPrograms(year - 1);
        long permitsNow = permitsOfPalangkaRayaPrograms(year);
        assertThat(text).contains("Izin terbit (semua jenis) " + permitsLast + " → " + permitsNow);
    }

    @Test
    void aJobGoesFromQueuedToRunningToDoneAndItsExcelHasOneSheetPerTable() {
        transactions.executeWithoutResult(tx -> {
            // a visit of last year, so the comparison has two years to show (rolled back with the rest)
            jdbc.sql("""
                    UPDATE visit SET visited_on = make_date(?, 6, 15) WHERE id = (SELECT min(v.id) FROM visit v JOIN enrollment e ON e.id = v.enrollment_id
                    WHERE e.program_id = ? AND v.status = 'DONE')""").params(year - 1, berdikari).update();
            // asked outside a request: in the platform's language, as a request without a choice would be
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("id"));
            long id;
            try {
                id = AsUser.call("petugas.palangkaraya", () -> jobs.request(ReportKind.PROGRAM, ReportFormat.XLSX, year, null, berdikari)).id();
            } finally {
                org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
            }
            assertThat(jobStatus(id)).isEqualTo("QUEUED");
            // the poller cannot see this uncommitted job; claim it here (building any older queued one first)
            ReportWorker.Claimed claimed;
            do {
                claimed = worker.claim().orElseThrow();
                if (claimed.id() != id) {
                    worker.build(claimed);
                }
            } while (claimed.id() != id);
            assertThat(jobStatus(id)).isEqualTo("RUNNING");
            worker.progress(id, "partners", 65);
            assertThat(jdbc.sql("SELECT progress FROM report_job WHERE id = ?").param(id).query(Integer.class).single()).isEqualTo(65);
            worker.build(claimed);
            assertThat(jobStatus(id)).isEqualTo("DONE");

            var file = AsUser.call("petugas.palangkaraya", () -> jobs.file(id));
            assertThat(file.name()).isEqualTo("evaluasi-" + year + "-62-program-" + berdikari + ".xlsx");
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
                assertThat(workbook.getSheets().map(Sheet::getName)).contains("Ringkasan", "Tahapan UMKM", "Per wilayah", "Beban pendamping",
                        "Program", "Dibanding tahun lalu", "Per mitra");
                List<Row> activity = workbook.findSheet("Dibanding tahun lalu").orElseThrow().read();
                assertThat(activity.get(0).getCellText(1)).isEqualTo(String.valueOf(year - 1));
                var visitsRow = activity.stream().filter(r -> "Kunjungan pendampingan selesai".equals(r.getCellText(0))).findFirst().orElseThrow();
                assertThat(visitsRow.getCell(1).asNumber().longValue()).isEqualTo(visitsOf(berdikari, year - 1)).isPositive();
                assertThat(visitsRow.getCell(2).asNumber().longValue()).isEqualTo(visitsOf(berdikari, year));
                List<Row> partners = workbook.findSheet("Per mitra").orElseThrow().read();
                var university = partners.stream().filter(r -> "Universitas Palangka Raya".equals(r.getCellText(0))).findFirst().orElseThrow();
                assertThat(university.getCell(2).asNumber().longValue()).isPositive();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            deleteFileOf(id);
            tx.setRollbackOnly();
        });
    }

    @Test
    void aJobThatCannotBeBuiltFailsWithItsReason() {
        transactions.executeWithoutResult(tx -> {
            // asked for a program that is gone by the time the worker builds it
            long id = insert("PROGRAM", 999_999_999L, "QUEUED", "manajer.dumai", "14.72");
            ReportWorker.Claimed claimed;
            do {
                claimed = worker.claim().orElseThrow();
                if (claimed.id() != id) {
                    worker.build(claimed);
                }
            } while (claimed.id() != id);
            worker.build(claimed);
            assertThat(jobStatus(id)).isEqualTo("FAILED");
            assertThat(jdbc.sql("SELECT failure FROM report_job WHERE id = ?").param(id).query(String.class).single())
                    .isEqualTo("report.job.failed.refused");
            tx.setRollbackOnly();
        });
    }

    @Test
    void theSameReportAskedTwiceWhileItIsPendingIsOneJob() {
        transactions.executeWithoutResult(tx -> {
            long first = AsUser.call("manajer.dumai", () -> jobs.request(ReportKind.YEAR, ReportFormat.PDF, year, null, null)).id();
            long again = AsUser.call("manajer.dumai", () -> jobs.request(ReportKind.YEAR, ReportFormat.PDF, year, null, null)).id();
            long excel = AsUser.call("manajer.dumai", () -> jobs.request(ReportKind.YEAR, ReportFormat.XLSX, year, null, null)).id();
            assertThat(again).isEqualTo(first);
            assertThat(excel).isNotEqualTo(first);
            assertThat(count("SELECT count(*) FROM report_job WHERE id IN (?, ?)", first, excel)).isEqualTo(2);
            tx.setRollbackOnly();
        });
    }

    @Test
    void aJobWhoseNodeStoppedIsTakenAgainThenFailedNeverStuck() {
        transactions.executeWithoutResult(tx -> {
            long id = insert("YEAR", null, "RUNNING", "manajer.dumai", "14.72");
            jdbc.sql("UPDATE report_job SET attempts = 1, heartbeat_at = ? WHERE id = ?").params(today.now().minusMinutes(10), id).update();
            long fresh = insert("YEAR", null, "RUNNING", "manajer.dumai", "14.03");
            jdbc.sql("UPDATE report_job SET attempts = 1, heartbeat_at = ? WHERE id = ?").params(today.now(), fresh).update();

            assertThat(housekeeping.sweep(Duration.ofMinutes(5))).isEqualTo(1);
            assertThat(jobStatus(id)).isEqualTo("QUEUED");
            assertThat(jobStatus(fresh)).isEqualTo("RUNNING");

            // taken again, and its node stopped again: now it fails, saying why
            jdbc.sql("UPDATE report_job SET status = 'RUNNING', attempts = 2, heartbeat_at = ? WHERE id = ?")
                    .params(today.now().minusMinutes(10), id).update();
            housekeeping.sweep(Duration.ofMinutes(5));
            assertThat(jobStatus(id)).isEqualTo("FAILED");
            assertThat(jdbc.sql("SELECT failure FROM report_job WHERE id = ?").param(id).query(String.class).single())
                    .isEqualTo("report.job.failed.interrupted");
            tx.setRollbackOnly();
        });
    }

    @Test
    void finishedReportsAreDeletedWithTheirFilesAfterTheRetention() {
        String oldKey = store.put("reports", "lama".getBytes(), "pdf");
        String newKey = store.put("reports", "baru".getBytes(), "pdf");
        transactions.executeWithoutResult(tx -> {
            long old = insert("YEAR", null, "DONE", "manajer.dumai", "14.72");
            long recent = insert("YEAR", null, "DONE", "manajer.dumai", "14.03");
            jdbc.sql("UPDATE report_job SET file_key = ?, finished_at = ? WHERE id = ?").params(oldKey, today.now().minusDays(8), old).update();
            jdbc.sql("UPDATE report_job SET file_key = ?, finished_at = ? WHERE id = ?").params(newKey, today.now().minusDays(1), recent).update();
            housekeeping.purge(Duration.ofDays(7));
            assertThat(count("SELECT count(*) FROM report_job WHERE id = ?", old)).isZero();
            assertThat(count("SELECT count(*) FROM report_job WHERE id = ?", recent)).isOne();
            tx.setRollbackOnly();
        });
        assertThat(store.get(oldKey)).isEmpty();
        assertThat(store.get(newKey)).isPresent();
        store.delete(newKey);
    }

    @Test
    void anotherRegionsStaffAreToldTheJobAndItsFileDoNotExist() throws Exception {
        String location = mvc.perform(post("/api/v1/reports/jobs").with(user("manajer.dumai")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"YEAR\",\"format\":\"XLSX\",\"year\":" + year + ",\"region\":\"14.72\"}"))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        waitUntilDone(id, "manajer.dumai");
        for (String outsider : List.of("petugas.bandarlampung", "petugas.bengkalis")) {
            mvc.perform(get(location).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(location + "/file").with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/laporan/unduhan/" + id + "/status").with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/laporan/unduhan/" + id + "/berkas").with(user(outsider))).andExpect(status().isNotFound());
        }
        // a colleague of the same city and an administrator may read it; an owner or a partner never
        mvc.perform(get(location + "/file").with(user("petugas.dumai"))).andExpect(status().isOk());
        mvc.perform(get(location).with(user("admin"))).andExpect(status().isOk());
        mvc.perform(get(location).with(user("pemilik.demo"))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(user("mitra.demo"))).andExpect(status().isForbidden());
        // and nobody outside asks for Dumai's evaluation in the first place
        mvc.perform(post("/api/v1/reports/jobs").with(user("petugas.bandarlampung")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"YEAR\",\"format\":\"PDF\",\"year\":" + year + ",\"region\":\"14.72\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badRequestsNameTheirFieldAndQueueNothing() throws Exception {
        long before = count("SELECT count(*) FROM report_job");
        String sedap = String.valueOf(jdbc.sql("SELECT id FROM program WHERE name LIKE 'SEDAP MALAM%'").query(Long.class).single());
        String lampung = String.valueOf(jdbc.sql("SELECT id FROM program WHERE name LIKE 'Gerakan Sertifikasi Halal%'").query(Long.class).single());
        var bad = List.of(
                new String[] {"{\"kind\":\"YEAR\",\"format\":\"PDF\",\"year\":1999}", "year"},
                new String[] {"{\"format\":\"PDF\",\"year\":" + year + "}", "kind"},
                new String[] {"{\"kind\":\"YEAR\",\"year\":" + year + "}", "format"},
                new String[] {"{\"kind\":\"YEAR\",\"format\":\"DOC\",\"year\":" + year + "}", "format"},
                new String[] {"{\"kind\":\"PROGRAM\",\"format\":\"PDF\",\"year\":" + year + "}", "program"},
                new String[] {"{\"kind\":\"YEAR\",\"format\":\"PDF\",\"year\":" + year + ",\"program\":" + sedap + "}", "program"},
                new String[] {"{\"kind\":\"YEAR\",\"format\":\"PDF\",\"year\":" + year + ",\"region\":\"14.72.xx\"}", "region"});
        for (String[] b : bad) {
            mvc.perform(post("/api/v1/reports/jobs").with(user("manajer.dumai")).contentType(MediaType.APPLICATION_JSON).content(b[0]))
                    .andExpect(status().is4xxClientError())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString(b[1])));
        }
        mvc.perform(post("/api/v1/reports/jobs").with(user("manajer.dumai")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PROGRAM\",\"format\":\"PDF\",\"year\":" + year + ",\"program\":" + lampung + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/laporan/unduhan").with(user("manajer.dumai")).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("kind", "PROGRAM").param("format", "PDF").param("year", String.valueOf(year)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
        assertThat(count("SELECT count(*) FROM report_job")).isEqualTo(before);
    }

    /** A year reads as a year in the refusal ("2026", not the number "2.026"), on the API and on the page, in both languages. */
    @Test
    void theYearRangeIsToldWithoutAThousandsSeparator() throws Exception {
        clock.set(java.time.Instant.parse("2026-06-01T03:00:00Z"));
        try {
            mvc.perform(post("/api/v1/reports/jobs").with(user("manajer.dumai")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\":\"YEAR\",\"format\":\"PDF\",\"year\":1999}"))
                    .andExpect(status().is(422))
                    .andExpect(jsonPath("$.errors[0].message").value("Pilih tahun antara 2000 dan 2026."));
            mvc.perform(post("/api/v1/reports/jobs").with(user("manajer.dumai")).contentType(MediaType.APPLICATION_JSON)
                            .header("Accept-Language", "en").content("{\"kind\":\"YEAR\",\"format\":\"PDF\"}"))
                    .andExpect(status().is(422))
                    .andExpect(jsonPath("$.errors[0].message").value("Choose a year between 2000 and 2026."));
            var refused = mvc.perform(post("/laporan/unduhan").with(user("manajer.dumai"))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                            .param("kind", "YEAR").param("format", "PDF").param("year", "2027"))
                    .andExpect(status().is3xxRedirection()).andReturn();
            @SuppressWarnings("unchecked")
            var problems = (List<id.naikkelas.common.InvalidInput.Violation>) refused.getFlashMap().get("problems");
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("year");
                // as the page's notice renders it (#messages.msgWithParams)
                assertThat(messages.getMessage(p.code(), p.args().toArray(), java.util.Locale.forLanguageTag("id")))
                        .isEqualTo("Pilih tahun antara 2000 dan 2026.");
            });
        } finally {
            clock.reset();
        }
    }

    private void waitUntilDone(long id, String username) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            status = AsUser.call(username, () -> jobs.get(id)).status();
            if (status.equals("DONE") || status.equals("FAILED")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(status).as("job " + id).isEqualTo("DONE");
    }

    private long permitsOfPalangkaRayaPrograms(int y) {
        return count("""
                SELECT count(*) FROM certification_case c WHERE c.status = 'COMPLETED'
                  AND extract(year FROM c.closed_at AT TIME ZONE 'Asia/Jakarta') = ?
                  AND c.business_id IN (SELECT e.business_id FROM enrollment e JOIN program p ON p.id = e.program_id
                                        WHERE (p.region_code = '62' OR p.region_code LIKE '62.%')
                                          AND e.status NOT IN ('APPLIED', 'DECLINED', 'WITHDRAWN'))""", y);
    }

    private long visitsOf(long program, int y) {
        return count("""
                SELECT count(*) FROM visit v JOIN enrollment e ON e.id = v.enrollment_id
                WHERE e.program_id = ? AND v.status = 'DONE' AND extract(year FROM v.visited_on) = ?""", program, y);
    }

    private String jobStatus(long id) {
        return jdbc.sql("SELECT status FROM report_job WHERE id = ?").param(id).query(String.class).single();
    }

    private long insert(String kind, Long program, String status, String by, String scope) {
        return jdbc.sql("""
                        INSERT INTO report_job (kind, format, year, region_code, scope, program_id, language, requested_by, status, created_at)
                        VALUES (?, 'PDF', ?, ?, ?, ?, 'id', ?, ?, ?) RETURNING id""")
                .params(kind, year, scope, scope, program, by, status, today.now()).query(Long.class).single();
    }

    private void deleteFileOf(long id) {
        jdbc.sql("SELECT file_key FROM report_job WHERE id = ?").param(id).query(String.class).optional().ifPresent(store::delete);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
