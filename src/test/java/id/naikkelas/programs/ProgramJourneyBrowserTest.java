package id.naikkelas.programs;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.RegistryJourneyPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A manager creates a program, enrols three UMKM and assigns a facilitator (the one-to-one cap is
 * respected); the facilitator logs a visit with a photo on a phone; the business moves to the next stage.
 */
@IntegrationTest
class ProgramJourneyBrowserTest {

    /** The form's own save button (the rows have add and remove buttons of their own). */
    static final String SAVE = "form.card > button[type=submit]:not(.default-submit)";

    @LocalServerPort
    int port;

    @Test
    void createEnrolAssignVisitAdvance() throws IOException {
        String base = "http://localhost:" + port;
        String enrollmentUrl;
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.palangkaraya");
            page.navigate(base + "/program/baru");
            page.locator("input[name=name]").fill("Pendampingan Keripik Kalteng 2027");
            page.locator("textarea[name=description]").fill("Pendampingan satu-satu menuju P-IRT.");
            // the region picker: each choice brings the next level (htmx)
            page.locator("select[name='regions[0].province']").selectOption("62");
            page.locator("select[name='regions[0].regency']").selectOption("62.71");
            page.locator("input[name=capacity]").fill("10");
            page.locator("input[name=facilitation][value=ONE_TO_ONE]").check();
            page.locator("input[name='stages[0].name']").fill("Pendampingan");
            page.locator("input[name='stages[0].durationDays']").fill("60");
            page.locator("input[name='stages[0].visitIntervalDays']").fill("30");
            page.locator("[data-rows=stages] > [data-row-add]").click();
            page.locator("input[name='stages[1].name']").fill("Monitoring");
            page.locator("input[name='stages[1].durationDays']").fill("90");
            // a third row added and removed again: the rows stay numbered 0, 1
            page.locator("[data-rows=stages] > [data-row-add]").click();
            page.locator("input[name='stages[2].name']").fill("Salah ketik");
            page.locator("[data-rows=stages] [data-row]").nth(2).locator("[data-row-remove]").click();
            assertThat(page.locator("[data-rows=stages] [data-row]")).hasCount(2);
            page.locator("input[name='stages[1].visitIntervalDays']").fill("30");
            page.locator("select[name='partners[0].agencyId']").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Universitas Palangka Raya"));
            page.locator("input[name='partners[0].mouNumber']").fill("21/UPR/2027");
            page.locator("input[name='partners[0].mouSignedOn']").fill("2026-11-01");
            page.locator("input[name='partners[0].mouExpiresOn']").fill("2027-11-01");
            page.locator("input[name='partners[0].mouScope']").fill("mahasiswa pendamping");
            page.locator("input[name=targetPermits][value=PIRT]").check();
            BrowserSupport.screenshot(page, "programs-form-desktop");
            page.locator(SAVE).click();
            assertThat(page.locator("h1")).hasText("Pendampingan Keripik Kalteng 2027");
            assertThat(page.locator("ol.stages li")).hasCount(2);
            assertThat(page.locator("ol.stages li").nth(1)).containsText("Monitoring");

            page.locator("input[name=q]").fill("kerupuk");
            page.locator("input[name=q]").press("Enter");
            Locator boxes = page.locator(".candidates input[name=business]");
            for (int i = 0; i < 3; i++) {
                boxes.nth(i).check();
            }
            page.locator(".candidates button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("3 usaha terdaftar");
            BrowserSupport.screenshot(page, "programs-page-desktop");
            // the program page summarises; the participants have their own list (issue 18)
            page.locator("#peserta a.button").click();
            assertThat(page.locator("ul.participants > li")).hasCount(3);

            page.locator("ul.participants > li").nth(0).locator(".who a").click();
            enrollmentUrl = page.url();
            page.locator(".suggestions label", new Page.LocatorOptions().setHasText("Dewi Lestari")).locator("input").check();
            page.locator(".suggestions button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("Pendamping ditetapkan");

            page.goBack();
            page.navigate(base + "/program");
            page.locator(".tile", new Page.LocatorOptions().setHasText("Pendampingan Keripik Kalteng 2027")).click();
            page.locator("#peserta a.button").click();
            page.locator("ul.participants > li").nth(1).locator(".who a").click();
            assertThat(page.locator(".suggestions label", new Page.LocatorOptions().setHasText("Dewi Lestari")).locator("input"))
                    .isDisabled();
            BrowserSupport.screenshot(page, "programs-enrollment-desktop");
        }

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "pendamping.palangkaraya");
            assertThat(page.locator("h1")).hasText("Daftar dampingan");
            BrowserSupport.screenshot(page, "programs-worklist-phone");
            page.navigate(enrollmentUrl);
            page.locator("a", new Page.LocatorOptions().setHasText("Catat kunjungan")).click();
            page.locator("textarea[name=notes]").fill("Dapur bersih; kemasan belum berlabel.");
            page.locator("textarea[name=findings]").fill("Label belum memuat komposisi.");
            page.locator("input[name=followUp]").first().fill("Buat rancangan label");
            page.locator("input[name=followUpDue]").first().fill("2027-01-15");
            page.locator("input[name=photo]").setInputFiles(new FilePayload("dapur.png", "image/png", RegistryJourneyPhotos.png()));
            BrowserSupport.screenshot(page, "programs-visit-form-phone");
            page.locator("form.card button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("Kunjungan tercatat");
            assertThat(page.locator("ul.visits .photos img")).hasCount(1);
            page.locator("button", new Page.LocatorOptions().setHasText("Lanjut ke tahap berikutnya")).click();
            assertThat(page.locator("ol.stages li.current")).containsText("Monitoring");
            BrowserSupport.screenshot(page, "programs-enrollment-phone");
        }
    }

    @Test
    void theProgramFormsRowsOnAPhoneAndAMistakeShownOnItsRow() {
        String base = "http://localhost:" + port;
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "petugas.palangkaraya");
            page.navigate(base + "/program/baru");
            page.locator("input[name=name]").fill("Program Ponsel " + System.nanoTime());
            page.locator("select[name='regions[0].province']").selectOption("62");
            page.locator("select[name='regions[0].regency']").selectOption("62.71");
            page.locator("[data-rows=regions] > [data-row-add]").click();
            // the copied picker starts again at the province, named for its own row
            assertThat(page.locator("select[name='regions[1].province']")).hasValue("");
            assertThat(page.locator("select[name='regions[1].regency']")).hasCount(0);
            page.locator("input[name='stages[0].name']").fill("Pendampingan");
            page.locator("input[name='stages[0].durationDays']").fill("30");
            page.locator("input[name='stages[0].visitIntervalDays']").fill("45");
            page.locator("[data-rows=stages] > [data-row-add]").click();
            page.locator("input[name='stages[1].name']").fill("Monitoring");
            page.locator("input[name='stages[1].durationDays']").fill("90");
            BrowserSupport.screenshot(page, "programs-form-phone");
            page.locator(SAVE).click();
            assertThat(page.locator("input[name='stages[0].visitIntervalDays'] + small.error")).containsText("antara 1 dan 30 hari");
            assertThat(page.locator("input[name='stages[1].name']")).hasValue("Monitoring");
            BrowserSupport.screenshot(page, "programs-form-error-phone");
        }
    }
}
