package id.naikkelas.certification;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.naikkelas.AsUser;
import id.naikkelas.Assignments;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An owner adds a product and sees it needs P-IRT and halal self-declare; the facilitator uploads
 * the PKP certificate; the officer records the inspection and issues the P-IRT number; the public
 * verification page confirms it.
 */
@IntegrationTest
class CertificationJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Businesses businesses;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void fromProductToVerifiedPirt() {
        String base = "http://localhost:" + port;
        accounts.create(new Accounts.NewUser("bu.rahmah", "Rahmah Hayati", null, "0811-5200-3344", "Kelakai-Renyah-7", null,
                Set.of(Role.OWNER), List.of()));
        long business = AsUser.call("bu.rahmah", () -> businesses.register(new BusinessData("Keripik Kelakai Bu Rahmah", LegalForm.PERORANGAN,
                "8120261100455", null, List.of(), Sector.PROCESSED_FOOD, "Jl. Rajawali No. 9", "62.71.01.1002", null, null, 3, 2020,
                null, new BigDecimal("60000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Rahmah Hayati", null, "P", "0811-5200-3344", null)), null));
        // the facilitator who completes the owner's steps is the one assigned to the business
        Assignments.assign(jdbc, "pendamping.palangkaraya", business);

        String caseUrl;
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            page.navigate(base + "/login");
            page.locator("input[name=username]").fill("bu.rahmah");
            page.locator("input[name=password]").fill("Kelakai-Renyah-7");
            page.locator("form.card button[type=submit]").click();
            page.locator(".tile", new Page.LocatorOptions().setHasText("Keripik Kelakai Bu Rahmah")).click();
            page.locator("a", new Page.LocatorOptions().setHasText("Tambah produk")).first().click();
            page.locator("input[name=name]").fill("Keripik Kelakai Original");
            page.locator("input[name=brand]").fill("Kelakai Rahmah");
            page.locator("select[name=foodCategoryCode]").selectOption("15.0");
            page.locator("select[name=irtFoodTypeCode]").selectOption("04");
            page.locator("input[name=shelfLifeDays]").fill("120");
            page.locator("input[name='confirmations[HALAL_INGREDIENTS_CERTAIN]'][value=YES]").check();
            page.locator("input[name='confirmations[SEPARATE_HALAL_FACILITY]'][value=YES]").check();
            page.locator("form.card button[type=submit]").click();

            page.locator("a", new Page.LocatorOptions().setHasText("Izin yang diperlukan")).click();
            var pirt = page.locator("ul.requirements > li", new Page.LocatorOptions().setHasText("P-IRT"));
            assertThat(pirt.locator(".badge").first()).hasText("Wajib");
            var halal = page.locator("ul.requirements > li", new Page.LocatorOptions().setHasText("Halal"));
            assertThat(halal).containsText("self-declare");
            BrowserSupport.screenshot(page, "certification-requirements-phone");

            // BPOM MD is not needed for this IRT product, but can be started on purpose (for modern retail or export)
            String requirementsUrl = page.url();
            var md = page.locator("ul.requirements > li", new Page.LocatorOptions().setHasText("BPOM MD"));
            md.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Ajukan sukarela")).click();
            assertThat(page.locator("h1")).containsText("BPOM");
            assertThat(page.locator("main")).containsText("Diajukan sukarela");
            BrowserSupport.screenshot(page, "certification-voluntary-case-phone");
            page.navigate(requirementsUrl);

            pirt.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Mulai mengurus")).click();
            assertThat(page.locator("h1")).containsText("SPP-IRT");
            caseUrl = page.url();
            completeCurrentStep(page);                       // NIB: the business already has one
            page.locator("input[name=reference]").fill("OSS-P-IRT-2026-1188");
            completeCurrentStep(page);                       // application in OSS
            assertThat(page.locator("li.step.current")).containsText("Penyuluhan Keamanan Pangan");
            BrowserSupport.screenshot(page, "certification-case-owner-phone");
        }

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "pendamping.palangkaraya");
            page.navigate(caseUrl);
            completeCurrentStep(page);
            assertThat(page.locator(".notice.error")).containsText("Sertifikat PKP");
            page.locator("select[name=documentType]").selectOption("PKP_CERTIFICATE");
            page.locator("input[name=file]").setInputFiles(new FilePayload("sertifikat-pkp.pdf", "application/pdf", CasesTest.PDF));
            page.locator("#dokumen button[type=submit]").click();
            assertThat(page.locator("#dokumen")).containsText("sertifikat-pkp.pdf");
            assertThat(page.locator(".step-form .notice.warn")).containsText("atas nama pelaku usaha");
            completeCurrentStep(page);
            assertThat(page.locator("li.step.current")).containsText("Pemeriksaan sarana");
            BrowserSupport.screenshot(page, "certification-case-facilitator-phone");
        }

        String number = "2046271020117-31";
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.palangkaraya");
            page.navigate(caseUrl);
            page.locator("select[name=inspectionLevel]").selectOption("2");
            completeCurrentStep(page);
            assertThat(page.locator("li.step.skipped")).containsText("Memperbaiki temuan");
            page.locator("select[name=documentType]").selectOption("LABEL_DESIGN");
            page.locator("input[name=file]").setInputFiles(new FilePayload("label.pdf", "application/pdf", CasesTest.PDF));
            page.locator("#dokumen button[type=submit]").click();
            completeCurrentStep(page);                       // label review
            page.locator("input[name=permitNumber]").fill(number);
            page.locator("input[name=issuedOn]").fill("2026-11-23");
            page.locator("input[name=expiresOn]").fill("2031-11-23");
            completeCurrentStep(page);
            assertThat(page.locator(".titlebar .badge")).hasText("Selesai");
            BrowserSupport.screenshot(page, "certification-case-completed-desktop");
            page.navigate(base + "/kasus");
            assertThat(page.locator("table.list")).containsText("Keripik Kelakai Original");
            BrowserSupport.screenshot(page, "certification-cases-desktop");
            page.navigate(base + "/izin/perpanjangan");
            assertThat(page.locator("h1")).isVisible();
            BrowserSupport.screenshot(page, "certification-renewals-desktop");
        }

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "petugas.palangkaraya");
            page.navigate(base + "/kasus");
            assertThat(page.locator("table.list")).containsText("Keripik Kelakai Original");
            BrowserSupport.screenshot(page, "certification-cases-phone");
            page.navigate(base + "/izin/perpanjangan");
            BrowserSupport.screenshot(page, "certification-renewals-phone");
            page.navigate(base + "/halaman-yang-tidak-ada");
            assertThat(page.locator("main h1")).hasText("Halaman tidak ditemukan");
            BrowserSupport.screenshot(page, "not-found-phone");
        }

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            page.navigate(base + "/verifikasi");
            page.locator("input[name=nomor]").fill("P-IRT No. " + number);
            page.locator("form.search button").click();
            assertThat(page.locator("article.card")).containsText("Terdaftar dan berlaku");
            assertThat(page.locator("article.card")).containsText("Keripik Kelakai Original");
            assertThat(page.locator("main")).not().containsText("Rahmah Hayati");
            BrowserSupport.screenshot(page, "certification-verify-phone");
        }
    }

    /**
     * An owner enters iodised salt (mandatory SNI, so BPOM MD instead of P-IRT) and smoked-and-dried fish
     * (two preservation methods: the halal route drops to regular, with the reason shown as not met),
     * and reads both in Indonesian and English.
     */
    @Test
    void anSniProductAndADowngradedHalalRouteAreExplainedInBothLanguages() {
        String base = "http://localhost:" + port;
        accounts.create(new Accounts.NewUser("bu.sari", "Sari Wulandari", null, "0812-7311-4455", "Garam-Laut-Siger-8", null,
                Set.of(Role.OWNER), List.of()));
        AsUser.call("bu.sari", () -> businesses.register(new BusinessData("Olahan Pesisir Bu Sari", LegalForm.PERORANGAN,
                "8120261100981", null, List.of(), Sector.PROCESSED_FOOD, "Jl. Pantai No. 3", "18.71.01.1003", null, null, 2, 2021,
                null, new BigDecimal("80000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Sari Wulandari", null, "P", "0812-7311-4455", null)), null));

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            page.navigate(base + "/login");
            page.locator("input[name=username]").fill("bu.sari");
            page.locator("input[name=password]").fill("Garam-Laut-Siger-8");
            page.locator("form.card button[type=submit]").click();
            page.locator(".tile", new Page.LocatorOptions().setHasText("Olahan Pesisir Bu Sari")).click();

            page.locator("a", new Page.LocatorOptions().setHasText("Tambah produk")).first().click();
            page.locator("input[name=name]").fill("Garam Beryodium Cap Siger");
            page.locator("select[name=foodCategoryCode]").selectOption("12.0");
            page.locator("input[name=shelfLifeDays]").fill("730");
            assertThat(page.locator("select[name=meatSource]")).isHidden(); // asked only for animal products
            BrowserSupport.screenshot(page, "product-form-phone");
            page.locator("form.card button[type=submit]").click();
            page.locator("a", new Page.LocatorOptions().setHasText("Izin yang diperlukan")).click();
            assertThat(page.locator("h1")).hasText("Izin untuk Garam Beryodium Cap Siger");
            BrowserSupport.screenshot(page, "requirements-sni-phone");
            assertThat(permit(page, "SNI").locator(".badge").first()).hasText("Wajib");
            assertThat(permit(page, "SNI")).containsText("SNI 3556");
            assertThat(permit(page, "BPOM MD").locator(".badge").first()).hasText("Wajib");
            assertThat(permit(page, "P-IRT").locator(".badge").first()).hasText("Tidak berlaku");
            BrowserSupport.screenshot(page, "requirements-sni-phone");
            page.navigate(page.url() + "?lang=en");
            assertThat(page.locator("h1")).hasText("Permits for Garam Beryodium Cap Siger");
            assertThat(page.locator("main")).containsText("mandatory SNI (SNI 3556)");
            BrowserSupport.screenshot(page, "requirements-sni-en-phone");

            page.navigate(base + "/?lang=id");
            page.locator(".tile", new Page.LocatorOptions().setHasText("Olahan Pesisir Bu Sari")).click();
            page.locator("a", new Page.LocatorOptions().setHasText("Tambah produk")).first().click();
            page.locator("input[name=name]").fill("Ikan Asin Asap");
            page.locator("select[name=foodCategoryCode]").selectOption("09.0");
            page.locator("select[name=irtFoodTypeCode]").selectOption("02");
            page.locator("input[name=shelfLifeDays]").fill("120");
            page.locator("input[name=traits][value=ANIMAL_ORIGIN]").check();
            page.locator("input[name=preservation][value=SALTING]").check();
            page.locator("input[name=preservation][value=SMOKING]").check();
            page.locator("input[name='confirmations[HALAL_INGREDIENTS_CERTAIN]'][value=YES]").check();
            page.locator("input[name='confirmations[SEPARATE_HALAL_FACILITY]'][value=YES]").check();
            page.locator("select[name=meatSource]").selectOption("NONE"); // fish: no slaughtered animals
            page.locator("form.card button[type=submit]").click();
            page.locator("a", new Page.LocatorOptions().setHasText("Izin yang diperlukan")).click();
            var halal = permit(page, "Halal");
            assertThat(halal.locator(".badge").nth(1)).hasText("reguler");
            assertThat(halal.locator(".criterion.NOT_MET")).containsText("Menggabungkan 2 metode pengawetan");
            assertThat(halal.locator(".criterion.MET").first()).isVisible();
            BrowserSupport.screenshot(page, "requirements-halal-regular-phone");
            page.navigate(page.url() + "?lang=en");
            assertThat(halal.locator(".criterion.NOT_MET")).containsText("Combines 2 preservation methods");
            BrowserSupport.screenshot(page, "requirements-halal-regular-en-phone");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.lampung");
            long product = jdbc.sql("SELECT id FROM product WHERE name = 'Ikan Asin Asap'").query(Long.class).single();
            page.navigate(base + "/produk/" + product + "/izin");
            assertThat(page.locator("h1")).hasText("Izin untuk Ikan Asin Asap");
            BrowserSupport.screenshot(page, "requirements-halal-regular-desktop");
        }
    }

    /** The requirement item of one permit, found by its heading (reasons of other permits may name it too). */
    private static com.microsoft.playwright.Locator permit(Page page, String name) {
        return page.locator("ul.requirements > li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.locator(".req-head strong", new Page.LocatorOptions().setHasText(
                        java.util.regex.Pattern.compile("^" + name + "$")))));
    }

    private static void completeCurrentStep(Page page) {
        page.locator(".step-form button[type=submit]").click();
        page.waitForLoadState();
    }
}
