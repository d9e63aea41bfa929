package id.naikkelas.training;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import id.naikkelas.AsUser;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.naikkelas.training.TrainingFixtures.business;
import static id.naikkelas.training.TrainingFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The door scanner where the browser has no QR reader of its own (Linux Chromium, Safari on iPhones):
 * the camera shows a participant's ticket, the page sends frames, the server reads the code and the
 * participant is checked in. The camera is Chromium's fake capture device playing a video of the ticket's QR code.
 */
@IntegrationTest
class DoorCameraBrowserTest {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    @LocalServerPort
    int port;
    @Autowired
    TrainingEvents events;
    @Autowired
    Registrations registrations;
    @Autowired
    Businesses businesses;
    @Autowired
    id.naikkelas.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aTicketShownToTheCameraChecksTheParticipantIn() throws IOException {
        long eventId = AsUser.call("petugas.dumai", () -> events.create(event(EventType.PKP, EventMode.ON_SITE, "14.72", 10, 1, List.of())));
        long businessId = business(businesses, "petugas.dumai", "14.72.01.1006");
        long registrationId = AsUser.call("petugas.dumai", () -> registrations.registerAll(eventId, List.of(businessId))).get(0).registrationId();
        var ticket = AsUser.call("petugas.dumai", () -> registrations.get(registrationId));
        var session = AsUser.call("petugas.dumai", () -> events.get(eventId)).sessions().get(0);
        long sessionId = session.id();
        clock.set(session.startsAt().minusMinutes(10).toInstant()); // the door opens half an hour before

        Path video = Files.createDirectories(Path.of("target", "camera")).resolve("ticket-" + registrationId + ".y4m");
        writeVideo(video, ticket.token());
        try (Browser camera = BrowserSupport.withCamera(video);
             var phone = camera.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setIsMobile(true))) {
            Page page = phone.newPage();
            var seen = new java.util.concurrent.CopyOnWriteArrayList<String>();
            page.onResponse(r -> {
                if (r.url().contains("/absen/") && "POST".equals(r.request().method())) {
                    seen.add(r.status() + " " + r.text().replaceAll("\\s+", " "));
                }
            });
            page.onConsoleMessage(m -> seen.add("console: " + m.text()));
            String base = "http://localhost:" + port;
            BrowserSupport.login(page, base, "petugas.dumai");
            page.navigate(base + "/pelatihan/" + eventId + "/absen/" + sessionId);
            assertThat(page.evaluate("'BarcodeDetector' in window")).as("this path is the one without a local QR reader").isEqualTo(false);
            page.locator(".scan-start").click();
            try {
                assertThat(page.locator("#result .notice.ok")).containsText(ticket.participantName(),
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            } catch (AssertionError e) {
                throw new AssertionError("frames answered: " + seen, e);
            }
            BrowserSupport.screenshot(page, "training-camera-checkin-phone");
            // the ticket stays in front of the camera: frames keep going, and the green line stays (no "already checked in")
            page.waitForTimeout(4_000);
            assertThat(page.locator("#result .notice.ok")).containsText(ticket.participantName());
            assertThat(page.locator("#result .notice.error")).hasCount(0);
        }
        var after = AsUser.call("petugas.dumai", () -> registrations.get(registrationId));
        assertThat(after.attendedSessions()).containsExactly(1);
    }

    /** A few grey frames of the QR code, black modules on white, as YUV 4:2:0 (chroma neutral). */
    static void writeVideo(Path file, String content) throws IOException {
        var matrix = QrCodes.matrix(content, 360);
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 235);
        int left = (WIDTH - matrix.getWidth()) / 2;
        int top = (HEIGHT - matrix.getHeight()) / 2;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    luma[(top + y) * WIDTH + left + x] = (byte) 16;
                }
            }
        }
        byte[] chroma = new byte[WIDTH * HEIGHT / 4];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F5:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < 5; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
    }
}
