package id.naikkelas.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class RoleHomeBrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "admin, /admin, Administrasi, Administration",
            "manajer.dumai, /petugas, Selamat datang, Welcome",
            "petugas.dumai, /petugas, Selamat datang, Welcome",
            "petugas.bengkalis, /petugas, Selamat datang, Welcome",
            "petugas.lampung, /petugas, Selamat datang, Welcome",
            "pendamping.palangkaraya, /pendamping, Daftar dampingan, My worklist",
            "pemilik.demo, /usaha-saya, Usaha saya, My businesses",
            "mitra.demo, /mitra, Selamat datang, Welcome",
            "pembeli.demo, /pembeli, Pembelian, Purchasing"
    })
    void eachDemoRoleLandsOnItsHomeAndCanSwitchLanguage(String username, String home, String headingId, String headingEn) {
        for (boolean phone : new boolean[] {true, false}) {
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                BrowserSupport.login(page, "http://localhost:" + port, username);
                assertThat(page).hasURL("http://localhost:" + port + home);
                assertThat(page.locator("h1")).containsText(headingId);
                BrowserSupport.screenshot(page, "home-" + username + (phone ? "-phone" : "-desktop"));

                page.locator("nav.lang a[lang=en]").click();
                assertThat(page.locator("h1")).containsText(headingEn);
                assertThat(page.locator("html")).hasAttribute("lang", "en");
                page.locator("nav.lang a[lang=id]").click();
                assertThat(page.locator("h1")).containsText(headingId);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aPartnerSeesTheProgramsAndTrainingItTakesPartIn() {
        for (boolean phone : new boolean[] {true, false}) {
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                BrowserSupport.login(page, "http://localhost:" + port, "mitra.demo");
                assertThat(page.locator("a.tile", new Page.LocatorOptions().setHasText("UMKM Berdikari")).first())
                        .containsText("Peran kami: mahasiswa pendamping");
                assertThat(page.locator("a.tile", new Page.LocatorOptions().setHasText("Pembekalan pendamping UMKM Berdikari"))).hasCount(1);
                // nothing of programs it has no part in
                assertThat(page.locator("a.tile", new Page.LocatorOptions().setHasText("SEDAP MALAM"))).hasCount(0);
                BrowserSupport.screenshot(page, "home-partner-" + (phone ? "phone" : "desktop"));
                page.locator("a.tile", new Page.LocatorOptions().setHasText("Pembekalan pendamping")).click();
                assertThat(page.locator("h1")).containsText("Pembekalan pendamping UMKM Berdikari");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void loginPageAndErrorsLookRightOnAPhone() {
        try (BrowserContext context = BrowserSupport.phone()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            BrowserSupport.screenshot(page, "login-phone");
            page.locator("input[name=username]").fill("petugas.dumai");
            page.locator("input[name=password]").fill("salah");
            page.locator("form.card button[type=submit]").click();
            assertThat(page.locator(".notice.error")).containsText("Nama pengguna atau kata sandi salah");
            BrowserSupport.login(page, "http://localhost:" + port, "petugas.dumai");
            page.navigate("http://localhost:" + port + "/admin/users");
            assertThat(page.locator("h1")).containsText("Akses ditolak");
            BrowserSupport.screenshot(page, "error-403-phone");
        }
    }
}
