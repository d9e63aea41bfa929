package id.naikkelas.imports;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import id.naikkelas.AsUser;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.Businesses;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.naikkelas.imports.ImportFixtures.business;

/**
 * An officer of Dumai uploads the agency's Excel list (a title above the header, one column the
 * guess misses, some bad rows, one business the registry already knows under another spelling),
 * fixes the mapping, watches the progress, reads why rows were rejected, and merges the duplicate
 * side by side; then undoes and redoes the merge. Every page is photographed on desktop and phone.
 */
@IntegrationTest
class ImportJourneyBrowserTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    Businesses businesses;

    @Test
    void uploadFixTheMappingSeeTheErrorsAndMergeTheDuplicate() throws IOException {
        String base = "http://localhost:" + port;
        AsUser.run("petugas.dumai", () -> businesses.register(business("Keripik Nanas Bukit Timah", "Wulan Sari",
                "Jl. Datuk Laksamana No. 8", "14.72.07.1002", "0812-7400-0001", null), null));

        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            BrowserSupport.screenshot(page, "imports-officer-home-desktop");
            page.locator(".tile", new Page.LocatorOptions().setHasText("Impor daftar")).click();
            assertThat(page.locator("h1")).hasText("Impor daftar UMKM");
            BrowserSupport.screenshot(page, "imports-upload-desktop");

            page.locator("input[name=file]").setInputFiles(new FilePayload("binaan-dumai-selatan.xlsx", XLSX, list()));
            page.locator("form.upload button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Cocokkan kolom");
            // "Usaha" alone is not a header we trust: the officer points it out
            assertThat(page.locator("select[name='col.BUSINESS_NAME']")).hasValue("");
            assertThat(page.locator("select[name='col.NIK']")).hasValue("3");
            page.locator("form.mapping button[type=submit]").click();
            assertThat(page.locator(".map-row.has-error select[name='col.BUSINESS_NAME']")).isVisible();
            BrowserSupport.screenshot(page, "imports-mapping-error-desktop");
            page.locator("select[name='col.BUSINESS_NAME']").selectOption("1");
            page.locator("input[name=templateName]").fill("Daftar binaan Loka POM");
            // this list gives NIKs only for some owners: the officer makes the NIK optional for it (and its template)
            assertThat(page.locator("input[name='req.NIK']")).isChecked();
            page.locator("input[name='req.NIK']").uncheck();
            BrowserSupport.screenshot(page, "imports-mapping-desktop");
            page.locator("form.mapping button[type=submit]").click();

            assertThat(page.locator(".progress-panel .badge")).hasText("Selesai", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(page.locator("dl.counts")).containsText("Ditolak");
            assertThat(page.locator("dl.counts .bad dd")).hasText("3");
            BrowserSupport.screenshot(page, "imports-progress-desktop");
            String jobUrl = page.url();

            page.locator("a", new Page.LocatorOptions().setHasText("Lihat baris ditolak")).click();
            assertThat(page.locator("table.rejected")).containsText("notasi ilmiah");
            assertThat(page.locator("table.rejected")).containsText("digit terakhir NIK");
            // Bantan exists, in Kabupaten Bengkalis: said so, not "not found"
            assertThat(page.locator("table.rejected")).containsText("di luar wilayah kerja Anda, ditemukan di Bantan, Kabupaten Bengkalis");
            BrowserSupport.screenshot(page, "imports-rejected-desktop");
            // the officer downloads the rejected lines, corrects them as the reasons say, and uploads that file
            var rejected = page.waitForDownload(() -> page.locator("a", new Page.LocatorOptions().setHasText("Unduh baris ditolak")).click());
            byte[] corrected = corrected(java.nio.file.Files.readAllBytes(rejected.path()));
            page.navigate(base + "/impor");
            page.locator("input[name=file]").setInputFiles(new FilePayload("binaan-dumai-selatan-diperbaiki.xlsx", XLSX, corrected));
            page.locator("form.upload button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Cocokkan kolom");
            if (page.locator("select[name='col.BUSINESS_NAME']").inputValue().isEmpty()) {
                page.locator("select[name='col.BUSINESS_NAME']").selectOption("1");
            }
            page.locator("input[name='req.NIK']").uncheck();
            page.locator("form.mapping button[type=submit]").click();
            assertThat(page.locator(".progress-panel .badge")).hasText("Selesai", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            BrowserSupport.screenshot(page, "imports-corrected-desktop");
            assertThat(page.locator("dl.counts div", new Page.LocatorOptions().setHasText("Dibaca")).locator("dd")).hasText("3");
            assertThat(page.locator("dl.counts div", new Page.LocatorOptions().setHasText("Ditolak")).locator("dd")).hasText("0");

            page.navigate(jobUrl);
            page.locator("a", new Page.LocatorOptions().setHasText("Tinjau yang mungkin sama")).click();
            assertThat(page.locator(".review-list li")).hasCount(1);
            BrowserSupport.screenshot(page, "imports-reviews-desktop");
            page.locator(".review-list a").click();
            assertThat(page.locator("h1")).hasText("Usaha yang sama?");
            page.locator("input[name='pick.ADDRESS'][value=INCOMING]").check();
            BrowserSupport.screenshot(page, "imports-review-desktop");
            page.locator("form.compare button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("Digabung");
            BrowserSupport.screenshot(page, "imports-merged-desktop");
            page.locator("button", new Page.LocatorOptions().setHasText("Urungkan penggabungan")).click();
            assertThat(page.locator(".notice.ok")).containsText("diurungkan");
            page.locator("form.compare button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("Digabung");
            page.locator("a", new Page.LocatorOptions().setHasText("Buka data usaha")).click();
            assertThat(page.locator("h1")).hasText("Keripik Nanas Bukit Timah");
            assertThat(page.locator("main")).containsText("impor #");
            assertThat(page.locator("main")).containsText("binaan-dumai-selatan.xlsx, baris");
            assertThat(page.locator("main")).containsText("Jl. Datuk Laksamana");

            page.navigate(base + "/usaha");
            assertThat(page.locator(".titlebar a", new Page.LocatorOptions().setHasText("Ekspor Excel"))).isVisible();
            BrowserSupport.screenshot(page, "imports-registry-links-desktop");
            var download = page.waitForDownload(() -> page.locator("a", new Page.LocatorOptions().setHasText("Ekspor Excel")).click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("data-umkm-").endsWith(".xlsx");

            try (BrowserContext phone = BrowserSupport.phone()) {
                Page mobile = phone.newPage();
                BrowserSupport.login(mobile, base, "petugas.dumai");
                BrowserSupport.screenshot(mobile, "imports-officer-home-phone");
                mobile.navigate(base + "/impor");
                BrowserSupport.screenshot(mobile, "imports-upload-phone");
                mobile.locator("input[name=file]").setInputFiles(new FilePayload("binaan-kedua.csv", "text/csv",
                        ("Nama Usaha;Nama Pemilik;No. HP/WA;Kecamatan;Kelurahan/Desa\n"
                                + "Sirup Pala Pelintung;Yusuf Hamdani;0812-7400-0009;Medang Kampai;Pelintung\n").getBytes()));
                mobile.locator("form.upload button[type=submit]").click();
                assertThat(mobile.locator("h1")).hasText("Cocokkan kolom");
                BrowserSupport.screenshot(mobile, "imports-mapping-phone");
                mobile.locator("form.mapping button[type=submit]").click();
                assertThat(mobile.locator(".progress-panel .badge")).hasText("Selesai", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
                BrowserSupport.screenshot(mobile, "imports-progress-phone");
                mobile.navigate(jobUrl + "/ditolak");
                BrowserSupport.screenshot(mobile, "imports-rejected-phone");
                mobile.navigate(base + "/impor/tinjau?status=MERGED");
                BrowserSupport.screenshot(mobile, "imports-reviews-phone");
                mobile.locator(".review-list a").first().click();
                BrowserSupport.screenshot(mobile, "imports-merged-phone");
                mobile.navigate(base + "/usaha");
                BrowserSupport.screenshot(mobile, "imports-registry-links-phone");
            }
            page.navigate(base + "/impor");
            BrowserSupport.screenshot(page, "imports-history-desktop");
        }
    }

    /** The downloaded rejected lines, corrected as each reason asks: the NIK typed again, the district fixed. */
    private static byte[] corrected(byte[] downloaded) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(downloaded))) {
            var rows = in.getFirstSheet().read();
            var header = rows.get(0);
            int columns = header.getCellCount();
            int nik = 3;
            int district = 6;
            int reasons = columns - 2;
            org.assertj.core.api.Assertions.assertThat(header.getCellText(reasons)).isEqualTo("Alasan ditolak");
            var workbook = new Workbook(out, "Microsoft Excel", "16.0");
            var sheet = workbook.newWorksheet("Perbaikan");
            for (int c = 0; c < columns; c++) {
                sheet.value(0, c, header.getCellText(c));
            }
            for (int r = 1; r < rows.size(); r++) {
                String[] cells = new String[columns];
                for (int c = 0; c < columns; c++) {
                    cells[c] = rows.get(r).getCellText(c);
                }
                String why = cells[reasons];
                if (why.contains("(NIK)")) {
                    cells[nik] = cells[2].equals("Sulastri") ? "1472074507900005" : "1472071205850004";
                }
                if (why.contains("(Kecamatan)")) {
                    cells[district] = "Dumai Selatan";
                    cells[district + 1] = "Bukit Timah";
                }
                for (int c = 0; c < columns; c++) {
                    if (!cells[c].isEmpty()) {
                        sheet.value(r, c, cells[c]);
                    }
                }
            }
            workbook.finish();
        }
        return out.toByteArray();
    }

    /** The agency's list as Excel makes it: a title, a blank row, then the header; NIKs both as text and as damaged numbers. */
    static byte[] list() throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Microsoft Excel", "16.0");
        var sheet = workbook.newWorksheet("Binaan 2025");
        sheet.value(0, 0, "DAFTAR UMKM BINAAN LOKA POM DI KOTA DUMAI TAHUN 2025");
        String[] headers = {"No", "Usaha", "Nama Pemilik", "NIK", "No. HP/WA", "Alamat", "Kecamatan", "Kelurahan/Desa", "Jenis Produk"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(2, c, headers[c]);
        }
        Object[][] rows = {
                {1, "Kripik Nenas Wulan", "Hj. Wulan", "", "", "Jl. Datuk Laksamana", "Dumai Selatan", "Bukit Timah", "keripik nanas"},
                {2, "Bolu Kemojo Mak Long", "Maimunah", "1472075107880003", "0812-7400-0002", "Jl. Ratu Sima 3", "Dumai Selatan", "Ratu Sima", "kue"},
                {3, "Kopi Liberika Mekar", "Budi Santoso", "", "081274000003", "Jl. Mekar Sari 9", "Kec. Dumai Selatan", "Kel. Mekar Sari", "kopi bubuk"},
                {4, "Kerupuk Ikan Bumi Ayu", "Sulastri", 1472074507900000L, "0812-7400-0004", "Jl. Bumi Ayu 1", "Dumai Selatan", "Bumi Ayu", "kerupuk"},
                {5, "Dodol Nanas Bantan", "Syamsiah", "", "0812-7400-0005", "Desa Selatbaru", "Kec. Bantan", "", "dodol"},
                {6, "Abon Ikan Datuk", "Rahman", "1.47207E+15", "0812-7400-0006", "Jl. Bukit Datuk 2", "Dumai Selatan", "Bukit Datuk", "abon"},
                {7, "Batik Tabir Dumai", "Lestari", "", "0812-7400-0007", "Jl. Bukit Timah 5", "Dumai Selatan", "Bukit Timah", "batik"},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    sheet.value(3 + r, c, n);
                } else if (!"".equals(v)) {
                    sheet.value(3 + r, c, (String) v);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
