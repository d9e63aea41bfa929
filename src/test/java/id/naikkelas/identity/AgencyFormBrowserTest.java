package id.naikkelas.identity;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator gives an agency two regions with the picker, row by row, on a phone and a desktop. */
@IntegrationTest
class AgencyFormBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Agencies agencies;

    @Test
    void anAgencysJurisdictionIsPickedInRows() {
        String base = "http://localhost:" + port;
        for (boolean phone : new boolean[] {true, false}) {
            String size = phone ? "phone" : "desktop";
            String name = "Dinas Koperasi Riau " + size;
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                BrowserSupport.login(page, base, "admin");
                page.navigate(base + "/admin/agencies/new");
                page.locator("input[name=name]").fill(name);
                page.locator("select[name=kind]").selectOption("DINAS_KOPERASI_UMKM");
                page.locator("select[name='regions[0].province']").selectOption("14");
                page.locator("select[name='regions[0].regency']").selectOption("14.72");
                page.locator("[data-rows=regions] > [data-row-add]").click();
                page.locator("select[name='regions[1].province']").selectOption("14");
                page.locator("select[name='regions[1].regency']").selectOption("14.03");
                // a third row added and removed again: two rows stay
                page.locator("[data-rows=regions] > [data-row-add]").click();
                page.locator("[data-rows=regions] [data-row]").nth(2).locator("[data-row-remove]").click();
                assertThat(page.locator("[data-rows=regions] [data-row]")).hasCount(2);
                BrowserSupport.screenshot(page, "admin-agency-form-" + size);
                page.locator("form.card > button[type=submit]:not(.default-submit)").click();
                assertThat(page.locator("h1")).not().hasText("Instansi baru");
                var saved = agencies.list().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
                assertThat(saved.regionCodes()).containsExactlyInAnyOrder("14.72", "14.03");

                page.navigate(base + "/admin/agencies/" + saved.id());
                assertThat(page.locator("select[name='regions[1].regency']")).hasValue("14.03");
                BrowserSupport.screenshot(page, "admin-agency-edit-" + size);
            }
        }
    }
}
