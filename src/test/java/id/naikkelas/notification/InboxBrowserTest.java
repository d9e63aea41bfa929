package id.naikkelas.notification;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An owner sees unread messages counted in the top bar, opens one, marks the rest read and changes their settings. */
@IntegrationTest
class InboxBrowserTest {

    static final String OWNER = "pemilik.demo";

    @LocalServerPort
    int port;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private void send(String key, List<String> args, String link) {
        var message = new Message(UUID.randomUUID(), OWNER, null, key, args, link, null);
        transactions.executeWithoutResult(tx -> notifications.send(message));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM notification_inbox WHERE message_id = ?")
                .param(message.id()).query(Integer.class).single() == 1);
    }

    @Test
    void theBellCountsUnreadMessagesAndTheSettingsAreSaved() {
        jdbc.sql("UPDATE notification_inbox SET read_at = now() WHERE username = ? AND read_at IS NULL").param(OWNER).update();
        send("reminder.training.tomorrow", List.of("Bimtek Pengemasan Produk", "09:00 WIB", "Aula Dinas Koperasi Dumai"), "/pelatihan");
        send("reminder.permit.expiring", List.of("P-IRT 2061471010123-27", "Keripik Nanas Sari", "4 Mar 2027", "90"), "/izin-saya");
        send("reminder.action.due", List.of("Lantai ruang produksi mudah dibersihkan", "Keripik Nanas Sari", "7 Des 2026"), "/tindakan");
        String base = "http://localhost:" + port;
        for (boolean phone : new boolean[] {true, false}) {
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                BrowserSupport.login(page, base, OWNER);
                var bell = page.locator("header a.inbox-link");
                assertThat(bell.locator(".count")).hasText(phone ? "3" : "2");
                bell.click();
                assertThat(page.locator("h1")).hasText("Kotak masuk");
                assertThat(page.locator(".inbox-list li.unread")).hasCount(phone ? 3 : 2);
                BrowserSupport.screenshot(page, "inbox-" + (phone ? "phone" : "desktop"));

                if (phone) {
                    page.locator(".inbox-list li", new Page.LocatorOptions().setHasText("P-IRT 2061471010123-27")).locator("button").click();
                    assertThat(page).hasURL(base + "/izin-saya");
                    assertThat(page.locator("header a.inbox-link .count")).hasText("2");
                } else {
                    page.locator("button", new Page.LocatorOptions().setHasText("Tandai semua sudah dibaca")).click();
                    assertThat(page.locator(".notice.ok")).containsText("Semua pesan ditandai sudah dibaca");
                    assertThat(page.locator("header a.inbox-link .count")).hasCount(0);
                    assertThat(page.locator(".inbox-list li.unread")).hasCount(0);
                }
            }
        }
        try (BrowserContext context = BrowserSupport.phone()) {
            Page page = context.newPage();
            BrowserSupport.login(page, base, OWNER);
            page.navigate(base + "/akun/notifikasi");
            assertThat(page.locator("h1")).hasText("Pengaturan pemberitahuan");
            page.locator("input[value='reminder.training.tomorrow/WHATSAPP']").uncheck();
            page.locator("input[name=quietFrom]").fill("22:00");
            BrowserSupport.screenshot(page, "notification-preferences-phone");
            page.locator("form.card button[type=submit]").click();
            assertThat(page.locator(".notice.ok")).containsText("Pengaturan pemberitahuan disimpan");
            assertThat(page.locator("input[value='reminder.training.tomorrow/WHATSAPP']")).not().isChecked();
            assertThat(page.locator("input[value='reminder.training.tomorrow/EMAIL']")).isChecked();
            assertThat(page.locator("input[name=quietFrom]")).hasValue("22:00");
        }
        try (BrowserContext context = BrowserSupport.desktop()) {
            Page page = context.newPage();
            BrowserSupport.login(page, base, OWNER);
            page.navigate(base + "/akun/notifikasi?lang=en");
            assertThat(page.locator("h1")).hasText("Notification settings");
            BrowserSupport.screenshot(page, "notification-preferences-desktop");
            page.navigate(base + "/kotak-masuk?lang=id");
        }
    }

    @Test
    void anAdministratorPreviewsATemplateBeforeSaving() {
        String base = "http://localhost:" + port;
        for (boolean phone : new boolean[] {true, false}) {
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                BrowserSupport.login(page, base, "admin");
                page.navigate(base + "/admin/templat-pesan");
                BrowserSupport.screenshot(page, "notification-templates-" + (phone ? "phone" : "desktop"));
                page.locator("a", new Page.LocatorOptions().setHasText("Izin segera berakhir")).click();
                page.locator("textarea[name=bodyId]").fill("Izin {permit} milik {usaha} berakhir {date}.");
                page.locator("button[name=preview]").click();
                assertThat(page.locator("small.error")).containsText("Isian {usaha} tidak dikenal");
                page.locator("textarea[name=bodyId]").fill("Izin {permit} milik {business} berakhir pada {date} ({days} hari lagi). Segera urus perpanjangan.");
                page.locator("button[name=preview]").click();
                assertThat(page.locator(".template-preview").first()).containsText("Izin [permit] milik [business] berakhir pada [date]");
                BrowserSupport.screenshot(page, "notification-template-preview-" + (phone ? "phone" : "desktop"));
            }
        }
    }
}
