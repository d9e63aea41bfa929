package id.naikkelas.training;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.naikkelas.training.TrainingFixtures.business;
import static id.naikkelas.training.TrainingFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TrainingTest {

    static final String DUMAI = "petugas.dumai";
    static final String DUMAI_VILLAGE = "14.72.01.1006";

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
    JdbcClient jdbc;
    @Autowired
    id.naikkelas.registry.Products products;
    @Autowired
    id.naikkelas.certification.Cases cases;
    @Autowired
    id.naikkelas.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void demoModeHoldsAPastPkpWithCertificatesAFullBimtekWithAWaitlistAndAnOnlineSocialisation() {
        var past = AsUser.call(DUMAI, () -> events.list(true)).stream().filter(e -> e.type() == EventType.PKP
                && e.topic().startsWith("Penyuluhan Keamanan Pangan bagi calon P-IRT")).findFirst().orElseThrow();
        var held = AsUser.call(DUMAI, () -> registrations.ofEvent(past.id()));
        assertThat(held).hasSize(12);
        // ten came to both days; eight of them scored at least the PKP pass mark on the post-test
        assertThat(held).filteredOn(r -> r.certificateCode() != null).hasSize(8);
        assertThat(held).filteredOn(r -> r.certificateCode() != null)
                .allSatisfy(r -> assertThat(certificates.verify(r.certificateCode(), java.util.Locale.ROOT)).isPresent());

        var bimtek = AsUser.call(DUMAI, () -> events.list(false)).stream().filter(e -> e.type() == EventType.BIMTEK
                && e.topic().startsWith("Bimtek CPPOB")).findFirst().orElseThrow();
        var seats = AsUser.call(DUMAI, () -> registrations.ofEvent(bimtek.id()));
        assertThat(seats).filteredOn(r -> r.status() == Registrations.Status.CONFIRMED).hasSize(10);
        assertThat(seats).filteredOn(r -> r.status() == Registrations.Status.WAITLISTED).hasSize(2);
        assertThat(AsUser.call("pemilik.demo", () -> registrations.mine())).extracting(RegistrationView::eventId).contains(bimtek.id());

        assertThat(AsUser.call("petugas.bengkalis", () -> events.list(false)))
                .anySatisfy(e -> assertThat(e.mode()).isEqualTo(EventMode.ONLINE));
    }

    @Test
    void cancellingAnEventReleasesEverySeatTellsEachOwnerWhyAndClosesEverything() {
        long eventId = AsUser.call(DUMAI, () -> events.create(event(EventType.BIMTEK, EventMode.ON_SITE, "14.72", 2, 1, List.of())));
        var ids = List.of(business(businesses, DUMAI, DUMAI_VILLAGE), business(businesses, DUMAI, DUMAI_VILLAGE),
                business(businesses, DUMAI, DUMAI_VILLAGE));
        var results = AsUser.call(DUMAI, () -> registrations.registerAll(eventId, ids));
        var event = AsUser.call(DUMAI, () -> events.get(eventId));

        // no reason, or someone else's region: refused, nothing changes
        assertThatThrownBy(() -> AsUser.call(DUMAI, () -> events.cancel(eventId, event.version(), " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::code)
                        .containsExactly("training.cancel.reasonRequired"));
        assertThatThrownBy(() -> AsUser.call("petugas.palangkaraya", () -> events.cancel(eventId, event.version(), "Banjir")))
                .isInstanceOf(id.naikkelas.common.NotFound.class);
        assertThatThrownBy(() -> AsUser.call(DUMAI, () -> events.cancel(eventId, event.version() + 1, "Banjir")))
                .isInstanceOf(id.naikkelas.common.EditConflict.class);
        assertThat(AsUser.call(DUMAI, () -> events.get(eventId)).status()).isEqualTo("OPEN");

        int released = AsUser.call(DUMAI, () -> events.cancel(eventId, event.version(), "Aula terendam banjir"));

        assertThat(released).isEqualTo(3);
        var after = AsUser.call(DUMAI, () -> events.get(eventId));
        assertThat(after.status()).isEqualTo("CANCELLED");
        assertThat(after.cancelReason()).isEqualTo("Aula terendam banjir");
        assertThat(after.registrationOpen()).isFalse();
        assertThat(AsUser.call(DUMAI, () -> registrations.ofEvent(eventId)))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(Registrations.Status.CANCELLED));
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND serialized_event LIKE ?")
                .params("%training.notice.eventCancelled%", "%Aula terendam banjir%").query(Integer.class).single()).isEqualTo(3);
        // after: no second cancellation, no edit, no new registration, no check-in with an old ticket
        assertThatThrownBy(() -> AsUser.call(DUMAI, () -> events.cancel(eventId, after.version(), "lagi")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::code)
                        .containsExactly("training.event.alreadyCancelled"));
        assertThatThrownBy(() -> AsUser.call(DUMAI, () -> {
            events.update(eventId, after.version(), event(EventType.BIMTEK, EventMode.ON_SITE, "14.72", 5, 1, List.of()));
            return null;
        })).isInstanceOf(InvalidInput.class);
        long late = business(businesses, DUMAI, DUMAI_VILLAGE);
        assertThat(AsUser.call(DUMAI, () -> registrations.registerAll(eventId, List.of(late))).get(0).registrationId()).isNull();
        var ticket = AsUser.call(DUMAI, () -> registrations.get(results.get(0).registrationId()));
        assertThatThrownBy(() -> AsUser.call(DUMAI, () -> attendance.checkIn(eventId, after.sessions().get(0).id(), ticket.shortCode(),
                Attendance.Method.CODE)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::code)
                        .containsExactly("training.checkin.cancelled"));
    }

    @Test
    void aHeldEventCannotBeCancelled() {
        var past = AsUser.call(DUMAI, () -> events.list(true)).stream().filter(e -> e.status().equals("OPEN")).findFirst().orElseThrow();
        assertThatThrownBy(() -> AsUser.call(DUMAI, () -> events.cancel(past.id(), past.version(), "terlambat")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::code)
                        .containsExactly("training.cancel.alreadyHeld"));
    }

    @Test
    void theMeetingLinkIsShownToAnOwnerOnlyOnceTheirSeatIsConfirmedAndPartnersAreListedByName() {
        long health = jdbc.sql("SELECT id FROM agency WHERE name = 'Dinas Kesehatan Kota Dumai'").query(Long.class).single();
        long kadin = jdbc.sql("SELECT id FROM agency WHERE name = 'Kadin Kabupaten Bengkalis'").query(Long.class).single();
        var base = event(EventType.BIMTEK, EventMode.HYBRID, "14.72", 1, 2, List.of());
        var data = new EventData(base.type(), base.topic(), null, null, List.of(kadin, health), base.trainers(), base.mode(),
                base.regionCode(), base.venue(), base.meetingLink(), 1, base.registrationDeadline(), base.sessions(), List.of(), Set.of(),
                null, null);
        long eventId = AsUser.call(DUMAI, () -> events.create(data));
        var first = AsUser.call(DUMAI, () -> registrations.register(eventId, business(businesses, DUMAI, DUMAI_VILLAGE), null));
        long ownersBusiness = jdbc.sql("""
                SELECT b.id FROM business b JOIN owner o ON o.id = b.owner_id JOIN app_user u ON u.id = o.user_id
                WHERE u.username = 'pemilik.demo' ORDER BY b.id LIMIT 1""").query(Long.class).single();
        assertThat(AsUser.call("pemilik.demo", () -> registrations.register(eventId, ownersBusiness, null)).status())
                .isEqualTo(Registrations.Status.WAITLISTED);

        var waiting = AsUser.call("pemilik.demo", () -> events.get(eventId));
        assertThat(waiting.meetingLink()).isNull();
        assertThat(waiting.partners()).extracting(EventView.Partner::name)
                .containsExactly("Dinas Kesehatan Kota Dumai", "Kadin Kabupaten Bengkalis");
        assertThat(waiting.sessions()).extracting(EventView.SessionView::position).containsExactly(1, 2);
        assertThat(waiting.sessions().get(0).startsAt()).isEqualTo(base.sessions().get(0).startsAt());
        assertThat(AsUser.call(DUMAI, () -> events.get(eventId)).meetingLink()).isEqualTo(base.meetingLink());

        AsUser.run(DUMAI, () -> registrations.cancel(first.registrationId()));
        assertThat(AsUser.call("pemilik.demo", () -> events.get(eventId)).meetingLink()).isEqualTo(base.meetingLink());
        assertThat(AsUser.call("pemilik.demo", () -> events.list(false))).filteredOn(e -> e.id() == eventId)
                .singleElement().satisfies(e -> assertThat(e.meetingLink()).isEqualTo(base.meetingLink()));
    }

    /** The owner's business is in village 14.72.02.1002 (Dumai): open events aimed there or above reach it, siblings not. */
    @Test
    void anOwnerSeesTheOpenEventsAimedAtTheirBusinesssRegionOrOneAboveIt() {
        assertThat(jdbc.sql("""
                SELECT b.region_code FROM business b JOIN owner o ON o.id = b.owner_id JOIN app_user u ON u.id = o.user_id
                WHERE u.username = 'pemilik.demo'""").query(String.class).list()).containsOnly("14.72.02.1002");
        var targets = List.of("14", "14.72", "14.72.02", "14.72.02.1002", "14.03", "14.72.01", "14.72.02.1003");
        var ids = new java.util.LinkedHashMap<String, Long>();
        for (String target : targets) {
            ids.put(target, AsUser.call(DUMAI, () -> events.create(event(EventType.SOCIALISATION, EventMode.ON_SITE, "14.72", 10, 1, List.of(target)))));
        }
        var seen = AsUser.call("pemilik.demo", () -> events.list(false)).stream().map(EventView::id).filter(ids::containsValue).toList();
        assertThat(seen).containsExactlyInAnyOrder(ids.get("14"), ids.get("14.72"), ids.get("14.72.02"), ids.get("14.72.02.1002"));
        assertThat(AsUser.call("pemilik.demo", () -> events.list(true))).extracting(EventView::id).doesNotContainAnyElementsOf(ids.values());
    }

    @Test
    void badSetUpIsRefusedFieldByFieldAndNothingIsStored() {
        int before = jdbc.sql("SELECT count(*) FROM training_event").query(Integer.class).single();
        var ok = event(EventType.PKP, EventMode.HYBRID, "14.72", 10, 1, List.of());
        var bad = new EventData(ok.type(), " ", null, null, List.of(), List.of(), EventMode.HYBRID, "62.71", null, "ftp://x",
                0, ok.sessions().get(0).startsAt().plusHours(1), ok.sessions(), List.of("99.99"), Set.of(), 3, 120);
        assertThatThrownBy(() -> AsUser.call(DUMAI, () -> events.create(bad)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::field)
                        .contains("topic", "venue", "meetingLink", "regionCode", "targetRegionCodes", "capacity",
                                "registrationDeadline", "minSessions", "passMark"));
        assertThat(jdbc.sql("SELECT count(*) FROM training_event").query(Integer.class).single()).isEqualTo(before);
        assertThatThrownBy(() -> AsUser.call("pemilik.demo", () -> events.create(ok)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void concurrentRegistrationsNeverOverbookAndACancellationPromotesTheFirstWaiting() throws Exception {
        long eventId = AsUser.call(DUMAI, () -> events.create(event(EventType.BIMTEK, EventMode.ON_SITE, "14.72", 3, 1, List.of())));
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 8; i++) {
            ids.add(business(businesses, DUMAI, DUMAI_VILLAGE));
        }
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<Registrations.Result>>();
        for (long id : ids) {
            Callable<Registrations.Result> task = () -> {
                start.await();
                return AsUser.call(DUMAI, () -> registrations.register(eventId, id, null));
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        var results = new ArrayList<Registrations.Result>();
        for (var f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).filteredOn(r -> r.status() == Registrations.Status.CONFIRMED).hasSize(3);
        assertThat(results).filteredOn(r -> r.status() == Registrations.Status.WAITLISTED).hasSize(5);
        var event = AsUser.call(DUMAI, () -> events.get(eventId));
        assertThat(event.confirmed()).isEqualTo(3);
        assertThat(event.waitlisted()).isEqualTo(5);

        var list = AsUser.call(DUMAI, () -> registrations.ofEvent(eventId));
        var firstWaiting = list.stream().filter(r -> r.status() == Registrations.Status.WAITLISTED).findFirst().orElseThrow();
        assertThat(firstWaiting.waitlistPosition()).isEqualTo(1);
        var confirmed = list.stream().filter(r -> r.status() == Registrations.Status.CONFIRMED).findFirst().orElseThrow();
        AsUser.run(DUMAI, () -> registrations.cancel(confirmed.id()));
        assertThat(AsUser.call(DUMAI, () -> registrations.get(firstWaiting.id())).status()).isEqualTo(Registrations.Status.CONFIRMED);
        assertThat(AsUser.call(DUMAI, () -> events.get(eventId)).confirmed()).isEqualTo(3);
        assertThatThrownBy(() -> AsUser.run(DUMAI, () -> registrations.cancel(confirmed.id())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("training.registration.alreadyCancelled"));

        // the same person twice is refused with the reason, nothing duplicated
        assertThatThrownBy(() -> AsUser.call(DUMAI, () -> registrations.register(eventId, firstWaiting.businessId(), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("training.registration.already"));

        // more seats: the waitlist moves up at once
        var setUp = AsUser.call(DUMAI, () -> EventForm.of(events.get(eventId)));
        setUp.setCapacity(5);
        AsUser.run(DUMAI, () -> events.update(eventId, setUp.getVersion(), setUp.toData()));
        assertThat(AsUser.call(DUMAI, () -> events.get(eventId)).confirmed()).isEqualTo(5);
        assertThatThrownBy(() -> AsUser.run(DUMAI, () -> events.update(eventId, setUp.getVersion(), setUp.toData())))
                .as("a stale version").isInstanceOf(EditConflict.class);
    }

    @Test
    void attendanceByTokenOrCodeIsAcceptedOncePerSessionAndOtherwiseRefusedWithTheReason() {
        long eventId = AsUser.call(DUMAI, () -> events.create(event(EventType.SOCIALISATION, EventMode.ON_SITE, "14.72", 1, 2, List.of())));
        long otherEvent = AsUser.call(DUMAI, () -> events.create(event(EventType.SOCIALISATION, EventMode.ON_SITE, "14.72", 5, 1, List.of())));
        long a = business(businesses, DUMAI, DUMAI_VILLAGE);
        long b = business(businesses, DUMAI, DUMAI_VILLAGE);
        var first = AsUser.call(DUMAI, () -> registrations.register(eventId, a, null));
        var waiting = AsUser.call(DUMAI, () -> registrations.register(eventId, b, null));
        var elsewhere = AsUser.call(DUMAI, () -> registrations.register(otherEvent, a, null));
        var event = AsUser.call(DUMAI, () -> events.get(eventId));
        long session1 = event.sessions().get(0).id();
        var token = AsUser.call(DUMAI, () -> registrations.get(first.registrationId())).token();
        clock.set(event.sessions().get(0).startsAt().toInstant());

        var done = AsUser.call(DUMAI, () -> attendance.checkIn(eventId, session1, token, Attendance.Method.QR));
        assertThat(done.session()).isEqualTo(1);
        assertThat(code(() -> attendance.checkIn(eventId, session1, token, Attendance.Method.QR))).isEqualTo("training.checkin.already");
        assertThat(code(() -> attendance.checkIn(eventId, session1, "no-such-token", Attendance.Method.QR))).isEqualTo("training.checkin.unknown");
        String otherToken = AsUser.call(DUMAI, () -> registrations.get(elsewhere.registrationId())).token();
        assertThat(code(() -> attendance.checkIn(eventId, session1, otherToken, Attendance.Method.QR))).isEqualTo("training.checkin.otherEvent");
        String waitingCode = AsUser.call(DUMAI, () -> registrations.get(waiting.registrationId())).shortCode();
        assertThat(code(() -> attendance.checkIn(eventId, session1, waitingCode, Attendance.Method.CODE))).isEqualTo("training.checkin.waitlisted");

        // the short code as typed, lower case with a space, for the second session
        String shortCode = AsUser.call(DUMAI, () -> registrations.get(first.registrationId())).shortCode();
        long session2 = event.sessions().get(1).id();
        clock.set(event.sessions().get(1).startsAt().plusHours(1).toInstant());
        AsUser.call(DUMAI, () -> attendance.checkIn(eventId, session2, shortCode.substring(0, 3).toLowerCase(Locale.ROOT) + " " + shortCode.substring(3),
                Attendance.Method.CODE));
        assertThat(AsUser.call(DUMAI, () -> registrations.get(first.registrationId())).attendedSessions()).containsExactlyInAnyOrder(1, 2);
        assertThat(AsUser.call(DUMAI, () -> registrations.get(first.registrationId())).completion().completed()).isTrue();
    }

    @Test
    void aPkpCertificateNeedsEverySessionAndAPassedPostTestVerifiesPubliclyAndCountsForThePirtPathway() {
        long eventId = AsUser.call(DUMAI, () -> events.create(event(EventType.PKP, EventMode.HYBRID, "14.72", 10, 1, List.of("14.72", "14.03"))));
        long passes = business(businesses, DUMAI, DUMAI_VILLAGE);
        long fails = business(businesses, DUMAI, DUMAI_VILLAGE);
        long absent = business(businesses, DUMAI, DUMAI_VILLAGE);
        long session = AsUser.call(DUMAI, () -> events.get(eventId)).sessions().get(0).id();
        var rPass = AsUser.call(DUMAI, () -> registrations.register(eventId, passes, null)).registrationId();
        var rFail = AsUser.call(DUMAI, () -> registrations.register(eventId, fails, null)).registrationId();
        var rAbsent = AsUser.call(DUMAI, () -> registrations.register(eventId, absent, null)).registrationId();
        var held = AsUser.call(DUMAI, () -> events.get(eventId)).sessions().get(0);
        clock.set(held.startsAt().plusMinutes(5).toInstant());
        for (long r : List.of(rPass, rFail)) {
            String token = AsUser.call(DUMAI, () -> registrations.get(r)).token();
            AsUser.call(DUMAI, () -> attendance.checkIn(eventId, session, token, Attendance.Method.QR));
        }
        AsUser.run(DUMAI, () -> quizzes.recordPaper(rPass, Quizzes.Kind.PRE, 40));
        AsUser.run(DUMAI, () -> quizzes.recordPaper(rPass, Quizzes.Kind.POST, 80));
        AsUser.run(DUMAI, () -> quizzes.recordPaper(rFail, Quizzes.Kind.POST, 50));
        AsUser.run(DUMAI, () -> quizzes.recordPaper(rAbsent, Quizzes.Kind.POST, 90));
        assertThatThrownBy(() -> AsUser.run(DUMAI, () -> quizzes.recordPaper(rPass, Quizzes.Kind.POST, 90)))
                .as("a score is recorded once").isInstanceOf(InvalidInput.class);

        assertThat(code(() -> certificates.issue(eventId))).as("not before the last session has ended")
                .isEqualTo("training.certificate.notYetHeld");
        clock.set(held.endsAt().toInstant());
        var issued = AsUser.call(DUMAI, () -> certificates.issue(eventId));
        assertThat(issued).isEqualTo(new Certificates.Issued(1, 0, 2));
        assertThat(AsUser.call(DUMAI, () -> certificates.issue(eventId))).as("again: nothing new").isEqualTo(new Certificates.Issued(0, 1, 2));
        var pass = AsUser.call(DUMAI, () -> registrations.get(rPass));
        assertThat(pass.improvement()).isEqualTo(40);
        assertThat(AsUser.call(DUMAI, () -> registrations.get(rFail)).completion().missing()).extracting(InvalidInput.Violation::code)
                .containsExactly("training.outcome.belowPassMark");
        assertThat(AsUser.call(DUMAI, () -> registrations.get(rAbsent)).certificateCode()).isNull();

        var verified = certificates.verify(pass.certificateCode(), Locale.ENGLISH).orElseThrow();
        assertThat(verified.valid()).isTrue();
        assertThat(verified.participantName()).isEqualTo(pass.participantName());
        assertThat(verified.title()).isEqualTo("Food Safety Counselling Certificate");
        assertThat(certificates.verify(pass.certificateCode().replace("-", "").toLowerCase(Locale.ROOT), Locale.ENGLISH))
                .as("typed without dashes, in lower case").isPresent();
        assertThat(certificates.verify("PKP-2026-XXXXXX", Locale.ENGLISH)).isEmpty();

        assertThat(evidence.documentTypes(passes)).containsExactly("PKP_CERTIFICATE");
        assertThat(evidence.documentTypes(fails)).isEmpty();

        // the P-IRT case's PKP step now passes its guard without any upload
        var product = new id.naikkelas.registry.ProductData("Keripik Nenas Uji PKP", "Uji", "15.0", "04", null,
                id.naikkelas.registry.PirtParts.Packaging.PLASTIC, "100 g", 120, id.naikkelas.registry.Storage.AMBIENT, "nenas, tepung",
                Set.of());
        long productId = AsUser.call(DUMAI, () -> products.create(passes, product));
        jdbc.sql("UPDATE business SET nib = ? WHERE id = ?").params("8120" + String.format("%09d", passes), passes).update();
        long caseId = AsUser.call(DUMAI, () -> cases.open(productId, id.naikkelas.registry.PermitType.PIRT, null));
        AsUser.run(DUMAI, () -> cases.complete(caseId, "NIB", id.naikkelas.certification.StepInput.none()));
        AsUser.run(DUMAI, () -> cases.complete(caseId, "OSS_APPLICATION",
                new id.naikkelas.certification.StepInput("OSS-2026-777001", null, null, null, null, null, null)));
        AsUser.run(DUMAI, () -> cases.complete(caseId, "PKP_TRAINING", id.naikkelas.certification.StepInput.none()));
        assertThat(AsUser.call(DUMAI, () -> cases.get(caseId)).currentStep()).isEqualTo("FACILITY_INSPECTION");

        AsUser.run(DUMAI, () -> certificates.revoke(pass.certificateCode(), "Salah nama"));
        assertThat(certificates.verify(pass.certificateCode(), Locale.ENGLISH).orElseThrow().valid()).isFalse();
        assertThat(evidence.documentTypes(passes)).as("a revoked certificate proves nothing").isEmpty();

        var summary = AsUser.call(DUMAI, () -> quizzes.summary(eventId));
        assertThat(summary.tookPost()).isEqualTo(3);
        assertThat(summary.passed()).isEqualTo(2);
    }

    @Test
    void officersOfAnotherRegionNeitherSeeNorChangeAnEventButJoiningRegionsSeeTheirOwnParticipantsOnly() {
        long eventId = AsUser.call(DUMAI, () -> events.create(event(EventType.PKP, EventMode.HYBRID, "14.72", 10, 1, List.of("14.72", "14.03"))));
        long dumaiBusiness = business(businesses, DUMAI, DUMAI_VILLAGE);
        long bengkalisBusiness = business(businesses, "petugas.bengkalis", "14.03.01.2004");
        AsUser.call(DUMAI, () -> registrations.register(eventId, dumaiBusiness, null));
        var joined = AsUser.call("petugas.bengkalis", () -> registrations.registerAll(eventId, List.of(bengkalisBusiness)));
        assertThat(joined.get(0).status()).as("Bengkalis joins the Dumai event it is open to").isEqualTo(Registrations.Status.CONFIRMED);
        assertThat(AsUser.call("petugas.bengkalis", () -> registrations.ofEvent(eventId))).extracting(RegistrationView::businessId)
                .containsExactly(bengkalisBusiness);
        assertThat(AsUser.call("petugas.bengkalis", () -> events.get(eventId)).manageable()).isFalse();
        long session = AsUser.call(DUMAI, () -> events.get(eventId)).sessions().get(0).id();
        assertThatThrownBy(() -> AsUser.call("petugas.bengkalis", () -> attendance.checkIn(eventId, session, "X", Attendance.Method.CODE)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        String outsider = "petugas.palangkaraya";
        assertThatThrownBy(() -> AsUser.call(outsider, () -> events.get(eventId))).isInstanceOf(NotFound.class);
        assertThat(AsUser.call(outsider, () -> events.list(false))).extracting(EventView::id).doesNotContain(eventId);
        var form = AsUser.call(DUMAI, () -> EventForm.of(events.get(eventId)));
        assertThatThrownBy(() -> AsUser.run(outsider, () -> events.update(eventId, form.getVersion(), form.toData()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(outsider, () -> registrations.ofEvent(eventId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(outsider, () -> attendance.checkIn(eventId, session, "X", Attendance.Method.CODE)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(outsider, () -> certificates.issue(eventId))).isInstanceOf(NotFound.class);
        assertThat(AsUser.call(DUMAI, () -> events.get(eventId)).version()).isEqualTo(form.getVersion());
    }

    private static String code(Callable<?> action) {
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
            return e.violations().get(0).code();
        }
        throw new AssertionError("not refused");
    }
}
