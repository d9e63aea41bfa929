package id.naikkelas.participants;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Accounts;
import id.naikkelas.programs.Enrollments;
import id.naikkelas.programs.Programs;
import id.naikkelas.registry.Businesses;
import id.naikkelas.training.TrainingEvents;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's "done when": a program of 120 UMKM run from a desk. The manager registers all 120 for the program's
 * training, the session's check-ins are taken at the door while it is on, everyone who attended moves to monitoring,
 * facilitators are assigned within the program's cap, and the list is exported. Clicks and seconds are printed.
 */
@IntegrationTest
class ProgramOf120BrowserTest {

    static final int PARTICIPANTS = 120;
    static final int ABSENT = 10;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Programs programs;
    @Autowired Enrollments enrollments;
    @Autowired Businesses businesses;
    @Autowired Accounts accounts;
    @Autowired TrainingEvents events;
    @Autowired Today today;

    int clicks;
    final Map<String, Double> seconds = new LinkedHashMap<>();

    void click(Locator locator) {
        clicks++;
        locator.click();
    }

    void choose(Locator select, String value) {
        clicks++;
        select.selectOption(value);
    }

    /** Ticks "all matching", picks the action, previews and runs it; waits for the job to finish. */
    void bulk(Page page, String action, Runnable inputs, int expected) {
        click(page.locator("input[name=allMatching]"));
        click(page.locator("input[name=action][value=" + action + "]"));
        inputs.run();
        click(page.locator(".bulk button[type=submit]").first());
        assertThat(page.locator("main section.card").first()).containsText(expected + " peserta akan diproses");
        BrowserSupport.screenshot(page, "participants-preview-" + action.toLowerCase() + "-desktop");
        click(page.locator("main form.actions button[type=submit]"));
        assertThat(page.locator(".progress-panel .badge")).hasText("selesai", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator(".progress-panel")).containsText(expected + " dari " + expected + " diproses");
    }

    @Test
    void aProgramOf120RunFromADesk() throws IOException {
        String base = "http://localhost:" + port;
        var program = ProgramOfMany.make(jdbc, programs, enrollments, businesses, accounts, events, PARTICIPANTS, 4, today.date(), today.now());
        String list = base + "/program/" + program.programId() + "/peserta";

        try (BrowserContext desktop = BrowserSupport.desktop()) {
            Page page = desktop.newPage();
            long start = System.nanoTime();
            long step = start;
            BrowserSupport.login(page, base, ProgramOfMany.MANAGER);
            clicks += 1;
            page.navigate(base + "/program/" + program.programId());
            click(page.locator("a.button", new Page.LocatorOptions().setHasText("Lihat dan olah semua 120 peserta")));
            assertThat(page.locator("h1")).hasText("120 peserta");
            assertThat(page.locator("ul.participants > li")).hasCount(25);
            BrowserSupport.screenshot(page, "participants-list-desktop");

            // 1. all 120 registered for the program's training
            bulk(page, "TRAINING", () -> choose(page.locator("select[name=eventId]"), String.valueOf(program.eventId())), PARTICIPANTS);
            assertThat(count("SELECT count(*) FROM training_registration WHERE event_id = ? AND status = 'CONFIRMED'", program.eventId()))
                    .isEqualTo(PARTICIPANTS);
            BrowserSupport.screenshot(page, "participants-job-desktop");
            step = lap("register 120 for the training", step);

            // 2. the session is on: check-ins at the door, one typed by hand, the others as the scanner posts them
            page.navigate(base + "/pelatihan/" + program.eventId() + "/absen/" + program.sessionId());
            var codes = jdbc.sql("SELECT short_code FROM training_registration WHERE event_id = ? ORDER BY business_id")
                    .param(program.eventId()).query(String.class).list();
            page.locator("input[name=code]").fill(codes.get(0));
            click(page.locator("form.code-form button[type=submit]"));
            assertThat(page.locator("#result")).not().containsText("tidak");
            String csrf = page.locator("meta[name=_csrf]").getAttribute("content");
            for (String code : codes.subList(1, PARTICIPANTS - ABSENT)) {
                var answer = page.request().post(base + "/pelatihan/" + program.eventId() + "/absen/" + program.sessionId(),
                        RequestOptions.create().setForm(FormData.create().set("code", code)).setHeader("X-CSRF-TOKEN", csrf)
                                .setHeader("HX-Request", "true"));
                assertThat(answer.status()).isEqualTo(200);
            }
            assertThat(count("""
                    SELECT count(*) FROM training_attendance a JOIN training_registration r ON r.id = a.registration_id
                    WHERE r.event_id = ?""", program.eventId())).isEqualTo(PARTICIPANTS - ABSENT);
            step = lap("check in 110 at the door (1 typed, 109 posted as the scanner does)", step);

            // 3. everyone who attended moves on to monitoring
            page.navigate(list);
            choose(page.locator("select[name=attended]"), String.valueOf(program.eventId()));
            click(page.locator("form.participant-filters button[type=submit]"));
            assertThat(page.locator("h1")).hasText((PARTICIPANTS - ABSENT) + " peserta");
            bulk(page, "STAGE", () -> { }, PARTICIPANTS - ABSENT);
            assertThat(count("SELECT count(*) FROM enrollment WHERE program_id = ? AND stage_position = 2", program.programId()))
                    .isEqualTo(PARTICIPANTS - ABSENT);
            step = lap("move the 110 who attended to monitoring", step);

            // 4. facilitators for those in monitoring, balanced within the cap
            click(page.locator("a", new Page.LocatorOptions().setHasText("Kembali ke daftar peserta")));
            choose(page.locator("select[name=stage]"), "2");
            choose(page.locator("select[name=facilitator]"), "0");
            click(page.locator("form.participant-filters button[type=submit]"));
            assertThat(page.locator("h1")).hasText((PARTICIPANTS - ABSENT) + " peserta");
            bulk(page, "ASSIGN", () -> { }, PARTICIPANTS - ABSENT);
            var loads = jdbc.sql("""
                            SELECT count(*) FROM assignment a JOIN enrollment e ON e.id = a.enrollment_id
                            WHERE e.program_id = ? AND a.ended_at IS NULL GROUP BY a.facilitator_id""")
                    .param(program.programId()).query(Integer.class).list();
            assertThat(loads.stream().mapToInt(Integer::intValue).sum()).isEqualTo(PARTICIPANTS - ABSENT);
            assertThat(loads).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(ProgramOfMany.CAP));
            step = lap("assign facilitators to the 110 within the cap of 30", step);

            // 5. the whole list as Excel
            click(page.locator("a", new Page.LocatorOptions().setHasText("Kembali ke daftar peserta")));
            Download download = page.waitForDownload(() -> click(page.locator(".titlebar a.button", new Page.LocatorOptions().setHasText("Unduh Excel"))));
            var file = download.path();
            try (var workbook = new ReadableWorkbook(Files.newInputStream(file))) {
                var rows = workbook.getFirstSheet().read();
                assertThat(rows).hasSize(PARTICIPANTS + 2);
                assertThat(rows.stream().filter(r -> r.getCellText(3).startsWith("2. Monitoring")).count()).isEqualTo(PARTICIPANTS - ABSENT);
            }
            step = lap("export the list", step);
            double total = (System.nanoTime() - start) / 1e9;
            System.out.printf("[done-when] 120-participant program: %d clicks, %.1f s in all%n", clicks, total);
            seconds.forEach((what, s) -> System.out.printf("[done-when]   %-70s %5.1f s%n", what, s));

            page.navigate(list + "?stage=2");
            BrowserSupport.screenshot(page, "participants-list-monitoring-desktop");
        }

        try (BrowserContext phone = BrowserSupport.phone()) {
            Page page = phone.newPage();
            BrowserSupport.login(page, base, ProgramOfMany.MANAGER);
            page.navigate(base + "/program/" + program.programId());
            BrowserSupport.screenshot(page, "participants-program-phone");
            page.navigate(list);
            assertThat(page.locator("ul.participants > li")).hasCount(25);
            BrowserSupport.screenshot(page, "participants-list-phone");
            int height = ((Number) page.evaluate("document.documentElement.scrollHeight")).intValue();
            System.out.printf("[done-when] participant list at 360 px: %d px tall%n", height);
            page.locator("input[name=action][value=OUTCOME]").check();
            BrowserSupport.screenshot(page, "participants-bulk-outcome-phone");
            page.locator("a", new Page.LocatorOptions().setHasText("Berikutnya")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*page=2.*"));
            page.goBack();
            assertThat(page.locator("ul.participants > li").first()).containsText("Usaha Binaan 001");
            // the preview of an outcome for the ten who did not attend: all or nothing, said so before it runs
            page.navigate(list + "?stage=1");
            page.locator("input[name=allMatching]").check();
            page.locator("input[name=action][value=OUTCOME]").check();
            page.locator("select[name=outcome]").selectOption("WITHDRAWN");
            page.locator("input[name=reason]").fill("Tidak hadir pelatihan");
            page.locator(".bulk button[type=submit]").first().click();
            assertThat(page.locator("main section.card").first()).containsText(ABSENT + " peserta akan diproses, 0 tidak bisa");
            assertThat(page.locator("main section.card").first()).containsText("Semua atau tidak sama sekali");
            BrowserSupport.screenshot(page, "participants-preview-outcome-phone");
        }
    }

    long lap(String what, long since) {
        long now = System.nanoTime();
        seconds.put(what, (now - since) / 1e9);
        return now;
    }

    int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
