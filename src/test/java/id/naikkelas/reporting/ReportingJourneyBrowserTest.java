package id.naikkelas.reporting;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.InputStream;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program manager opens the program's dashboard from the menu and drills into one district; then asks for the city's
 * yearly evaluation as PDF and Excel, watches it being built in the background (ADR 0025) and downloads both (their
 * text read back); a visitor reads the public statistics on a phone.
 */
@IntegrationTest
class ReportingJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ReportingRefresh refresh;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.naikkelas.common.Today today;

    @Test
    void managerDrillsIntoARegionAndDownloadsTheEvaluation() throws Exception {
        refresh.rebuildNow();
        int year = today.date().getYear();
        String base = "http://localhost:" + port;
        long sedap = jdbc.sql("SELECT id FROM program WHERE name LIKE 'SEDAP MALAM%'").query(Long.class).single();
        String district = jdbc.sql("""
                        SELECT left(e.region_code, 8) FROM enrollment e WHERE e.program_id = ? GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1""")
                .param(sedap).query(String.class).single();
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            page.setDefaultTimeout(90_000); // the shared build machine can be slow; nothing here waits on purpose
            BrowserSupport.login(page, base, "manajer.dumai");
            page.locator("#mainnav a", new Page.LocatorOptions().setHasText("Laporan")).click();
            assertThat(page.locator("h1")).hasText("Laporan dan dasbor");
            page.locator("select[name=program]").selectOption(String.valueOf(sedap));
            page.locator("form.filters button[type=submit]").click();
            assertThat(page.locator("h1")).containsText("SEDAP MALAM");
            assertThat(page.locator("#funnel svg rect")).hasCount(7);
            BrowserSupport.screenshot(page, "reporting-program-desktop");

            page.locator("#regions a[href*='region=" + district + "']").click();
            assertThat(page.locator("nav.crumbs")).containsText("Kota Dumai");
            assertThat(page.locator("#funnel table")).containsText("Ikut program");
            String enrolled = page.locator("#funnel tbody tr").nth(1).locator("td").nth(1).innerText();
            assertThat(Long.parseLong(enrolled.replace(".", ""))).isPositive();
            BrowserSupport.screenshot(page, "reporting-district-desktop");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            page.setDefaultTimeout(90_000);
            BrowserSupport.login(page, base, "manajer.dumai");
            // the yearly evaluation of the city: asked from the dashboard, built in the background, downloaded when done
            page.navigate(base + "/laporan");
            page.locator("#download-pdf").click();
            assertThat(page.locator("h1")).hasText("Laporan saya");
            assertThat(page.locator(".notice.ok")).containsText("sedang dibuat");
            var job = page.locator("#report-jobs li.report-job").first();
            assertThat(job).containsText("Evaluasi tahunan " + year + " · PDF");
            assertThat(job.locator("progress")).isVisible();
            var pdf = page.waitForDownload(() -> job.locator("a.download").click());
            assertThat(pdf.suggestedFilename()).isEqualTo("evaluasi-" + year + "-14.72.pdf");
            assertThat(job.locator("progress")).hasAttribute("value", "100");
            String text;
            try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
                text = new PDFTextStripper().getText(document);
            }
            assertThat(text).contains("Evaluasi tahun " + year, "Kota Dumai", "Program yang dievaluasi", "SEDAP MALAM",
                    "Kegiatan program: " + year + " dibanding " + (year - 1), "Kontribusi mitra tahun " + year, "Yang perlu diperbaiki");
            long registered = jdbc.sql("""
                            SELECT count(*) FROM business WHERE region_code LIKE '14.72.%' AND merged_into IS NULL AND status <> 'INACTIVE'""")
                    .query(Long.class).single();
            assertThat(text).containsPattern("Terdaftar " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id"))
                    .format(registered).replace(".", "\\."));

            page.navigate(base + "/laporan");
            page.locator("#download-xlsx").click();
            var sheetJob = page.locator("#report-jobs li.report-job").first();
            assertThat(sheetJob).containsText("Evaluasi tahunan " + year + " · Excel");
            var xlsx = page.waitForDownload(() -> sheetJob.locator("a.download").click());
            try (InputStream in = Files.newInputStream(xlsx.path()); var workbook = new ReadableWorkbook(in)) {
                assertThat(workbook.getSheets().map(Sheet::getName)).contains("Ringkasan", "Tahapan UMKM", "Dibanding tahun lalu", "Per mitra");
                var funnel = workbook.findSheet("Tahapan UMKM").orElseThrow().read();
                assertThat(funnel.get(1).getCellText(0)).isEqualTo("Terdaftar");
                assertThat(funnel.get(1).getCell(1).asNumber().longValue()).isEqualTo(registered);
            }
            BrowserSupport.screenshot(page, "reporting-jobs-done-desktop");

            // a report another node is building right now: its bar and section show, and it moves on by itself
            long running = jdbc.sql("""
                            INSERT INTO report_job (kind, format, year, scope, program_id, language, requested_by, status, progress, section,
                                                    attempts, created_at, heartbeat_at)
                            VALUES ('PROGRAM', 'PDF', ?, '14.72', ?, 'id', 'manajer.dumai', 'RUNNING', 65, 'partners', 1, now(), now())
                            RETURNING id""")
                    .params(year, sedap).query(Long.class).single();
            try {
                page.navigate(base + "/laporan/unduhan");
                var row = page.locator("#job-" + running);
                assertThat(row.locator("progress")).hasAttribute("value", "65");
                assertThat(row).containsText("Menghitung kontribusi mitra");
                BrowserSupport.screenshot(page, "reporting-jobs-running-desktop");
                jdbc.sql("UPDATE report_job SET progress = 80, section = 'render' WHERE id = ?").param(running).update();
                assertThat(row.locator("progress")).hasAttribute("value", "80");
                try (BrowserContext phone = BrowserSupport.phone()) {
                    Page small = phone.newPage();
                    small.setDefaultTimeout(90_000);
                    BrowserSupport.login(small, base, "manajer.dumai");
                    small.navigate(base + "/laporan/unduhan");
                    assertThat(small.locator("#job-" + running + " progress")).isVisible();
                    BrowserSupport.screenshot(small, "reporting-jobs-running-phone");
                }
            } finally {
                jdbc.sql("DELETE FROM report_job WHERE id = ?").param(running).update();
            }
            page.navigate(base + "/laporan/unduhan");
            try (BrowserContext phone = BrowserSupport.phone()) {
                Page small = phone.newPage();
                small.setDefaultTimeout(90_000);
                BrowserSupport.login(small, base, "manajer.dumai");
                small.navigate(base + "/laporan/unduhan");
                assertThat(small.locator("#report-jobs a.download").first()).isVisible();
                BrowserSupport.screenshot(small, "reporting-jobs-done-phone");
            }
        }
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            page.setDefaultTimeout(90_000);
            BrowserSupport.login(page, base, "manajer.dumai");
            page.navigate(base + "/laporan?program=" + sedap);
            assertThat(page.locator("#funnel svg")).isVisible();
            BrowserSupport.screenshot(page, "reporting-program-phone");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            assertThat(page.locator(".topbar")).isHidden();
            BrowserSupport.screenshot(page, "reporting-program-print");
        }
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            page.setDefaultTimeout(90_000);
            page.navigate(base + "/statistik");
            assertThat(page.locator("h1")).hasText("Statistik UMKM");
            page.locator("#statistics a", new Page.LocatorOptions().setHasText("Riau")).click();
            assertThat(page.locator("h1")).hasText("Statistik UMKM Riau");
            assertThat(page.locator("#statistics")).containsText("Kota Dumai");
            BrowserSupport.screenshot(page, "reporting-statistics-phone");
        }
    }
}
