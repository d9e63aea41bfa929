package id.naikkelas.feedback;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An owner answers the survey; a visitor files a complaint, an officer answers it and the visitor reads the answer. */
@IntegrationTest
class FeedbackBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anOwnerAnswersTheSurveyFromTheirHomePage() {
        long business = jdbc.sql("SELECT b.id FROM registry_business b JOIN identity_user u ON u.id = b.owner_user_id "
                + "WHERE u.username = 'pemilik.demo'").query(Long.class).list().get(0);
        long unit = jdbc.sql("SELECT id FROM identity_agency WHERE name = 'Loka POM di Kota Dumai'").query(Long.class).single();
        for (boolean phone : new boolean[] {true, false}) {
            long id = surveys.invite(SurveyService.PERMIT_ISSUED, ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L),
                    business, "14.72", unit).orElseThrow();
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                BrowserSupport.login(page, base(), "pemilik.demo");
                var invitation = page.locator(".survey-invitations a[href$='/survei/" + id + "']");
                assertThat(invitation).isVisible();
                BrowserSupport.screenshot(page, "survey-invitation-" + (phone ? "phone" : "desktop"));
                invitation.click();
                assertThat(page.locator("h1")).containsText("Survei kepuasan masyarakat");
                assertThat(page.locator("fieldset")).hasCount(9);
                // sending with two questions unanswered names them and keeps the rest
                for (int q = 1; q <= 7; q++) {
                    page.locator("#q-u" + q + " label.choice").nth(q % 2 == 0 ? 2 : 3).click();
                }
                page.locator("form.survey-form button[type=submit]").click();
                assertThat(page.locator("#q-u8 small.error")).containsText("Pilih salah satu nilai");
                assertThat(page.locator("#q-u1 input[value='4']")).isChecked();
                page.locator("#q-u8 label.choice").nth(2).click();
                page.locator("#q-u9 label.choice").nth(3).click();
                page.locator("textarea[name=suggestion]").fill("Terima kasih, pendampingan sangat membantu.");
                BrowserSupport.screenshot(page, "survey-form-" + (phone ? "phone" : "desktop"));
                page.locator("form.survey-form button[type=submit]").click();
                assertThat(page).hasURL(base() + "/usaha-saya");
                assertThat(page.locator(".notice.ok")).containsText("jawaban survei Anda sudah kami terima");
                assertThat(page.locator(".survey-invitations a[href$='/survei/" + id + "']")).hasCount(0);
                // answered once: the form is gone
                page.navigate(base() + "/survei/" + id);
                assertThat(page.locator(".notice.ok")).containsText("sudah kami terima");
                assertThat(page.locator("form.survey-form")).hasCount(0);
            }
            assertThat(jdbc.sql("SELECT answered_at IS NOT NULL FROM survey_invitation WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
        }
        // the officer sees the unit's index
        try (BrowserContext context = BrowserSupport.desktop()) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "petugas.dumai");
            page.locator("#mainnav a[href$='/ikm']").click();
            var dumai = page.locator("article.ikm-unit", new Page.LocatorOptions().setHasText("Loka POM di Kota Dumai"));
            assertThat(dumai.locator(".grade")).hasText(java.util.regex.Pattern.compile("[A-D]"));
            assertThat(dumai.locator("table.elements tbody tr")).hasCount(9);
            BrowserSupport.screenshot(page, "ikm-desktop");
        }
        try (BrowserContext context = BrowserSupport.phone()) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "petugas.dumai");
            page.navigate(base() + "/ikm");
            BrowserSupport.screenshot(page, "ikm-phone");
        }
    }

    @Test
    void aVisitorFilesAComplaintAnOfficerAnswersAndTheVisitorReadsTheAnswerByItsCode() {
        // earlier complaints from this test machine's address do not count against this one
        jdbc.sql("UPDATE complaint SET created_at = created_at - interval '1 day' WHERE address_hash IN (?, ?, ?)")
                .params(TrackingCodes.sha256("complaint|127.0.0.1"), TrackingCodes.sha256("complaint|0:0:0:0:0:0:0:1"),
                        TrackingCodes.sha256("complaint|::1")).update();
        String subject = "Antrean loket P-IRT " + UUID.randomUUID().toString().substring(0, 6);
        String code;
        try (BrowserContext context = BrowserSupport.phone()) {
            Page page = context.newPage();
            page.navigate(base() + "/");
            page.navigate(base() + "/login");
            page.locator("footer a[href$='/pengaduan']").click();
            assertThat(page.locator("h1")).containsText("Pengaduan masyarakat");
            page.locator("select[name=agencyId]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Loka POM di Kota Dumai"));
            page.locator("select[name=category]").selectOption("SERVICE");
            page.locator("input[name=subject]").fill(subject);
            BrowserSupport.screenshot(page, "complaint-form-phone");
            // the body is missing: the form says so on the field and keeps what was typed
            page.locator("form.complaint-form button[type=submit]").click();
            assertThat(page.locator("textarea[name=body] + small.error")).containsText("Wajib diisi");
            assertThat(page.locator("input[name=subject]")).hasValue(subject);
            page.locator("textarea[name=body]").fill("Saya menunggu tiga jam di loket tanpa nomor antrean.");
            page.locator("input[name=name]").fill("Budi Santoso");
            page.locator("input[name=contact]").fill("0812 7777 1234");
            page.locator("form.complaint-form button[type=submit]").click();
            assertThat(page.locator("h1")).containsText("Pengaduan diterima");
            code = page.locator("#tracking-code").textContent().trim();
            assertThat(code).matches("ADU-[A-Z0-9]{4}-[A-Z0-9]{4}");
            BrowserSupport.screenshot(page, "complaint-filed-phone");
            // shown once: a reload leads to the tracking page instead
            page.reload();
            assertThat(page.locator("h1")).containsText("Lacak pengaduan");
            page.locator("input[name=code]").fill(code);
            page.locator("form.search button").click();
            assertThat(page.locator(".complaint-public .badge")).containsText("Diproses");
            assertThat(page.locator(".complaint-public .complaint-answer")).hasCount(0);
        }
        try (BrowserContext context = BrowserSupport.desktop()) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "petugas.dumai");
            assertThat(page.locator("#mainnav")).isVisible();
            page.locator("#mainnav a[href$='/pengaduan/masuk']").click();
            assertThat(page.locator("h1")).containsText("Pengaduan masuk");
            BrowserSupport.screenshot(page, "complaints-desktop");
            page.locator("table.complaints a", new Page.LocatorOptions().setHasText(subject)).click();
            assertThat(page.locator("dl.facts")).containsText("Budi Santoso");
            page.locator("textarea[name=answer]").fill("Mohon maaf. Mulai Senin loket kedua dibuka dan nomor antrean dibagikan.");
            BrowserSupport.screenshot(page, "complaint-officer-desktop");
            page.locator("form.answer-form button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("Jawaban terkirim");
            assertThat(page.locator(".answer .complaint-answer")).containsText("loket kedua");
        }
        for (boolean phone : new boolean[] {true, false}) {
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                page.navigate(base() + "/pengaduan/lacak");
                page.locator("input[name=code]").fill(code.toLowerCase());
                page.locator("form.search button").click();
                assertThat(page.locator(".complaint-public h2")).hasText(subject);
                assertThat(page.locator(".complaint-public .complaint-answer")).containsText("loket kedua dibuka");
                assertThat(page.locator("main")).not().containsText("Budi");
                assertThat(page.locator("main")).not().containsText("0812");
                BrowserSupport.screenshot(page, "complaint-track-" + (phone ? "phone" : "desktop"));
                if (!phone) {
                    page.navigate(base() + "/pengaduan");
                    BrowserSupport.screenshot(page, "complaint-form-desktop");
                }
            }
        }
    }

    @Test
    void theMainMenuIsABarOnDesktopAndFoldsOnAPhone() {
        try (BrowserContext context = BrowserSupport.desktop()) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "petugas.dumai");
            assertThat(page.locator("#mainnav a[href$='/kasus']")).isVisible();
            assertThat(page.locator(".nav-toggle")).isHidden();
        }
        try (BrowserContext context = BrowserSupport.phone()) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "petugas.dumai");
            var toggle = page.locator(".nav-toggle");
            assertThat(toggle).isVisible();
            assertThat(toggle).hasAttribute("aria-expanded", "false");
            assertThat(page.locator("#mainnav a[href$='/kasus']")).isHidden();
            toggle.click();
            assertThat(toggle).hasAttribute("aria-expanded", "true");
            assertThat(page.locator("#mainnav a[href$='/kasus']")).isVisible();
            BrowserSupport.screenshot(page, "menu-open-phone");
            page.keyboard().press("Tab");
            page.keyboard().press("Escape");
            assertThat(toggle).hasAttribute("aria-expanded", "false");
            page.locator(".nav-toggle").click();
            page.locator("#mainnav a[href$='/kasus']").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/kasus$"));
        }
    }
}
