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
 * A program manager opens the program's dashboard from the menu, drills into one district, and downloads the year's
 * evaluation as PDF (its text read back) and Excel; a visitor reads the public statistics on a phone.
 */
@IntegrationTest
class ReportingJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ReportingRefresh refresh;
    @Autowired
    JdbcClient jdbc;

    @Test
    void managerDrillsIntoARegionAndDownloadsTheEvaluation() throws Exception {
        refresh.rebuildNow();
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

            var pdf = page.waitForDownload(() -> page.locator("#download-pdf").click());
            assertThat(pdf.suggestedFilename()).isEqualTo("evaluasi-2026-" + district + "-program-" + sedap + ".pdf");
            String text;
            try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
                text = new PDFTextStripper().getText(document);
            }
            assertThat(text).contains("Evaluasi tahun 2026", "SEDAP MALAM", "Target dan capaian", "Ikut program", "Yang perlu diperbaiki");

            var xlsx = page.waitForDownload(() -> page.locator("#download-xlsx").click());
            try (InputStream in = Files.newInputStream(xlsx.path()); var workbook = new ReadableWorkbook(in)) {
                assertThat(workbook.getSheets().map(Sheet::getName)).contains("Ringkasan", "Tahapan UMKM");
                var funnel = workbook.findSheet("Tahapan UMKM").orElseThrow().read();
                assertThat(funnel.get(2).getCellText(0)).isEqualTo("Ikut program");
                assertThat(funnel.get(2).getCell(1).asNumber().longValue()).isEqualTo(Long.parseLong(enrolled.replace(".", "")));
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
