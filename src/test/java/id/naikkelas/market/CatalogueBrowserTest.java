package id.naikkelas.market;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An anonymous visitor on a phone searches the catalogue for halal chips in one province, opens a product, and follows
 * its halal badge to the public verification, which confirms the number. Screenshots: target/screenshots/katalog-*.png
 * (catalogue and product page, phone and desktop; the printable QR card).
 */
@IntegrationTest
class CatalogueBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorOnAPhoneFindsHalalChipsInAProvinceAndChecksTheCertificate() {
        String base = "http://localhost:" + port;
        // a province where the demo published halal chips
        String province = jdbc.sql("""
                        SELECT left(l.region_code, 2) FROM catalogue_listing l JOIN registry_catalogue_product p ON p.id = l.product_id
                        WHERE l.published AND p.name ILIKE 'keripik%' AND EXISTS (SELECT 1 FROM registry_permit h
                              WHERE h.product_id = l.product_id AND h.type = 'HALAL') ORDER BY l.product_id LIMIT 1""")
                .query(String.class).single();
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            page.navigate(base + "/katalog");
            assertThat(page.locator("h1")).hasText("Katalog produk UMKM");
            BrowserSupport.screenshot(page, "katalog-phone");
            page.locator("input[name=q]").fill("kripik");   // a typo still finds keripik
            page.locator(".catalogue-search summary").click();
            page.locator("select[name=province]").selectOption(province);
            // with script the regency list appears at once; the form works without it too
            assertThat(page.locator("select[name=regency]")).isVisible();
            page.locator("label.chip", new Page.LocatorOptions().setHasText("Halal")).first().locator("input").check();
            page.locator("details button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/katalog\\?.*badge=HALAL.*"));
            var first = page.locator(".listing").first();
            assertThat(first).containsText("Keripik");
            assertThat(first.locator(".badge-HALAL")).isVisible();
            assertThat(first.locator("img")).hasAttribute("loading", "lazy");
            BrowserSupport.screenshot(page, "katalog-hasil-phone");

            first.locator("a.listing-link").click();
            assertThat(page.locator("h1")).containsText("Keripik");
            assertThat(page.locator("meta[property='og:image']")).hasAttribute("content", Pattern.compile("https?://.*/katalog/foto/\\d+\\.jpg"));
            assertThat(page.locator("meta[property='og:title']")).hasAttribute("content", Pattern.compile("Keripik.*"));
            String number = page.locator("ul.verified-badges li:has(.badge-HALAL) code").textContent();
            BrowserSupport.screenshot(page, "katalog-produk-phone");

            page.locator("ul.verified-badges li:has(.badge-HALAL) a.verify-link").click();
            assertThat(page).hasURL(Pattern.compile(".*/verifikasi\\?nomor=.*"));
            assertThat(page.locator("article.card").first()).containsText(number);
            assertThat(page.locator("article.card .badge.ok").first()).hasText("Terdaftar dan berlaku");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            page.navigate(base + "/katalog?q=keripik&province=" + province);
            assertThat(page.locator(".listing").first()).isVisible();
            BrowserSupport.screenshot(page, "katalog-desktop");
            page.locator(".listing a.listing-link").first().click();
            assertThat(page.locator(".verified-badges")).isVisible();
            BrowserSupport.screenshot(page, "katalog-produk-desktop");
            page.locator("a", new Page.LocatorOptions().setHasText("Kartu QR")).click();
            assertThat(page.locator(".qr-card img")).isVisible();
            BrowserSupport.screenshot(page, "katalog-kartu-desktop");
        }
    }
}
