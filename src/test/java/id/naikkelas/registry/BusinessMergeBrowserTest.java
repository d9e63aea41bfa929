package id.naikkelas.registry;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.AsUser;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The side-by-side comparison of two records on a phone and a desktop; the desktop merges and undoes. */
@IntegrationTest
class BusinessMergeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Businesses businesses;

    @Test
    void anOfficerComparesTwoRecordsPicksAFieldMergesAndUndoes() {
        String base = "http://localhost:" + port;
        for (boolean phone : new boolean[] {true, false}) {
            String size = phone ? "phone" : "desktop";
            long survivor = AsUser.call("petugas.dumai", () -> businesses.register(
                    RegistryFixtures.business("Lempok Layar " + size, "Siti Aisyah", "14.72.01.1006", Sector.PROCESSED_FOOD), null));
            long absorbed = AsUser.call("petugas.dumai", () -> businesses.register(
                    RegistryFixtures.business("Lempok Layar Bu Siti " + size, "Siti Aisah", "14.72.01.1006", Sector.PROCESSED_FOOD), null));
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                BrowserSupport.login(page, base, "petugas.dumai");
                page.navigate(base + "/usaha/" + survivor);
                page.locator("a", new Page.LocatorOptions().setHasText("Gabungkan dengan usaha lain")).click();
                page.locator("a", new Page.LocatorOptions().setHasText("Bandingkan")).first().waitFor();
                page.navigate(base + "/usaha/" + survivor + "/gabung?with=" + absorbed);
                assertThat(page.locator("table.merge-compare")).containsText("Lempok Layar Bu Siti " + size);
                page.locator("input[name='keep.name'][value=absorbed]").check();
                BrowserSupport.screenshot(page, "business-merge-compare-" + size);
                if (!phone) {
                    page.locator("form.card button[type=submit]").click();
                    assertThat(page.locator("h1")).hasText("Lempok Layar Bu Siti " + size);
                    assertThat(page.locator(".notice.ok")).containsText("sudah digabungkan");
                    BrowserSupport.screenshot(page, "business-merge-done-" + size);
                    page.locator("button", new Page.LocatorOptions().setHasText("Batalkan penggabungan")).click();
                    assertThat(page.locator("h1")).hasText("Lempok Layar " + size);
                }
            }
        }
    }
}
