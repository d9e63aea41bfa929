package id.naikkelas.certification;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Someone without an account fills the permit self-check on a phone: only the questions that matter for their
 * product appear, the result lists the permits in order with where to apply and what it costs, and offers to
 * register. Screenshots: target/screenshots/cek-izin-*.png (a home snack, an SNI product in English, a frozen
 * product whose halal route is downgraded to regular).
 */
@IntegrationTest
class PermitCheckBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aHomeSnackOnAPhone() {
        String base = "http://localhost:" + port;
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            page.navigate(base + "/cek-izin");
            var food = page.locator("fieldset[data-show-if='sector=PROCESSED_FOOD|BEVERAGE']");
            assertThat(food).isHidden();
            page.locator("input[name=productName]").fill("Keripik Singkong Balado");
            page.locator("label.choice", new Page.LocatorOptions().setHasText("Batik")).click();
            assertThat(food).isHidden();
            page.locator("label.choice", new Page.LocatorOptions().setHasText("Makanan")).click();
            assertThat(food).isVisible();
            page.locator("input[name=brand]").fill("Renyah Bu Sri");
            page.locator("input[name=kind][value=GOODS]").check();
            assertThat(page.locator("input[name=menuItems]")).isHidden();
            page.locator("select[name=foodCategory]").selectOption("15.0");
            page.locator("select[name=irtFoodType]").selectOption("09");
            page.locator("input[name=shelfLifeDays]").fill("60");
            page.locator("input[name=preservation][value=FRYING]").check();
            page.locator("input[name=equipment][value=MANUAL]").check();
            page.locator("input[name=ingredientsHalalCertain]").check();
            page.locator("input[name=separateHalalFacility]").check();
            page.locator("input[name=annualSales]").fill("150000000");
            BrowserSupport.screenshot(page, "cek-izin-form-phone");
            page.locator("form.questionnaire button[type=submit]").click();

            assertThat(page.locator("h1")).hasText("Izin untuk Keripik Singkong Balado");
            // only what was answered travels in the address, so it can be shared
            assertThat(page).hasURL(Pattern.compile(".*/cek-izin/hasil\\?.*sector=PROCESSED_FOOD.*"));
            org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("menuItems=").doesNotContain("capital=");
            var steps = page.locator("ol.permit-steps > li h3");
            assertThat(steps).hasText(new String[] {"NIB (Nomor Induk Berusaha)", "Sertifikat PKP", "P-IRT", "Halal", "Merek terdaftar"});
            var halal = page.locator("#izin-HALAL");
            assertThat(halal).containsText("jalur self-declare");
            assertThat(halal.locator(".criterion-MET").first()).isVisible();
            assertThat(page.locator("#izin-PIRT")).containsText("Gratis di Dinas Kesehatan");
            assertThat(page.locator("button[data-print]")).isVisible();
            BrowserSupport.screenshot(page, "cek-izin-hasil-phone");

            page.locator("a", new Page.LocatorOptions().setHasText("Daftar dan simpan")).click();
            assertThat(page.locator("input[name=name]")).hasValue("Renyah Bu Sri");
            assertThat(page.locator("select[name=sector]")).hasValue("PROCESSED_FOOD");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            page.navigate(base + "/cek-izin");
            BrowserSupport.screenshot(page, "cek-izin-form-desktop");
            page.navigate(base + "/cek-izin/hasil?productName=Keripik%20Singkong%20Balado&sector=PROCESSED_FOOD&kind=GOODS"
                    + "&foodCategory=15.0&irtFoodType=09&shelfLifeDays=60&preservation=FRYING&equipment=MANUAL"
                    + "&ingredientsHalalCertain=true&separateHalalFacility=true&annualSales=150000000&brand=Renyah");
            assertThat(page.locator("#izin-PIRT")).isVisible();
            BrowserSupport.screenshot(page, "cek-izin-hasil-desktop");
            // the printed summary: no bars, buttons or sign-up box
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            assertThat(page.locator("section.keep")).isHidden();
            assertThat(page.locator("header.topbar")).isHidden();
            BrowserSupport.screenshot(page, "cek-izin-print-desktop");
        }
    }

    @Test
    void anSniProductInEnglishAndADowngradedHalalRoute() {
        String base = "http://localhost:" + port;
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            page.navigate(base + "/cek-izin/hasil?productName=Garam%20Beryodium&sector=PROCESSED_FOOD&foodCategory=12.0"
                    + "&shelfLifeDays=365&madeAtHome=true&hasNib=true&scale=MIKRO&lang=en");
            assertThat(page.locator("h1")).hasText("Permits for Garam Beryodium");
            assertThat(page.locator("#izin-SNI")).containsText("mandatory SNI");
            assertThat(page.locator("#izin-BPOM_MD .badge").first()).hasText("Required");
            BrowserSupport.screenshot(page, "cek-izin-sni-en-phone");
            page.locator(".lang-switch a[lang=id]").click();
            assertThat(page.locator("#izin-SNI")).containsText("SNI wajib");
            BrowserSupport.screenshot(page, "cek-izin-sni-id-phone");

            page.navigate(base + "/cek-izin/hasil?productName=Nugget%20Ayam&sector=PROCESSED_FOOD&foodCategory=08.0&storage=FROZEN"
                    + "&preservation=VACUUM_MAP&animalOrigin=true&meatSource=HALAL_CERTIFIED&meatGrinding=IN_HOUSE"
                    + "&madeAtHome=true&equipment=SEMI_AUTOMATIC&hasNib=true&annualSales=900000000&outlets=2&lang=id");
            var halal = page.locator("#izin-HALAL");
            assertThat(halal).containsText("jalur reguler");
            assertThat(halal.locator(".criterion-NOT_MET").first()).containsText("Tidak terpenuhi");
            BrowserSupport.screenshot(page, "cek-izin-reguler-phone");
            page.locator(".lang-switch a[lang=en]").click();
            assertThat(page.locator("#izin-HALAL")).containsText("regular route");
            BrowserSupport.screenshot(page, "cek-izin-reguler-en-phone");
        }
    }
}
