package id.naikkelas.programs;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.RegistryJourneyPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program manager records a permit hand-over with a photo on a participant's page and sees it at the top of the
 * participant's journey; every link of the journey opens; the page is looked at on a desk and on a 360 px phone.
 */
@IntegrationTest
class ParticipantJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHandOverWithAPhotoJoinsTheJourney() throws IOException {
        String base = "http://localhost:" + port;
        // a Palangka Raya participant with the most to show: permit cases first, then trainings
        long enrollment = jdbc.sql("""
                        SELECT e.id FROM enrollment e JOIN program p ON p.id = e.program_id
                        WHERE p.name = 'UMKM Berdikari'
                        ORDER BY (SELECT count(*) FROM certification_case c WHERE c.business_id = e.business_id) DESC,
                                 (SELECT count(*) FROM training_registration r WHERE r.business_id = e.business_id) DESC, e.id
                        LIMIT 1""").query(Long.class).single();
        String url = base + "/peserta/" + enrollment;
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.palangkaraya");
            page.navigate(url);
            page.locator("#serah-terima > summary").click();
            // a permit and an award at once: refused on its field, in the user's language, the form kept
            page.locator("select[name=permit]").selectOption("PIRT");
            page.locator("input[name=award]").fill("UMKM Berprestasi");
            page.locator("input[name=caption]").fill("Sertifikat P-IRT diserahkan Wali Kota");
            page.locator("input[name=photo]").setInputFiles(new FilePayload("serah-terima.png", "image/png", RegistryJourneyPhotos.png()));
            page.locator("#serah-terima button[type=submit]").click();
            assertThat(page.locator("input[name=award] + small.error")).containsText("tidak keduanya");
            assertThat(page.locator("input[name=caption]")).hasValue("Sertifikat P-IRT diserahkan Wali Kota");

            page.locator("input[name=award]").fill("");
            page.locator("input[name=photo]").setInputFiles(new FilePayload("serah-terima.png", "image/png", RegistryJourneyPhotos.png()));
            page.locator("#serah-terima button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("Serah terima tercatat");
            // newest first: after it only what is still to come (a training next week)
            var handOver = page.locator("#perjalanan ol.timeline > li.kind-handover").first();
            assertThat(handOver).containsText("Serah terima P-IRT");
            assertThat(handOver.locator("img")).isVisible();
            BrowserSupport.screenshot(page, "journey-participant-desktop");

            // no dead links: every entry of the journey opens for this user
            for (String href : page.locator("#perjalanan ol.timeline a[href]").evaluateAll("as => as.map(a => a.href)")
                    .toString().replaceAll("[\\[\\]]", "").split(",\\s*")) {
                if (!href.isBlank()) {
                    assertThat(page.request().get(href.replaceAll("#.*", "")).status()).as(href).isEqualTo(200);
                }
            }
        }
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "petugas.palangkaraya");
            page.navigate(url + "#perjalanan");
            assertThat(page.locator("#perjalanan ol.timeline > li.kind-handover").first()).containsText("Serah terima P-IRT");
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(width).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            // the photo loads lazily: brought into view before the whole page is captured
            var photo = page.locator("#perjalanan li.kind-handover img").first();
            photo.scrollIntoViewIfNeeded();
            page.waitForFunction("img => img.complete && img.naturalWidth > 0", photo.elementHandle());
            BrowserSupport.screenshot(page, "journey-participant-phone");
        }
    }
}
