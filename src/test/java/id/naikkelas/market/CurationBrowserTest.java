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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer of BBPOM Palangka Raya, on a phone, builds a collection of two products and a bazaar with two UMKM of the
 * province; an anonymous visitor then finds both from the catalogue's first page. Screenshots:
 * target/screenshots/kurasi-*.png (curators' pages, phone) and katalog-{beranda,koleksi,acara}-{phone,desktop}.png.
 * And an owner asks to take part in a Dumai bazaar, the curator accepts, the visitor finds the business on the event's
 * page (etalase-acara-*, kurasi-permintaan-*, katalog-acara-peserta-*).
 */
@IntegrationTest
class CurationBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarketEvents events;
    @Autowired
    id.naikkelas.common.Today today;

    @Test
    void anOfficerBuildsACollectionAndABazaarOnAPhoneAndAVisitorFindsThem() {
        String base = "http://localhost:" + port;
        String slug;
        String eventUrl;
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "petugas.palangkaraya");
            page.navigate(base + "/kurasi");
            assertThat(page.locator("h1")).hasText("Kurasi katalog");
            page.locator("a", new Page.LocatorOptions().setHasText("Koleksi baru")).click();
            page.locator("input[name=title]").fill("Camilan Sungai Kahayan");
            page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Buat koleksi")).click();
            assertThat(page).hasURL(Pattern.compile(".*/kurasi/koleksi/\\d+"));
            // find products of the jurisdiction and add two
            page.locator("form.search button").click();
            page.locator(".candidates li button").first().click();
            assertThat(page.locator(".notice.ok")).containsText("ditambahkan");
            page.locator("form.search button").click();
            page.locator(".candidates li button").first().click();
            assertThat(page.locator("ol.rows-list li")).hasCount(2);
            page.locator("#collection-form input[name=published]").check();
            page.locator("#collection-form button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).hasText("Tersimpan.");
            slug = page.locator("#collection-form input[name=slug]").inputValue();
            assertThat(slug).isEqualTo("camilan-sungai-kahayan");
            BrowserSupport.screenshot(page, "kurasi-koleksi-phone");

            page.navigate(base + "/kurasi/acara/baru");
            page.locator("input[name=name]").fill("Bazar Kahayan Naik Kelas");
            page.locator("select[name=kind]").selectOption("BAZAAR");
            page.locator("input[name=startsOn]").fill("2027-02-12");
            page.locator("input[name=endsOn]").fill("2027-02-14");
            page.locator("input[name=venue]").fill("Taman Pasuk Kameloh");
            page.locator("select[name=province]").selectOption("62");
            page.locator("select[name=regency]").selectOption("62.71");
            page.locator("select[name=status]").selectOption("REGISTRATION_OPEN");
            page.locator("#event-form button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/kurasi/acara/\\d+"));
            eventUrl = page.url().replace("/kurasi/acara/", "/katalog/acara/");
            for (int i = 0; i < 2; i++) {
                page.locator("#peserta form.search button").click();
                var candidate = page.locator(".candidates li").first();
                candidate.locator("input[name=booth]").fill("K" + (i + 1));
                candidate.locator("button").click();
                assertThat(page.locator(".notice.ok")).hasText("Peserta tersimpan.");
            }
            assertThat(page.locator("details.participant")).hasCount(2);
            BrowserSupport.screenshot(page, "kurasi-acara-phone");
        }
        for (String device : new String[] {"phone", "desktop"}) {
            try (BrowserContext context = device.equals("phone") ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                page.navigate(base + "/katalog");
                assertThat(page.locator(".curated h2").first()).containsText("Pilihan");
                BrowserSupport.screenshot(page, "katalog-beranda-" + device);
                page.locator("a.collection-card[href$='/katalog/koleksi/" + slug + "']").click();
                assertThat(page.locator("h1")).hasText("Camilan Sungai Kahayan");
                assertThat(page.locator(".listing")).hasCount(2);
                assertThat(page.locator("meta[property='og:title']")).hasAttribute("content", Pattern.compile("Camilan Sungai Kahayan.*"));
                BrowserSupport.screenshot(page, "katalog-koleksi-" + device);
                page.navigate(base + "/katalog");
                page.locator("a", new Page.LocatorOptions().setHasText("Bazar dan pameran")).first().click();
                page.locator("a.event-card", new Page.LocatorOptions().setHasText("Bazar Kahayan Naik Kelas")).click();
                assertThat(page).hasURL(eventUrl);
                assertThat(page.locator("section.exhibitor")).hasCount(2);
                assertThat(page.locator("section.exhibitor").first()).containsText("Stan K");
                BrowserSupport.screenshot(page, "katalog-acara-" + device);
            }
        }
    }

    @Test
    void anOwnerAsksToTakePartTheCuratorAcceptsAndAVisitorFindsTheBusinessAtTheEvent() {
        String base = "http://localhost:" + port;
        var starts = today.date().plusDays(21);
        long event = id.naikkelas.AsUser.call("petugas.dumai", () -> events.create(new MarketEventForm("Bazar Nanas Dumai Naik Kelas",
                MarketEventKind.BAZAAR, starts, starts.plusDays(1), "Lapangan Tugu Dumai", "14.72",
                "Dua hari bazar olahan nanas dan hasil laut UMKM binaan Loka POM Dumai.", null, MarketEventStatus.REGISTRATION_OPEN,
                starts.minusDays(7), 30)));
        for (String device : new String[] {"phone", "desktop"}) {
            try (BrowserContext context = device.equals("phone") ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                BrowserSupport.login(page, base, "pemilik.demo");
                page.navigate(base + "/etalase");
                page.locator("a", new Page.LocatorOptions().setHasText("Ikut bazar dan pameran")).click();
                assertThat(page.locator("h1")).hasText("Ikut bazar dan pameran");
                var section = page.locator("#acara-" + event);
                assertThat(section).containsText("Pendaftaran sampai");
                if (device.equals("phone")) {
                    section.locator("textarea[name=note]").fill("Keripik nanas 100 bungkus, dodol nanas 50 kotak");
                    BrowserSupport.screenshot(page, "etalase-acara-phone");
                    section.locator("button[type=submit]").click();
                    assertThat(page.locator(".notice.ok")).containsText("Permintaan terkirim");
                    assertThat(page.locator("#acara-" + event)).containsText("menunggu jawaban");
                    assertThat(page.locator("#permintaan-saya")).containsText("Bazar Nanas Dumai Naik Kelas");
                }
                BrowserSupport.screenshot(page, "etalase-acara-sent-" + device);
            }
        }
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(base + "/kurasi/acara/" + event);
            var request = page.locator("#permintaan article.join-request");
            assertThat(request).hasCount(1);
            assertThat(request).containsText("Keripik nanas 100 bungkus");
            BrowserSupport.screenshot(page, "kurasi-permintaan-phone");
            page.locator("#permintaan").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(BrowserSupport.SCREENSHOTS.resolve("kurasi-permintaan-section-phone.png")));
            request.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Terima")).click();
            assertThat(page.locator(".notice.ok")).containsText("Permintaan diterima");
            assertThat(page.locator("details.participant")).hasCount(1);
            assertThat(page.locator("#permintaan")).containsText("diterima");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(base + "/kurasi/acara/" + event);
            BrowserSupport.screenshot(page, "kurasi-permintaan-desktop");
        }
        for (String device : new String[] {"phone", "desktop"}) {
            try (BrowserContext context = device.equals("phone") ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                page.navigate(base + "/katalog/acara/" + event);
                assertThat(page.locator("section.exhibitor")).hasCount(1);
                assertThat(page.locator("section.exhibitor")).containsText("Keripik Nenas Ibu Sumarni");
                BrowserSupport.screenshot(page, "katalog-acara-peserta-" + device);
            }
        }
    }
}
