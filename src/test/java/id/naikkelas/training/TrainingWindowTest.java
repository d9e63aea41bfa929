package id.naikkelas.training;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.TestClock;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static id.naikkelas.training.TrainingFixtures.business;
import static id.naikkelas.training.TrainingFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

/** Training cannot be faked: every rule of {@link AttendanceRules} at its edges, on the pinned clock. */
@IntegrationTest
class TrainingWindowTest {

    static final String DUMAI = "petugas.dumai";

    @Autowired
    TrainingEvents events;
    @Autowired
    Registrations registrations;
    @Autowired
    Attendance attendance;
    @Autowired
    Quizzes quizzes;
    @Autowired
    Certificates certificates;
    @Autowired
    TrainingEvidence evidence;
    @Autowired
    Businesses businesses;
    @Autowired
    AttendanceRules rules;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theDoorOpensThirtyMinutesBeforeASessionAndClosesWhenItEndsWithTheReasonInWords() {
        assertThat(rules.margin()).isEqualTo(Duration.ofMinutes(30));
        long eventId = AsUser.call(DUMAI, () -> events.create(event(EventType.SOCIALISATION, EventMode.ON_SITE, "14.72", 10, 1, List.of())));
        var session = AsUser.call(DUMAI, () -> events.get(eventId)).sessions().get(0);
        var codes = List.of(code(eventId), code(eventId), code(eventId));

        clock.set(session.startsAt().minusMinutes(31).toInstant());
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        var early = refusal(() -> attendance.checkIn(eventId, session.id(), codes.get(0), Attendance.Method.CODE));
        assertThat(early.code()).isEqualTo("training.checkin.notYet");
        assertThat(early.args()).hasSize(3).startsWith(30L).endsWith("08:30 WIB");
        assertThat((String) early.args().get(1)).endsWith("09:00 WIB");
        assertThat(AsUser.call(DUMAI, () -> registrations.get(registrationOf(eventId, codes.get(0)))).attendedSessions()).isEmpty();

        clock.set(session.startsAt().minusMinutes(30).toInstant());
        assertThat(AsUser.call(DUMAI, () -> attendance.checkIn(eventId, session.id(), codes.get(0), Attendance.Method.CODE)).session()).isEqualTo(1);
        clock.set(session.endsAt().toInstant());
        assertThat(AsUser.call(DUMAI, () -> attendance.checkIn(eventId, session.id(), codes.get(1), Attendance.Method.CODE)).session()).isEqualTo(1);
        clock.set(session.endsAt().plusSeconds(1).toInstant());
        assertThat(refusal(() -> attendance.checkIn(eventId, session.id(), codes.get(2), Attendance.Method.CODE)).code())
                .isEqualTo("training.checkin.over");
        assertThat(AsUser.call(DUMAI, () -> registrations.ofEvent(eventId))).filteredOn(r -> r.attendedSessions().contains(1)).hasSize(2);
        // the time of a check-in is the platform's clock, not the database's
        assertThat(jdbc.sql("SELECT min(marked_at) FROM training_attendance ta JOIN training_registration r ON r.id = ta.registration_id "
                + "WHERE r.event_id = ?").param(eventId).query(java.time.OffsetDateTime.class).single().toInstant())
                .isEqualTo(session.startsAt().minusMinutes(30).toInstant());
    }

    @Test
    void aCertificateWaitsForTheLastSessionAndThePostTestAndThePublicPageNeverShowsOneIssuedBefore() {
        long eventId = AsUser.call(DUMAI, () -> events.create(event(EventType.PKP, EventMode.ON_SITE, "14.72", 10, 2, List.of())));
        long business = business(businesses, DUMAI, TrainingTest.DUMAI_VILLAGE);
        long registration = AsUser.call(DUMAI, () -> registrations.register(eventId, business, null)).registrationId();
        var sessions = AsUser.call(DUMAI, () -> events.get(eventId)).sessions();
        String shortCode = AsUser.call(DUMAI, () -> registrations.get(registration)).shortCode();
        for (var s : sessions) {
            clock.set(s.startsAt().plusMinutes(1).toInstant());
            AsUser.call(DUMAI, () -> attendance.checkIn(eventId, s.id(), shortCode, Attendance.Method.CODE));
        }
        // attended everything, but the last session is still running: no certificate
        assertThat(refusal(() -> certificates.issue(eventId)).code()).isEqualTo("training.certificate.notYetHeld");
        clock.set(sessions.get(1).endsAt().plusMinutes(1).toInstant());
        assertThat(AsUser.call(DUMAI, () -> certificates.issue(eventId))).as("PKP asks for the post-test").isEqualTo(new Certificates.Issued(0, 0, 1));
        AsUser.run(DUMAI, () -> quizzes.recordPaper(registration, Quizzes.Kind.POST, 80));
        assertThat(AsUser.call(DUMAI, () -> certificates.issue(eventId))).isEqualTo(new Certificates.Issued(1, 0, 0));
        String code = AsUser.call(DUMAI, () -> registrations.get(registration)).certificateCode();
        assertThat(certificates.verify(code, Locale.ROOT)).isPresent();
        assertThat(evidence.documentTypes(business)).containsExactly("PKP_CERTIFICATE");

        // a certificate dated before the training ended (written around the rules) proves nothing anywhere
        jdbc.sql("UPDATE training_certificate SET issued_at = ? WHERE code = ?").params(sessions.get(0).startsAt(), code).update();
        assertThat(certificates.verify(code, Locale.ROOT)).isEmpty();
        assertThat(evidence.documentTypes(business)).isEmpty();
    }

    @Test
    void attendanceRecordedLaterWaitsForTheSessionNeedsAReasonAndShowsInTheExport() throws Exception {
        long eventId = AsUser.call(DUMAI, () -> events.create(event(EventType.BIMTEK, EventMode.ON_SITE, "14.72", 10, 1, List.of())));
        long business = business(businesses, DUMAI, TrainingTest.DUMAI_VILLAGE);
        long registration = AsUser.call(DUMAI, () -> registrations.register(eventId, business, null)).registrationId();
        var session = AsUser.call(DUMAI, () -> events.get(eventId)).sessions().get(0);

        assertThat(refusal(() -> attendance.recordLater(eventId, session.id(), registration, "kertas")).code())
                .isEqualTo("training.attendance.notStarted");
        clock.set(session.endsAt().plusDays(1).toInstant());
        assertThat(refusal(() -> attendance.recordLater(eventId, session.id(), registration, "  ")).code())
                .isEqualTo("training.attendance.reasonRequired");
        assertThat(refusal(() -> attendance.recordLater(eventId, session.id(), registration, "x".repeat(501))).code())
                .isEqualTo("training.attendance.reasonTooLong");
        assertThat(AsUser.call(DUMAI, () -> registrations.get(registration)).attendedSessions()).isEmpty();

        AsUser.call(DUMAI, () -> attendance.recordLater(eventId, session.id(), registration, "Pemindai rusak, daftar kertas"));
        var view = AsUser.call(DUMAI, () -> registrations.get(registration));
        assertThat(view.attendedSessions()).containsExactly(1);
        assertThat(view.recordedLater()).containsExactly(new RegistrationView.RecordedLater(1, "Pemindai rusak, daftar kertas", DUMAI));
        assertThat(refusal(() -> attendance.recordLater(eventId, session.id(), registration, "lagi")).code()).isEqualTo("training.checkin.already");

        var out = new java.io.ByteArrayOutputStream();
        new ParticipantExport(messages).write(AsUser.call(DUMAI, () -> events.get(eventId)),
                AsUser.call(DUMAI, () -> registrations.ofEvent(eventId)), out, Locale.forLanguageTag("id"));
        try (var rows = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = rows.getFirstSheet().read();
            assertThat(sheet.get(1).getCell(10).getText()).isEqualTo("Hadir dicatat susulan");
            assertThat(sheet.get(2).getCell(10).getText()).isEqualTo("Sesi 1: Pemindai rusak, daftar kertas (oleh petugas.dumai)");
        }
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    private String code(long eventId) {
        long business = business(businesses, DUMAI, TrainingTest.DUMAI_VILLAGE);
        long id = AsUser.call(DUMAI, () -> registrations.register(eventId, business, null)).registrationId();
        return AsUser.call(DUMAI, () -> registrations.get(id)).shortCode();
    }

    private long registrationOf(long eventId, String shortCode) {
        return jdbc.sql("SELECT id FROM training_registration WHERE event_id = ? AND short_code = ?").params(eventId, shortCode)
                .query(Long.class).single();
    }

    private static InvalidInput.Violation refusal(Callable<?> action) {
        try {
            AsUser.call(DUMAI, () -> {
                try {
                    return action.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (InvalidInput e) {
            return e.violations().get(0);
        }
        throw new AssertionError("not refused");
    }
}
