package id.naikkelas.notification;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.naikkelas.AsUser;
import id.naikkelas.Assignments;
import id.naikkelas.assessment.Inspections;
import id.naikkelas.assessment.OpenActions;
import id.naikkelas.certification.Cases;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import id.naikkelas.IntegrationTest;
import id.naikkelas.TestClock;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every kind of reminder produced from the demo data on its day (and not the day before), delivered once through a
 * fake WhatsApp Cloud API that fails the first two attempts, and shown in the recipient's inbox; and what a node killed
 * between sending and recording does.
 */
@IntegrationTest
class ReminderDeliveryTest {

    static WireMockServer fake;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Today today;
    @Autowired
    Reminders reminders;
    @Autowired
    Accounts accounts;
    @Autowired
    Templates templates;
    @Autowired
    Preferences preferences;
    @Autowired
    MessageSource bundles;
    @Autowired
    Cases cases;
    @Autowired
    Businesses businesses;
    @Autowired
    Inspections inspections;

    Outbox outbox;
    Dispatcher dispatcher;
    WhatsAppChannel whatsApp;

    @BeforeAll
    static void start() {
        fake = new WireMockServer(options().dynamicPort());
        fake.start();
    }

    @AfterAll
    static void stop() {
        fake.stop();
    }

    @BeforeEach
    void setUp() {
        fake.resetAll();
        whatsApp = new WhatsAppChannel(new WhatsAppChannel.Settings(fake.baseUrl(), "109876", "token"));
        var channels = new Channels(List.of(whatsApp));
        outbox = new Outbox(jdbc, accounts, templates, preferences, channels, bundles, today);
        dispatcher = new Dispatcher(jdbc, today, channels);
        // WhatsApp rows exist only in this class's tests: one test's held rows must not answer another's fake
        jdbc.sql("UPDATE notification_delivery SET status = 'FAILED', last_error = 'left by an earlier test' "
                + "WHERE channel = 'WHATSAPP' AND status IN ('PENDING', 'SENDING')").update();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Occasion(String kind, LocalDate day, Predicate<Message> about) {
    }

    @Test
    void eachKindOfReminderComesOnItsDayIsDeliveredOnceDespiteTwoFailuresAndIsInTheInbox() {
        var occasions = new ArrayList<Occasion>();
        planAVisitOfAnAssignedBusiness();
        var visit = jdbc.sql("""
                        SELECT v.business_id, v.planned_on FROM programs_planned_visit v JOIN identity_user u ON u.id = v.facilitator_id
                        ORDER BY v.planned_on LIMIT 1""").query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)})
                .single();
        occasions.add(new Occasion("reminder.visit.tomorrow", ((LocalDate) visit[1]).minusDays(1), link("/usaha/" + visit[0])));
        occasions.add(new Occasion("reminder.visit.missed", ((LocalDate) visit[1]).plusDays(1), link("/usaha/" + visit[0])));
        long product = jdbc.sql("""
                        SELECT p.id FROM registry_product p JOIN registry_business b ON b.id = p.business_id
                        WHERE b.region_code LIKE '14.72%' AND b.merged_into IS NULL ORDER BY p.id LIMIT 1""").query(Long.class).single();
        long caseId = AsUser.call("petugas.dumai", () -> cases.open(product, PermitType.PIRT, null));
        // the P-IRT's first steps have no SLA; a due date as the module sets one for a step that has (BPOM MD, halal)
        jdbc.sql("UPDATE certification_case SET step_due_on = ? WHERE id = ?").params(today.date().plusDays(14), caseId).update();
        var step = jdbc.sql("""
                        SELECT c.id, c.step_due_on FROM certification_open_step c WHERE c.id = ?""").param(caseId).query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)}).single();
        occasions.add(new Occasion("reminder.case.overdue", ((LocalDate) step[1]).plusDays(1), link("/kasus/" + step[0])));
        var permit = jdbc.sql("""
                        SELECT p.number, p.expires_on FROM registry_permit p JOIN registry_business b ON b.id = p.business_id
                        WHERE b.owner_user_id IS NOT NULL AND p.expires_on IS NOT NULL ORDER BY p.id LIMIT 1""")
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)}).single();
        LocalDate expires = (LocalDate) permit[1];
        occasions.add(new Occasion("reminder.permit.expiring", expires.minusDays(90),
                m -> m.args().get(0).endsWith(" " + permit[0]) && m.args().get(3).equals("90")));
        occasions.add(new Occasion("reminder.permit.expiring", expires.minusDays(30),
                m -> m.args().get(0).endsWith(" " + permit[0]) && m.args().get(3).equals("30")));
        var session = jdbc.sql("""
                        SELECT t.event_id, (t.starts_at AT TIME ZONE 'Asia/Jakarta')::date FROM training_session_participant t
                        JOIN registry_business b ON b.id = t.business_id WHERE b.owner_user_id IS NOT NULL AND t.region_code NOT LIKE '9%'
                        ORDER BY t.starts_at LIMIT 1""").query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)}).single();
        occasions.add(new Occasion("reminder.training.tomorrow", ((LocalDate) session[1]).minusDays(1), link("/pelatihan/" + session[0])));
        long kitchen = OpenActions.kitchenWithOpenActions(accounts, businesses, jdbc, inspections, "Dapur Pengingat");
        var action = jdbc.sql("""
                        SELECT a.due_on, b.name FROM assessment_open_action a JOIN registry_business b ON b.id = a.business_id
                        WHERE b.id = ? ORDER BY a.due_on LIMIT 1""").param(kitchen)
                .query((rs, i) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getString(2)}).single();
        occasions.add(new Occasion("reminder.action.due", ((LocalDate) action[0]).minusDays(ActionReminders.DAYS_BEFORE),
                m -> m.args().get(1).equals(action[1])));

        for (var occasion : occasions) {
            var dayBefore = dueOn(occasion.day().minusDays(1), occasion);
            assertThat(dayBefore).as("%s the day before %s", occasion.kind(), occasion.day()).isEmpty();
            var due = dueOn(occasion.day(), occasion);
            assertThat(due).as("%s on %s", occasion.kind(), occasion.day()).isNotEmpty();
            deliverThroughAFlakyProvider(due.get(0));
        }
    }

    /** The demo data assigns nobody yet: a facilitator of Palangka Raya takes a business there, with a visit planned. */
    private void planAVisitOfAnAssignedBusiness() {
        long business = jdbc.sql("""
                        SELECT b.id FROM registry_business b WHERE b.region_code LIKE '62%' AND b.merged_into IS NULL
                          AND NOT EXISTS (SELECT 1 FROM programs_open_assignment oa WHERE oa.business_id = b.id) ORDER BY b.id LIMIT 1""")
                .query(Long.class).single();
        Assignments.assign(jdbc, "pendamping.palangkaraya", business);
        jdbc.sql("""
                        INSERT INTO visit (enrollment_id, business_id, region_code, planned_on, status)
                        SELECT e.id, e.business_id, e.region_code, ?, 'PLANNED' FROM enrollment e
                        JOIN assignment a ON a.enrollment_id = e.id AND a.ended_at IS NULL WHERE e.business_id = ?""")
                .params(today.date().plusDays(20), business).update();
    }

    private List<Message> dueOn(LocalDate day, Occasion occasion) {
        clock.setJakarta(day.atTime(LocalTime.of(8, 0)));
        return reminders.due(day).stream().filter(m -> m.key().equals(occasion.kind()) && occasion.about().test(m)).toList();
    }

    private static Predicate<Message> link(String link) {
        return m -> link.equals(m.link());
    }

    /** 429, then 500, then accepted: three requests with one key, one message, and the inbox shows it. */
    private void deliverThroughAFlakyProvider(Message reminder) {
        fake.resetAll();
        jdbc.sql("UPDATE notification_delivery SET status = 'FAILED', last_error = 'left by an earlier test' "
                + "WHERE channel = 'WHATSAPP' AND status IN ('PENDING', 'SENDING')").update();
        fake.stubFor(post(anyUrl()).inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("second")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                        .withBody("{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"code\":130429}}")));
        fake.stubFor(post(anyUrl()).inScenario("flaky").whenScenarioStateIs("second").willSetStateTo("third")
                .willReturn(aResponse().withStatus(500).withBody("{}")));
        fake.stubFor(post(anyUrl()).inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(200).withBody("{\"messages\":[{\"id\":\"wamid." + reminder.id() + "\"}]}")));
        var message = new Message(reminder.id(), reminder.username(), "+6281200000001", reminder.key(), reminder.args(),
                reminder.link(), reminder.regionCode());

        reminders.run(today.date());   // the scheduled path: into the inbox through the event publication registry
        outbox.accept(message);        // the same message where WhatsApp is configured
        outbox.accept(message);        // handed over again (a republished event): nothing more
        for (int round = 0; round < 6; round++) {
            dispatcher.run();
            clock.advance(Duration.ofMinutes(3));
        }

        List<LoggedRequest> requests = fake.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).as(reminder.key()).hasSize(3);
        assertThat(requests).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(reminder.id() + ":WHATSAPP");
        var row = jdbc.sql("SELECT status, attempts, provider_id FROM notification_delivery WHERE idempotency_key = ?")
                .param(reminder.id() + ":WHATSAPP").query((rs, i) -> List.of(rs.getString(1), rs.getInt(2), rs.getString(3))).single();
        assertThat(row).containsExactly("SENT", 3, "wamid." + reminder.id());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT text FROM notification_inbox WHERE message_id = ? AND username = ?")
                .params(reminder.id(), reminder.username()).query(String.class).list())
                .containsExactly(outbox.render(reminder, accounts.language(reminder.username()))));
    }

    @Test
    void aDeliverySentButNotRecordedIsSentAgainWithTheSameKeyAfterTheLease() {
        clock.setJakarta(LocalDate.of(2026, 12, 7).atTime(10, 0));
        fake.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"messages\":[{\"id\":\"wamid.1\"}]}")));
        var message = new Message(UUID.randomUUID(), "pemilik.demo", "+6281200000002", "training.notice.promoted",
                List.of("Rina", "PKP Dumai"), "/pelatihan", null);
        outbox.accept(message);

        var claimed = dispatcher.claim(20);
        assertThat(claimed).hasSize(1);
        whatsApp.send(claimed.get(0));   // ... and the node dies here (kill -9): nothing recorded
        dispatcher.run();
        assertThat(fake.findAll(anyRequestedFor(anyUrl()))).as("still within the lease: no one takes it").hasSize(1);

        clock.advance(Dispatcher.LEASE.plusMinutes(1));
        dispatcher.run();
        dispatcher.run();

        var requests = fake.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(2);
        assertThat(requests).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(message.id() + ":WHATSAPP");
        assertThat(requests).extracting(LoggedRequest::getBodyAsString).allMatch(b -> b.contains("\"biz_opaque_callback_data\":\"" + message.id() + ":WHATSAPP\""));
        assertThat(status(message)).isEqualTo(Map.of("status", "SENT", "attempts", 2));
    }

    @Test
    void anInvalidNumberFailsAtOnceAndAProviderThatStaysDownFailsAfterFiveAttemptsWithTheReason() {
        clock.setJakarta(LocalDate.of(2026, 12, 8).atTime(10, 0));
        fake.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":{\"message\":\"Message Undeliverable.\",\"code\":131026}}")));
        var invalid = new Message(UUID.randomUUID(), "pemilik.demo", "+620000", "training.notice.promoted", List.of("A", "B"), null, null);
        outbox.accept(invalid);
        dispatcher.run();
        assertThat(status(invalid)).isEqualTo(Map.of("status", "FAILED", "attempts", 1));
        assertThat(reason(invalid)).contains("131026", "undeliverable");

        fake.resetAll();
        fake.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)));
        var unlucky = new Message(UUID.randomUUID(), "pemilik.demo", "+6281200000003", "training.notice.promoted", List.of("A", "B"), null, null);
        outbox.accept(unlucky);
        for (int round = 0; round < 12; round++) {
            dispatcher.run();
            clock.advance(Duration.ofMinutes(20));
        }
        assertThat(fake.findAll(anyRequestedFor(anyUrl()))).hasSize(Dispatcher.MAX_ATTEMPTS);
        assertThat(status(unlucky)).isEqualTo(Map.of("status", "FAILED", "attempts", Dispatcher.MAX_ATTEMPTS));
        assertThat(reason(unlucky)).contains("HTTP 503", "after 5 attempts");
    }

    @Test
    void quietHoursHoldWhatsAppUntilMorningInTheRecipientsZoneAndATurnedOffKindIsNotSentThere() {
        // 21:30 WIB is 23:30 WIT in Jayapura: held until 07:00 WIT there
        clock.setJakarta(LocalDate.of(2026, 12, 9).atTime(21, 30));
        var late = new Message(UUID.randomUUID(), "pemilik.demo", "+6281200000004", "training.notice.promoted", List.of("A", "B"), null, "91.71");
        outbox.accept(late);
        var due = jdbc.sql("SELECT next_attempt_at FROM notification_delivery WHERE idempotency_key = ?").param(late.id() + ":WHATSAPP")
                .query(java.time.OffsetDateTime.class).single();
        assertThat(due.atZoneSameInstant(java.time.ZoneId.of("Asia/Jayapura")).toLocalDateTime())
                .isEqualTo(LocalDate.of(2026, 12, 10).atTime(7, 0));

        var choice = preferences.of("pembeli.demo");
        preferences.save("pembeli.demo", java.util.Set.of("training.notice.promoted/WHATSAPP"), choice.quietFrom(), choice.quietUntil(),
                choice.version(), java.util.Set.of("training.notice.promoted"));
        var muted = new Message(UUID.randomUUID(), "pembeli.demo", "+6281200000005", "training.notice.promoted", List.of("A", "B"), null, null);
        outbox.accept(muted);
        assertThat(jdbc.sql("SELECT channel FROM notification_delivery WHERE message_id = ?").param(muted.id()).query(String.class).list())
                .containsExactly("INBOX");
    }

    private Map<String, Object> status(Message m) {
        return jdbc.sql("SELECT status, attempts FROM notification_delivery WHERE idempotency_key = ?").param(m.id() + ":WHATSAPP")
                .query((rs, i) -> Map.<String, Object>of("status", rs.getString(1), "attempts", rs.getInt(2))).single();
    }

    private String reason(Message m) {
        return jdbc.sql("SELECT last_error FROM notification_delivery WHERE idempotency_key = ?").param(m.id() + ":WHATSAPP")
                .query(String.class).single();
    }
}
