package id.naikkelas.assessment;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.naikkelas.AsUser;
import id.naikkelas.Assignments;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.naikkelas.assessment.AssessmentFixtures.FACILITATOR;
import static id.naikkelas.assessment.AssessmentFixtures.LEVEL_TWO;
import static id.naikkelas.assessment.AssessmentFixtures.OFFICER;

/** A facilitator on a phone records the corrective-action evidence of an owner who has no account. */
@IntegrationTest
class EvidenceOnBehalfBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Inspections inspections;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFacilitatorSendsAPhotoAndANoteAndThePageSaysItWasRecordedForTheOwner() {
        long business = AsUser.call(OFFICER, () -> businesses.register(new BusinessData("Amplang Haruan Bu Sari", LegalForm.PERORANGAN,
                null, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Rajawali 12", "62.71.01.1001", null, null, 2, 2019, null,
                new BigDecimal("70000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Sari Wulandari", null, "P", null, null)), null));
        Assignments.assign(jdbc, FACILITATOR, business);
        AssessmentFixtures.finishedCppbIrt(inspections, business, null, LEVEL_TWO);
        String base = "http://localhost:" + port;

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, FACILITATOR);
            page.navigate(base + "/usaha/" + business + "/tindakan");
            var form = page.locator("form.evidence-form").first();
            assertThat(page.locator(".evidence p.muted.small").first()).containsText("atas nama pemilik");
            BrowserSupport.screenshot(page, "evidence-on-behalf-form-phone");
            form.locator("input[type=file]").setInputFiles(new FilePayload("lantai.png", "image/png", AssessmentFixtures.photo()));
            form.locator("input[name=note]").fill("Lantai dapur sudah dikeramik, dilihat saat kunjungan");
            form.locator("button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).isVisible();
            assertThat(page.locator(".on-behalf").first()).containsText("dicatat oleh Dewi Lestari atas nama pemilik");
            BrowserSupport.screenshot(page, "evidence-on-behalf-phone");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, OFFICER);
            page.navigate(base + "/usaha/" + business + "/tindakan");
            assertThat(page.locator(".on-behalf").first()).containsText("dicatat oleh Dewi Lestari atas nama pemilik");
            BrowserSupport.screenshot(page, "evidence-on-behalf-desktop");
        }
    }
}
