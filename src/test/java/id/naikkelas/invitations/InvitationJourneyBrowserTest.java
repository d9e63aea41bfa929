package id.naikkelas.invitations;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 18: a Dumai program manager invites a facilitator, who sets a password from the link on a phone, signs in and
 * finds the participant the manager then assigns; and what a partner organisation sees of its members' work.
 */
@IntegrationTest
class InvitationJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerInvitesAFacilitatorWhoSetsAPasswordSignsInAndSeesTheAssignment() {
        String base = "http://localhost:" + port;
        String username = "fajar." + UUID.randomUUID().toString().substring(0, 6);
        String password = "Sungai-Mesjid-Dumai-38";
        long participant = jdbc.sql("""
                        SELECT e.id FROM enrollment e JOIN program p ON p.id = e.program_id
                        WHERE p.name LIKE 'SEDAP MALAM%' AND e.status = 'ENROLLED' ORDER BY e.id DESC LIMIT 1""").query(Long.class).single();
        // the demo gives every participant a facilitator: this one's leaves, so the new facilitator takes it over
        jdbc.sql("UPDATE assignment SET ended_at = now(), ended_reason = 'uji undangan' WHERE enrollment_id = ? AND ended_at IS NULL")
                .param(participant).update();
        String businessName = jdbc.sql("SELECT b.name FROM enrollment e JOIN business b ON b.id = e.business_id WHERE e.id = ?")
                .param(participant).query(String.class).single();
        try (BrowserContext desktop = BrowserSupport.desktop(); BrowserContext phone = BrowserSupport.phone()) {
            Page manager = desktop.newPage();
            BrowserSupport.login(manager, base, "manajer.dumai");
            manager.locator("#mainnav a[href='/undangan']").click();
            manager.locator("input[name=fullName]").fill("Fajar Nugroho");
            manager.locator("input[name=username]").fill(username);
            manager.locator("input[name=phone]").fill("0812 6600 1122");
            manager.locator("select[name=agencyId]").selectOption(new SelectOption().setLabel("Loka POM di Kota Dumai"));
            manager.locator("select[name=role]").selectOption("FACILITATOR");
            manager.locator("form.card > button[type=submit]:not(.default-submit)").click();
            assertThat(manager.locator(".notice.ok")).isVisible();
            String link = manager.locator("[data-invitation-link]").inputValue();
            assertThat(manager.locator("[data-invitation='" + username + "']")).containsText("menunggu");
            BrowserSupport.screenshot(manager, "invitations-desktop");

            Page invitee = phone.newPage();
            invitee.navigate(link);
            assertThat(invitee.locator("h1")).hasText("Buat kata sandi");
            assertThat(invitee.locator("main")).containsText("Loka POM di Kota Dumai");
            BrowserSupport.screenshot(invitee, "invitation-accept-phone");
            invitee.locator("input[name=password]").fill(password);
            invitee.locator("input[name=confirmPassword]").fill(password);
            invitee.locator("form.card button[type=submit]").click();
            assertThat(invitee.locator(".notice.ok")).isVisible();
            assertThat(invitee.locator("input[name=username]")).hasValue(username);
            invitee.locator("input[name=password]").fill(password);
            invitee.locator("form.card button[type=submit]").click();
            invitee.waitForLoadState();
            assertThat(invitee.locator("details.menu summary")).hasText("Fajar Nugroho");

            manager.navigate(base + "/undangan");
            assertThat(manager.locator("[data-invitation='" + username + "']")).containsText("diterima");
            manager.navigate(base + "/peserta/" + participant);
            manager.locator("label.check", new Page.LocatorOptions().setHasText("Fajar Nugroho")).locator("input[name=facilitator]").check();
            manager.locator("form.suggestions button[type=submit]").click();
            assertThat(manager.locator(".notice.ok")).isVisible();

            invitee.navigate(base + "/pendamping");
            assertThat(invitee.locator("main")).containsText(businessName);
            BrowserSupport.screenshot(invitee, "invitation-facilitator-worklist-phone");
        }
    }

    /** Two managers at once: the radio of a facilitator at the one-to-one cap is enabled by hand, as a stale page would post it. */
    @Test
    void aFacilitatorAtTheCapAnswersWithAPageOfAlternatives() {
        String base = "http://localhost:" + port;
        long participant = jdbc.sql("""
                        SELECT e.id FROM enrollment e JOIN program p ON p.id = e.program_id
                        WHERE p.name = 'UMKM Berdikari' AND e.status = 'ENROLLED' AND e.region_code LIKE '62.71.%'
                        ORDER BY e.id LIMIT 1""").query(Long.class).single();
        for (var context : new BrowserContext[] {BrowserSupport.phone(), BrowserSupport.desktop()}) {
            try (context) {
                Page page = context.newPage();
                String suffix = page.viewportSize().width < 500 ? "-phone" : "-desktop";
                BrowserSupport.login(page, base, "petugas.palangkaraya");
                page.navigate(base + "/peserta/" + participant);
                // a facilitator already at the program's one-to-one cap with another participant, posted as a stale page would
                var full = jdbc.sql("""
                                SELECT u.id, u.full_name FROM assignment a JOIN enrollment e ON e.id = a.enrollment_id
                                JOIN app_user u ON u.id = a.facilitator_id
                                WHERE e.program_id = (SELECT program_id FROM enrollment WHERE id = ?) AND e.id <> ? AND a.ended_at IS NULL
                                ORDER BY a.id LIMIT 1""").params(participant, participant)
                        .query((rs, i) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).single();
                String name = full.getValue();
                page.locator("form.suggestions").evaluate("(form, id) => { const radio = document.createElement('input');"
                        + " radio.type = 'radio'; radio.name = 'facilitator'; radio.value = id; form.prepend(radio); radio.checked = true; }",
                        String.valueOf(full.getKey()));
                page.locator("form.suggestions button[type=submit]").click();
                assertThat(page.locator("h1")).hasText("Pendamping ini tidak dapat ditetapkan");
                assertThat(page.locator("[data-refusal]")).containsText(name.split(" ")[0]);
                BrowserSupport.screenshot(page, "facilitator-unavailable" + suffix);
            }
        }
    }

    @Test
    void aPartnerSeesItsMembersParticipantsContributionAndMou() {
        String base = "http://localhost:" + port;
        for (var context : new BrowserContext[] {BrowserSupport.phone(), BrowserSupport.desktop()}) {
            try (context) {
                Page page = context.newPage();
                boolean phone = page.viewportSize().width < 500;
                String suffix = phone ? "-phone" : "-desktop";
                BrowserSupport.login(page, base, "mitra.demo");
                page.locator("a[href='/mitra/peserta']").click();
                assertThat(page.locator("table.list tbody tr").first()).containsText("Nadia Putri Anggraini");
                BrowserSupport.screenshot(page, "partner-participants" + suffix);
                page.locator("table.list tbody tr").first().locator("a").first().click();
                assertThat(page.locator("main")).containsText("Kunjungan pertama");
                BrowserSupport.screenshot(page, "partner-enrollment" + suffix);
                page.navigate(base + "/mitra/kontribusi");
                assertThat(page.locator("[data-figure=visits]")).not().hasText("0");
                BrowserSupport.screenshot(page, "partner-contribution" + suffix);
                page.locator("table.list a[href*='/mitra/']").first().click();
                assertThat(page.locator("[data-mou-state]")).hasText("berlaku");
                BrowserSupport.screenshot(page, "partner-mou" + suffix);
            }
        }
    }
}
