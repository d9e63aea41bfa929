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
 * A hotel registers itself on a phone from the catalogue, waits, and is verified by the city's officer; it asks the demo
 * owner for a product, orders it weekly, later asks for a larger quantity that the owner accepts on their phone, and at
 * last cancels. Screenshots: target/screenshots/pembeli-daftar-*, pembeli-menunggu-*, pesanan-*, phone and desktop.
 */
@IntegrationTest
class BuyerJourneyBrowserTest {

    private static final String HOTEL = "Hotel Teluk Betung";
    private static final String PASSWORD = "Teluk-Betung-2026!";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHotelRegistersIsVerifiedOrdersWeeklyChangesTheOrderAndCancelsIt() {
        String base = "http://localhost:" + port;
        long product = jdbc.sql("""
                        SELECT l.product_id FROM catalogue_listing l JOIN registry_business b ON b.id = l.business_id
                        JOIN app_user u ON u.id = b.owner_user_id WHERE l.published AND u.username = 'pemilik.demo' ORDER BY l.product_id LIMIT 1""")
                .query(Long.class).single();
        String orderUrl;
        try (BrowserContext buyerPhone = BrowserSupport.phone(); BrowserContext officerPhone = BrowserSupport.phone();
             BrowserContext ownerPhone = BrowserSupport.phone()) {
            Page buyer = buyerPhone.newPage();
            buyer.navigate(base + "/katalog");
            buyer.locator("a", new Page.LocatorOptions().setHasText("Daftar sebagai pembeli")).first().click();
            assertThat(buyer.locator("h1")).hasText("Daftar sebagai pembeli");
            buyer.locator("input[name=organisation]").fill(HOTEL);
            buyer.locator("select[name=type]").selectOption("HOTEL");
            buyer.locator("select[name=province]").selectOption("18");
            buyer.locator("select[name=regency]").selectOption("18.71");
            assertThat(buyer.locator("input.region-value")).hasValue("18.71");
            buyer.locator("textarea[name=address]").fill("Jl. Laksamana Malahayati 12, Bandar Lampung");
            buyer.locator("input[name=contactPerson]").fill("Dewi Purchasing");
            buyer.locator("input[name=phone]").fill("0813 7955 2210");
            buyer.locator("input[name=email]").fill("purchasing@telukbetung.example");
            buyer.locator("input[name=username]").fill("hotel.telukbetung");
            buyer.locator("input[name=password]").fill(PASSWORD);
            BrowserSupport.screenshot(buyer, "pembeli-daftar-phone");
            var registered = buyer.waitForResponse(r -> r.request().method().equals("POST") && r.url().endsWith("/pembeli/daftar"),
                    () -> buyer.locator("form.card button[type=submit]").click());
            if (registered.status() != 302) {
                buyer.waitForLoadState();
                org.junit.jupiter.api.Assertions.fail("the registration was refused (" + registered.status() + "): "
                        + buyer.locator(".error, .notice, .errors").allTextContents());
            }
            assertThat(buyer).hasURL(Pattern.compile(".*/pembeli$"));
            assertThat(buyer.locator(".notice.ok")).containsText("Pendaftaran diterima");
            assertThat(buyer.locator(".lead .badge")).hasText("menunggu verifikasi");
            BrowserSupport.screenshot(buyer, "pembeli-menunggu-phone");

            Page officer = officerPhone.newPage();
            BrowserSupport.login(officer, base, "petugas.bandarlampung");
            officer.navigate(base + "/petugas/pembeli");
            Locator card = officer.locator("li.card", new Page.LocatorOptions().setHasText(HOTEL));
            assertThat(card).containsText("purchasing@telukbetung.example");
            BrowserSupport.screenshot(officer, "petugas-pembeli-phone");
            card.locator("button", new Locator.LocatorOptions().setHasText(Pattern.compile("^Verifikasi$"))).click();
            assertThat(officer.locator(".notice.ok")).containsText("diverifikasi");

            buyer.navigate(base + "/katalog/produk/" + product);
            buyer.locator("a", new Page.LocatorOptions().setHasText("Minta penawaran")).click();
            buyer.locator("input[name=quantity]").fill("200");
            buyer.locator("input[name=deliverOn]").fill(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString());
            buyer.locator("input[name=place]").fill("Dapur Hotel Teluk Betung");
            buyer.locator("form.card button[type=submit]").click();
            assertThat(buyer.locator(".notice.ok")).containsText("Permintaan terkirim");
            String inquiryUrl = buyer.url();

            Page owner = ownerPhone.newPage();
            BrowserSupport.login(owner, base, "pemilik.demo");
            owner.navigate(base + "/etalase/permintaan");
            owner.locator("li.card", new Page.LocatorOptions().setHasText(HOTEL)).first().locator("a").click();
            owner.locator("input[name=price]").fill("14000");
            owner.locator("form.card button[type=submit]").click();
            assertThat(owner.locator(".notice.ok")).containsText("Permintaan disetujui");

            buyer.navigate(inquiryUrl);
            buyer.locator("form.card button[type=submit]").click();
            assertThat(buyer.locator(".notice.ok")).containsText("Pesanan rutin dibuat");
            buyer.locator("a[href*='/pembeli/pesanan/']", new Page.LocatorOptions().setHasText("200 × ")).first().click();
            assertThat(buyer.locator("h1")).containsText("200 ×");
            orderUrl = buyer.url();
            // the first delivery is due today but not sent: nothing to mark received yet
            assertThat(buyer.locator("button", new Page.LocatorOptions().setHasText("Tandai diterima"))).hasCount(0);
            buyer.locator("summary", new Page.LocatorOptions().setHasText("Minta perubahan pesanan")).click();
            buyer.locator("input[name=quantity]").fill("250");
            buyer.locator("textarea[name=note]").fill("Musim liburan: tamu bertambah.");
            buyer.locator("button", new Page.LocatorOptions().setHasText("Kirim permintaan perubahan")).click();
            assertThat(buyer.locator(".notice.ok")).containsText("Permintaan perubahan terkirim");
            BrowserSupport.screenshot(buyer, "pesanan-perubahan-diminta-phone");

            owner.navigate(base + "/etalase/permintaan");
            owner.locator("section.card", new Page.LocatorOptions().setHasText(HOTEL)).first()
                    .locator("a[href*='/etalase/pesanan/']").click();
            assertThat(owner.locator("section.change")).containsText("250");
            owner.locator("button", new Page.LocatorOptions().setHasText("Tandai dikirim")).first().click();
            assertThat(owner.locator(".notice.ok")).containsText("sudah dikirim");
            BrowserSupport.screenshot(owner, "pesanan-pemilik-phone");
            owner.locator("button", new Page.LocatorOptions().setHasText("Setujui perubahan")).click();
            assertThat(owner.locator(".notice.ok")).containsText("Perubahan disetujui");
            assertThat(owner.locator("h1")).containsText("250 ×");

            buyer.navigate(orderUrl);
            buyer.locator("button", new Page.LocatorOptions().setHasText("Tandai diterima")).click();
            assertThat(buyer.locator(".notice.ok")).containsText("sudah diterima");
            BrowserSupport.screenshot(buyer, "pesanan-pembeli-phone");
            try (BrowserContext desktop = BrowserSupport.desktop()) {
                Page page = desktop.newPage();
                BrowserSupport.login(page, base, "hotel.telukbetung", PASSWORD);
                page.navigate(orderUrl);
                page.locator("summary", new Page.LocatorOptions().setHasText("Minta perubahan pesanan")).click();
                BrowserSupport.screenshot(page, "pesanan-pembeli-desktop");
            }
            Locator cancel = buyer.locator("details", new Page.LocatorOptions().setHasText("Batalkan pesanan"));
            cancel.locator("summary").click();
            cancel.locator("textarea[name=reason]").fill("Dapur direnovasi sampai akhir tahun.");
            cancel.locator("button[type=submit]").click();
            assertThat(buyer.locator(".notice.ok")).containsText("Pesanan dibatalkan");
            assertThat(buyer.locator(".lead .badge")).hasText("dibatalkan");
            assertThat(buyer.locator("li.delivery .badge", new Page.LocatorOptions().setHasText("diterima"))).hasCount(1);
            BrowserSupport.screenshot(buyer, "pesanan-dibatalkan-phone");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            page.navigate(base + "/pembeli/daftar");
            BrowserSupport.screenshot(page, "pembeli-daftar-desktop");
            BrowserSupport.login(page, base, "hotel.telukbetung", PASSWORD);
            assertThat(page.locator("h1")).hasText("Pembelian");
            BrowserSupport.screenshot(page, "pembeli-beranda-baru-desktop");
        }
    }
}
