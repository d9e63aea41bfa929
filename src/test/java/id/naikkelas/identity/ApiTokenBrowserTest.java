package id.naikkelas.identity;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An officer makes a token from the user menu on a phone and a desktop, copies it, and a program uses it. */
@IntegrationTest
class ApiTokenBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerMakesATokenFromTheUserMenuAndAProgramUsesIt() throws Exception {
        String base = "http://localhost:" + port;
        for (boolean phone : new boolean[] {true, false}) {
            String size = phone ? "phone" : "desktop";
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
                Page page = context.newPage();
                BrowserSupport.login(page, base, "petugas.dumai");
                page.locator("details.menu summary").click();
                page.locator(".menu-body a", new Page.LocatorOptions().setHasText("Token API")).click();
                assertThat(page.locator("h1")).hasText("Token API");

                page.locator("input[name=name]").fill("Sinkronisasi SIMPEL " + size);
                page.locator("select[name=days]").selectOption("365");
                page.locator("form.card button[type=submit]").click();

                var field = page.locator("#new-token");
                assertThat(page.locator(".issued .notice.warn")).containsText("hanya ditampilkan sekali");
                String token = field.inputValue();
                assertThat(token).matches("nk_[A-Za-z0-9_-]{43}");
                page.locator("button[data-copy]").click();
                assertThat(page.locator("button[data-copy]")).hasText("Tersalin");
                assertThat(page.locator("table.list")).containsText("Sinkronisasi SIMPEL " + size);
                BrowserSupport.screenshot(page, "api-token-new-" + size);

                var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/businesses?size=5"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);

                page.navigate(base + "/akun/token");
                assertThat(page.locator("#new-token")).hasCount(0);
                assertThat(page.locator("body")).not().containsText(token);
                assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Sinkronisasi SIMPEL " + size)))
                        .containsText("WIB");
                BrowserSupport.screenshot(page, "api-token-list-" + size);
            }
        }
    }

    @Test
    void anAdministratorSeesEveryAccountsTokens() {
        String base = "http://localhost:" + port;
        for (boolean phone : new boolean[] {true, false}) {
            try (BrowserContext context = phone ? BrowserSupport.phone() : BrowserSupport.desktop()) {
                Page page = context.newPage();
                BrowserSupport.login(page, base, "admin");
                page.locator("a.tile[href='/admin/tokens']").click();
                assertThat(page.locator("h1")).hasText("Token API semua akun");
                BrowserSupport.screenshot(page, "api-token-admin-" + (phone ? "phone" : "desktop"));
            }
        }
    }
}
