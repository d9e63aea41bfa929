package id.naikkelas.market;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
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
 * A hotel buyer on a phone asks the demo owner for a product; the owner accepts on their phone with a price; the buyer
 * turns it into a weekly order; the owner marks the first delivery sent and the buyer marks it received.
 * Screenshots: target/screenshots/pembeli-*.png and etalase-permintaan-*.png, phone and desktop.
 */
@IntegrationTest
class BuyerBrowserTest {

    private static final String PLACE = "Dapur Hotel Sahid, pintu belakang";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHotelAsksTheOwnerAnswersAndAWeeklyDeliveryIsSentAndReceived() {
        String base = "http://localhost:" + port;
        long product = jdbc.sql("""
                        SELECT l.product_id FROM catalogue_listing l JOIN registry_business b ON b.id = l.business_id
                        JOIN app_user u ON u.id = b.owner_user_id WHERE l.published AND u.username = 'pemilik.demo' ORDER BY l.product_id LIMIT 1""")
                .query(Long.class).single();
        try (BrowserContext buyerPhone = BrowserSupport.phone(); BrowserContext ownerPhone = BrowserSupport.phone()) {
            Page buyer = buyerPhone.newPage();
            BrowserSupport.login(buyer, base, "pembeli.demo");
            assertThat(buyer).hasURL(Pattern.compile(".*/pembeli$"));
            assertThat(buyer.locator("h1")).hasText("Pembelian");
            BrowserSupport.screenshot(buyer, "pembeli-beranda-phone");

            buyer.navigate(base + "/katalog/produk/" + product);
            buyer.locator(".product-facts p a").first().click();   // the business page: star it as a supplier
            buyer.locator("button", new Page.LocatorOptions().setHasText("Jadikan pemasok favorit")).click();
            assertThat(buyer.locator(".notice.ok")).containsText("pemasok favorit");
            BrowserSupport.screenshot(buyer, "pembeli-favorit-phone");
            buyer.navigate(base + "/katalog/produk/" + product);
            buyer.locator("a", new Page.LocatorOptions().setHasText("Minta penawaran")).click();
            buyer.locator("input[name=quantity]").fill("120");
            buyer.locator("input[name=deliverOn]").fill(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString());
            buyer.locator("input[name=place]").fill(PLACE);
            buyer.locator("textarea[name=note]").fill("Untuk sarapan prasmanan.");
            BrowserSupport.screenshot(buyer, "pembeli-permintaan-phone");
            buyer.locator("form.card button[type=submit]").click();
            assertThat(buyer.locator(".notice.ok")).containsText("Permintaan terkirim");
            String inquiryUrl = buyer.url();

            Page owner = ownerPhone.newPage();
            BrowserSupport.login(owner, base, "pemilik.demo");
            owner.navigate(base + "/etalase");
            owner.locator("a", new Page.LocatorOptions().setHasText("Permintaan pembeli")).first().click();
            owner.locator("li.card", new Page.LocatorOptions().setHasText("120 ×")).first().locator("a").click();
            assertThat(owner.locator("dl.facts")).containsText(PLACE);
            owner.locator("input[name=price]").fill("13500");
            owner.locator("textarea[name=conditions]").fill("Dikirim Senin pagi, kemasan 250 g.");
            BrowserSupport.screenshot(owner, "etalase-jawab-phone");
            owner.locator("form.card button[type=submit]").click();
            assertThat(owner.locator(".notice.ok")).containsText("Permintaan disetujui");

            buyer.navigate(inquiryUrl);
            assertThat(buyer.locator("dl.facts")).containsText("Rp 13.500");
            buyer.locator("form.card button[type=submit]").click();
            assertThat(buyer.locator(".notice.ok")).containsText("Pesanan rutin dibuat");

            owner.navigate(base + "/etalase/permintaan");
            Locator order = owner.locator("section.card", new Page.LocatorOptions().setHasText("120 ×")).first();
            order.locator("button", new Locator.LocatorOptions().setHasText("Tandai dikirim")).first().click();
            assertThat(owner.locator(".notice.ok")).containsText("sudah dikirim");
            BrowserSupport.screenshot(owner, "etalase-permintaan-phone");

            buyer.navigate(base + "/pembeli");
            Locator sent = buyer.locator("li.card", new Page.LocatorOptions().setHasText("120 ×")).filter(
                    new Locator.FilterOptions().setHas(buyer.locator(".badge.ok"))).first();
            sent.locator("button", new Locator.LocatorOptions().setHasText("Tandai diterima")).click();
            assertThat(buyer.locator(".notice.ok")).containsText("sudah diterima");
            BrowserSupport.screenshot(buyer, "pembeli-diterima-phone");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "pembeli.demo");
            assertThat(page.locator("h1")).hasText("Pembelian");
            BrowserSupport.screenshot(page, "pembeli-beranda-desktop");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "pemilik.demo");
            page.navigate(base + "/etalase/permintaan");
            assertThat(page.locator("h1")).hasText("Permintaan pembeli");
            BrowserSupport.screenshot(page, "etalase-permintaan-desktop");
        }
    }
}
