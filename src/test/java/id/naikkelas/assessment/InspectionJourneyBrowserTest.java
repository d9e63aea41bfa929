package id.naikkelas.assessment;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.identity.Accounts;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A facilitator inspects a home kitchen on a phone with the CPPB-IRT checklist, marks three
 * deviations (one with a photo), sees level II, finishes and so sends the corrective actions; the
 * owner sees them and sends evidence; the facilitator accepts it. Every page of the module is
 * photographed at phone and desktop width.
 */
@IntegrationTest
class InspectionJourneyBrowserTest {

    private static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static final Set<String> DEVIATIONS = Set.of("B.2", "D.8", "M.36");

    @LocalServerPort
    int port;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Businesses businesses;

    @Test
    void aFacilitatorInspectsAKitchenOnAPhoneAndTheOwnerSeesTheActions() throws IOException {
        String base = "http://localhost:" + port;
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Kue Bingka Bu Yanti");

        String inspectionUrl;
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, AssessmentFixtures.FACILITATOR);
            page.navigate(base + "/usaha/" + kitchen.businessId());
            page.locator("a", new Page.LocatorOptions().setHasText("Pemeriksaan sarana")).click();
            assertThat(page.locator("h1")).hasText("Pemeriksaan sarana");
            assertThat(page.locator("input[name=templateCode][value=cppb-irt]")).isChecked();
            BrowserSupport.screenshot(page, "assessment-history-start-phone");
            page.locator("form.card button[type=submit]").click();

            assertThat(page.locator("h1")).containsText("CPPB-IRT");
            inspectionUrl = page.url();
            BrowserSupport.screenshot(page, "assessment-inspection-empty-phone");
            Locator items = page.locator("li.item:not([hidden])");
            assertThat(items).hasCount(37);
            int count = items.count();
            for (int i = 0; i < count; i++) {
                var item = items.nth(i);
                String code = item.locator(".item-code").innerText().trim();
                item.locator(DEVIATIONS.contains(code) ? "label.choice.not-met" : "label.choice.met").click();
            }
            var floor = item(page, "B.2");
            floor.locator("textarea[name=note]").fill("Ruang produksi juga dipakai menjemur pakaian");
            floor.locator("textarea[name=note]").press("Tab");
            floor.locator("input[name=photo]").setInputFiles(new FilePayload("ruang.png", "image/png", AssessmentFixtures.photo()));
            assertThat(item(page, "B.2").locator(".item-photos img")).hasCount(1);

            var summary = page.locator("#summary");
            assertThat(summary).containsText(count + " dari " + count + " butir terjawab", SLOW);
            assertThat(summary.locator(".level-badge")).hasText("Level II");
            assertThat(summary.locator(".class-MAJOR strong")).hasText("2");
            assertThat(summary.locator(".class-MINOR strong")).hasText("1");
            assertThat(summary).containsText("belum terkonfirmasi");
            page.reload();
            assertThat(item(page, "B.2").locator("textarea[name=note]")).hasValue("Ruang produksi juga dipakai menjemur pakaian");
            assertThat(item(page, "D.8").locator("input[value=NOT_MET]")).isChecked();
            page.evaluate("window.scrollTo(0, 0)"); // the summary sticks to the top of the window it is photographed in
            BrowserSupport.screenshot(page, "assessment-inspection-level-two-phone");

            page.locator(".finish-form button").click();
            assertThat(page.locator(".notice.ok")).containsText("tindakan perbaikan sudah dikirim");
            assertThat(page.locator(".result .level-badge")).hasText("Level II");
            assertThat(page.locator("#tindakan tbody tr")).hasCount(3);
            assertThat(page.locator(".deviation-group .item-photos img")).hasCount(1);
            BrowserSupport.screenshot(page, "assessment-inspection-finished-phone");
            var pdf = page.request().get(base + page.locator("a", new Page.LocatorOptions().setHasText("Unduh laporan")).getAttribute("href"));
            org.assertj.core.api.Assertions.assertThat(InspectionsTest.text(pdf.body())).contains("Level II", "B.2", "D.8", "M.36");

            page.navigate(base + "/usaha/" + kitchen.businessId() + "/pemeriksaan");
            assertThat(page.locator("ol.trend li")).hasCount(1);
            BrowserSupport.screenshot(page, "assessment-history-phone");
        }

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            page.navigate(base + "/login");
            page.locator("input[name=username]").fill(kitchen.owner());
            page.locator("input[name=password]").fill(AssessmentFixtures.PASSWORD);
            page.locator("form.card button[type=submit]").click();
            page.navigate(base + "/tindakan");
            var cards = page.locator("li.action");
            assertThat(cards).hasCount(3);
            assertThat(cards.nth(0)).containsText("B.2");
            assertThat(cards.nth(0)).containsText("Ruang produksi juga dipakai menjemur pakaian");
            assertThat(cards.nth(2)).containsText("M.36");
            assertThat(page.locator("li.action .verify-forms")).hasCount(0);
            BrowserSupport.screenshot(page, "assessment-actions-owner-phone");
            cards.nth(0).locator("input[name=file]").setInputFiles(new FilePayload("sudah-dipisah.png", "image/png", AssessmentFixtures.photo()));
            cards.nth(0).locator(".evidence-form button").click();
            assertThat(page.locator(".notice.ok")).containsText("Bukti terkirim");
            assertThat(page.locator("li.action").first()).containsText("sudah-dipisah.jpg");
            page.navigate(inspectionUrl);
            assertThat(page.locator("#koreksi")).hasCount(0);
            assertThat(page.locator("form.finish-form")).hasCount(0);
            BrowserSupport.screenshot(page, "assessment-inspection-owner-phone");
        }

        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, AssessmentFixtures.FACILITATOR);
            page.navigate(base + "/tindakan?filter=AWAITING_VERIFICATION");
            var card = page.locator("li.action", new Page.LocatorOptions().setHasText("Dapur Kue Bingka Bu Yanti"));
            assertThat(card).hasCount(1);
            BrowserSupport.screenshot(page, "assessment-actions-facilitator-desktop");
            card.locator(".verify-forms button", new Locator.LocatorOptions().setHasText("Terima bukti")).click();
            assertThat(page.locator(".notice.ok")).containsText("Bukti diterima");

            page.navigate(inspectionUrl);
            BrowserSupport.screenshot(page, "assessment-inspection-finished-desktop");
            page.navigate(base + "/usaha/" + kitchen.businessId() + "/pemeriksaan");
            BrowserSupport.screenshot(page, "assessment-history-desktop");
            page.navigate(base + "/usaha/" + kitchen.businessId() + "/tindakan?filter=CLOSED");
            BrowserSupport.screenshot(page, "assessment-actions-business-empty-desktop");

            // a readiness checklist: its follow-up question appears only after the screening answer
            page.navigate(base + "/usaha/" + kitchen.businessId() + "/pemeriksaan");
            page.locator("input[name=templateCode][value=cppob]").check();
            page.locator("form.card button[type=submit]").click();
            assertThat(item(page, "C.5")).isHidden();
            item(page, "C.4").locator("label.choice.met").click();
            assertThat(item(page, "C.5")).isVisible();
            item(page, "C.4").locator("label.choice.not-met").click();
            assertThat(item(page, "C.5")).isHidden();
            item(page, "C.4").locator("label.choice.met").click();
            assertThat(item(page, "C.5")).isVisible();
            page.evaluate("window.scrollTo(0, 0)"); // the summary sticks to the top of the window it is photographed in
            BrowserSupport.screenshot(page, "assessment-inspection-form-desktop");
        }

        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "admin");
            page.navigate(base + "/admin/penilaian");
            var levelTable = page.locator("#tabel-level article", new Page.LocatorOptions().setHasText("irtp-level"));
            assertThat(levelTable.locator(".notice.warn")).containsText("belum terkonfirmasi");
            assertThat(levelTable.locator("tbody tr")).hasCount(4);
            assertThat(page.locator("#daftar-periksa")).containsText("cppb-irt");
            BrowserSupport.screenshot(page, "assessment-definitions-desktop");
        }
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "admin");
            page.navigate(base + "/admin/penilaian");
            BrowserSupport.screenshot(page, "assessment-definitions-phone");
        }
    }

    private static Locator item(Page page, String code) {
        return page.locator("li.item:has(.item-code:text-is('" + code + "'))");
    }
}
