package id.naikkelas;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright, one browser per test JVM. Screenshots go
 * to target/screenshots at phone (360 px) and desktop width so people can look at each page.
 */
public final class BrowserSupport {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final String PASSWORD = "Demo-2026!";
    /** A password the strength check accepts, for accounts a test creates. */
    public static final String STRONG_PASSWORD = "Kelakai-Renyah-Goreng-7";

    private static Playwright playwright;
    private static Browser browser;

    private BrowserSupport() {
    }

    /** Skips on a developer machine without Chromium; on CI (.ci/run installs it) a missing browser fails. */
    public static synchronized Browser browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("Chromium not found at " + CHROMIUM + "; .ci/run installs it");
            }
            Assumptions.abort("Chromium not installed at " + CHROMIUM + " (apt-get install chromium)");
        }
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
        }
        return browser;
    }

    /**
     * A Chromium of its own whose camera shows the given YUV4MPEG2 video (Chromium's fake capture
     * device; the permission prompt is answered yes). The caller closes it.
     */
    public static Browser withCamera(Path y4m) {
        browser();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                        "--use-file-for-fake-video-capture=" + y4m.toAbsolutePath())));
    }

    public static BrowserContext phone() {
        return browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setIsMobile(true).setHasTouch(true));
    }

    public static BrowserContext desktop() {
        return browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
    }

    public static void login(Page page, String baseUrl, String username) {
        login(page, baseUrl, username, PASSWORD);
    }

    /** For accounts a test creates: the demo password is too guessable for the password check. */
    public static void login(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("form.card button[type=submit]").click();
        page.waitForLoadState();
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
