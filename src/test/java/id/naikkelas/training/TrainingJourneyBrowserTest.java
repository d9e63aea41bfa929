package id.naikkelas.training;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.AsUser;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.TestClock;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An officer creates a hybrid PKP event with one seat; two owners register, the second onto the
 * waitlist, and gets the seat when the room grows; attendance is taken at the door by code; the
 * first owner takes the post-test; the certificate is issued and verifies publicly.
 */
@IntegrationTest
class TrainingJourneyBrowserTest {

    /** The event form's own save button (the rows have add and remove buttons of their own). */
    static final String SAVE = "form.card > button[type=submit]:not(.default-submit)";

    /** Right answers of the bundled PKP bank (training/questions/pkp.yml), in order. */
    static final int[] PKP_ANSWERS = {0, 1, 2, 2, 1, 0, 1, 1, 1, 1};

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void hybridPkpFromRegistrationToAPubliclyVerifiedCertificate() {
        String base = "http://localhost:" + port;
        String secondOwner = secondOwner();
        String eventUrl;
        var day = LocalDate.now().plusDays(12);
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(base + "/pelatihan/baru");
            page.locator("select[name=type]").selectOption("PKP");
            page.locator("input[name=topic]").fill("PKP Kota Dumai dan Bengkalis " + day.getYear());
            page.locator("input[name=mode][value=HYBRID]").check();
            // the officer's only region (Kota Dumai) is chosen already
            assertThat(page.locator("select[name='region.regency']")).hasValue("14.72");
            page.locator("input[name=meetingLink]").fill("https://meet.example.org/pkp-dumai");
            page.locator("input[name='sessions[0].date']").fill(day.toString());
            page.locator("input[name='sessions[0].startsAt']").fill("08:30");
            page.locator("input[name='sessions[0].endsAt']").fill("15:00");
            page.locator("input[name=registrationDeadline]").fill(day.minusDays(2) + "T16:00");
            page.locator("input[name=capacity]").fill("1");
            page.locator("select[name='targetRegions[0].province']").selectOption("14");
            page.locator("select[name='targetRegions[0].regency']").selectOption("14.72");
            page.locator("[data-rows=targetRegions] > [data-row-add]").click();
            page.locator("select[name='targetRegions[1].province']").selectOption("14");
            page.locator("select[name='targetRegions[1].regency']").selectOption("14.03");
            page.locator(SAVE).click();
            assertThat(page.locator("small.error")).containsText("perlu tempat");
            // what was typed and chosen is all there again
            assertThat(page.locator("input[name='sessions[0].startsAt']")).hasValue("08:30");
            assertThat(page.locator("select[name='targetRegions[1].regency']")).hasValue("14.03");
            BrowserSupport.screenshot(page, "training-form-error-desktop");
            page.locator("input[name=venue]").fill("Aula Loka POM Dumai, Jl. Sudirman");
            page.locator(SAVE).click();
            assertThat(page.locator("h1")).containsText("PKP Kota Dumai dan Bengkalis");
            eventUrl = page.url();

            page.locator("a", new Page.LocatorOptions().setHasText("Soal post-test")).click();
            assertThat(page.locator(".notice.warn")).isVisible();
            page.locator("form.card button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).isVisible();
        }

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(eventUrl.replaceAll("(/pelatihan/\\d+).*", "$1") + "/ubah");
            assertThat(page.locator("input[name='sessions[0].startsAt']")).hasValue("08:30");
            assertThat(page.locator("select[name='targetRegions[1].regency']")).hasValue("14.03");
            page.locator("[data-rows=sessions] > [data-row-add]").click();
            assertThat(page.locator("input[name='sessions[1].date']")).hasValue("");
            BrowserSupport.screenshot(page, "training-form-phone");
        }

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "pemilik.demo");
            page.navigate(eventUrl);
            BrowserSupport.screenshot(page, "training-event-owner-phone");
            page.locator("section.card form.inline-form button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("Pendaftaran diterima");
            // the personal QR code really loads (drawn on the server from the registration's token)
            page.waitForFunction("() => document.querySelector('img.qr').complete && document.querySelector('img.qr').naturalWidth > 0");
            BrowserSupport.screenshot(page, "training-ticket-phone");
            // twelve days ahead: the owner's list marks it as coming, with its date, before the events that are over
            page.navigate(base + "/pelatihan");
            var registration = page.locator("section.card li", new Page.LocatorOptions().setHasText("PKP Kota Dumai dan Bengkalis"));
            assertThat(registration.locator(".badge").first()).hasText("akan datang");
            assertThat(registration).containsText(day.getYear() + " 08:30 WIB");
            BrowserSupport.screenshot(page, "training-list-upcoming-owner-phone");
        }
        String secondRegistration;
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, secondOwner, BrowserSupport.STRONG_PASSWORD);
            page.navigate(eventUrl);
            page.locator("input[name=participantName]").fill("Rina (karyawan)");
            page.locator("section.card form.inline-form button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("daftar tunggu");
            assertThat(page.locator("img.qr")).hasCount(0);
            secondRegistration = page.url();
            BrowserSupport.screenshot(page, "training-waitlisted-phone");
        }

        String firstCode;
        String secondCode;
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(eventUrl);
            assertThat(page.locator("#peserta tbody tr")).hasCount(2);
            page.locator("a", new Page.LocatorOptions().setHasText("Ubah acara")).click();
            page.locator("input[name=capacity]").fill("2");
            page.locator(SAVE).click();
            assertThat(page.locator("#peserta tbody tr .badge.ok")).hasCount(2);
            firstCode = page.locator("#peserta tbody tr").nth(0).locator("code").innerText();
            secondCode = page.locator("#peserta tbody tr").nth(1).locator("code").innerText();
            BrowserSupport.screenshot(page, "training-event-organiser-desktop");
            page.navigate(base + "/pelatihan");
            assertThat(page.locator("a.tile", new Page.LocatorOptions().setHasText("PKP Kota Dumai dan Bengkalis"))).containsText("akan datang");
            BrowserSupport.screenshot(page, "training-list-upcoming-desktop");
        }

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(eventUrl);
            BrowserSupport.screenshot(page, "training-event-organiser-phone");
            page.locator("a", new Page.LocatorOptions().setHasText("Absen sesi 1")).click();
            // twelve days early the door is shut, and says when it opens
            page.locator("input[name=code]").fill(firstCode);
            page.locator("form.code-form button[type=submit]").click();
            assertThat(page.locator("#result .notice.error")).containsText("Check-in dibuka 30 menit sebelum sesi");
            assertThat(page.locator("#result .notice.error")).containsText("08:00 WIB");
            BrowserSupport.screenshot(page, "training-scan-refused-phone");
            // twenty minutes before the session starts it is open
            clock.setJakarta(day.atTime(8, 10));
            page.locator("input[name=code]").fill(firstCode.toLowerCase());
            page.locator("form.code-form button[type=submit]").click();
            assertThat(page.locator("#result .notice.ok")).containsText("tercatat hadir");
            page.locator("input[name=code]").fill(firstCode);
            page.locator("form.code-form button[type=submit]").click();
            assertThat(page.locator("#result .notice.error")).containsText("sudah tercatat hadir");
            page.locator("input[name=code]").fill(secondCode);
            page.locator("form.code-form button[type=submit]").click();
            assertThat(page.locator("#result .notice.ok")).containsText("Rina");
            BrowserSupport.screenshot(page, "training-scan-phone");
        }

        // the post-test opens when the last session starts: an hour into the (only) session
        long eventId = Long.parseLong(eventUrl.replaceAll(".*/pelatihan/(\\d+).*", "$1"));
        clock.set(AsUser.call("petugas.dumai", () -> events.get(eventId)).sessions().get(0).startsAt().plusHours(1).toInstant());
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "pemilik.demo");
            page.navigate(base + "/pelatihan");
            var today = page.locator("section.card li", new Page.LocatorOptions().setHasText("PKP Kota Dumai dan Bengkalis"));
            assertThat(today.locator(".badge").first()).hasText("hari ini");
            BrowserSupport.screenshot(page, "training-list-owner-phone");
            page.setViewportSize(1280, 860);
            BrowserSupport.screenshot(page, "training-list-owner-desktop");
            page.setViewportSize(360, 740);
            // the owner also holds a demo ticket: open this journey's event by its topic
            page.locator("section.card a", new Page.LocatorOptions().setHasText("PKP Kota Dumai dan Bengkalis")).first().click();
            page.locator("a", new Page.LocatorOptions().setHasText("Kerjakan")).click();
            for (int i = 0; i < PKP_ANSWERS.length; i++) {
                page.locator("input[name=q" + i + "][value='" + PKP_ANSWERS[i] + "']").check();
            }
            BrowserSupport.screenshot(page, "training-test-phone");
            page.locator("form.quiz button[type=submit]").click();
            assertThat(page.locator(".notice.ok").last()).containsText("100");
        }

        String certificateCode;
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(eventUrl);
            page.locator("button", new Page.LocatorOptions().setHasText("Terbitkan sertifikat")).click();
            assertThat(page.locator(".notice.error")).containsText("setelah sesi terakhir selesai");
            clock.setJakarta(day.atTime(15, 1));
            page.navigate(eventUrl);
            page.locator("button", new Page.LocatorOptions().setHasText("Terbitkan sertifikat")).click();
            assertThat(page.locator(".notice.ok")).containsText("1 sertifikat diterbitkan");
            assertThat(page.locator("#peserta tbody tr").nth(1)).containsText("Belum mengerjakan post-test");
            certificateCode = page.locator("#peserta tbody tr").nth(0).locator("a.small").innerText();
            BrowserSupport.screenshot(page, "training-certificates-desktop");
            page.navigate(base + "/pelatihan");
            BrowserSupport.screenshot(page, "training-list-desktop");
            page.navigate(secondRegistration);
            BrowserSupport.screenshot(page, "training-registration-desktop");
        }

        for (BrowserContext anyone : List.of(BrowserSupport.phone(), BrowserSupport.desktop())) {
            try (anyone) {
                Page page = anyone.newPage();
                page.navigate(base + "/sertifikat/" + certificateCode);
                assertThat(page.locator(".badge.ok")).hasText("sah");
                assertThat(page.locator("dl.facts")).containsText("Ibu Sumarni");
                BrowserSupport.screenshot(page, "training-verify-" + (anyone.pages().get(0).viewportSize().width < 500 ? "phone" : "desktop"));
            }
        }
    }

    @Autowired
    TrainingEvents events;
    @Autowired
    Registrations registrations;

    @Test
    void theOrganiserCallsAnEventOffWithAReasonOnAPhone() {
        String base = "http://localhost:" + port;
        long eventId = AsUser.call("petugas.dumai", () -> events.create(
                TrainingFixtures.event(EventType.SOCIALISATION, EventMode.ON_SITE, "14.72", 20, 1, List.of())));
        long business = TrainingFixtures.business(businesses, "petugas.dumai", "14.72.01.1006");
        AsUser.call("petugas.dumai", () -> registrations.registerAll(eventId, List.of(business)));
        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(base + "/pelatihan/" + eventId);
            page.locator(".cancel-card summary").click();
            page.locator("form.cancel-event button[type=submit]").click();
            assertThat(page.locator("#batal .notice.error")).containsText("Tulis alasan pembatalan");
            // the form stays open after the error, so the organiser types the reason right there
            assertThat(page.locator("form.cancel-event textarea[name=reason]")).isVisible();
            page.locator("form.cancel-event textarea[name=reason]").fill("Aula dipakai untuk posko banjir");
            BrowserSupport.screenshot(page, "training-cancel-phone");
            page.locator("form.cancel-event button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("1 peserta diberi tahu");
            assertThat(page.locator(".notice.error")).containsText("Aula dipakai untuk posko banjir");
            assertThat(page.locator(".cancel-card")).hasCount(0);
            assertThat(page.locator("a", new Page.LocatorOptions().setHasText("Absen sesi 1"))).hasCount(0);
            assertThat(page.locator("#peserta tbody tr").first()).containsText("batal");
            BrowserSupport.screenshot(page, "training-cancelled-phone");
        }
        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(base + "/pelatihan/" + eventId);
            assertThat(page.locator(".notice.error")).containsText("dibatalkan oleh penyelenggara");
            BrowserSupport.screenshot(page, "training-cancelled-desktop");
        }
    }

    private String secondOwner() {
        String username = "pemilik.pkp" + TrainingFixtures.SERIAL.incrementAndGet();
        long user = AsUser.call("admin", () -> accounts.create(new Accounts.NewUser(username, "Hj. Rohani", null, null, BrowserSupport.STRONG_PASSWORD,
                null, Set.of(Role.OWNER), List.of())));
        long business = TrainingFixtures.business(businesses, "petugas.bengkalis", "14.03.01.2004");
        jdbc.sql("UPDATE owner SET user_id = ? WHERE id = (SELECT owner_id FROM business WHERE id = ?)").params(user, business).update();
        return username;
    }
}
