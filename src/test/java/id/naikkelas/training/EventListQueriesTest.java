package id.naikkelas.training;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import id.naikkelas.common.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list of events reads the database a fixed number of times, whether it shows 5 more events or 50 (issue 17). */
@IntegrationTest
class EventListQueriesTest {

    static final String DUMAI = "petugas.dumai";
    static final int BOUND = 30;

    @Autowired
    TrainingEvents events;
    @Autowired
    Registrations registrations;
    @Autowired
    id.naikkelas.registry.Businesses businesses;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theEventPagesParticipantListReadsAsOftenForFiftyParticipantsAsForFive() throws Exception {
        long small = AsUser.call(DUMAI, () -> events.create(TrainingFixtures.event(EventType.BIMTEK, EventMode.ON_SITE, "14.72", 60, 2, List.of())));
        long large = AsUser.call(DUMAI, () -> events.create(TrainingFixtures.event(EventType.BIMTEK, EventMode.ON_SITE, "14.72", 60, 2, List.of())));
        var participants = new java.util.ArrayList<Long>();
        for (int i = 0; i < 50; i++) {
            participants.add(TrainingFixtures.business(businesses, DUMAI, "14.72.01.1006"));
        }
        AsUser.run(DUMAI, () -> registrations.registerAll(small, participants.subList(0, 5)));
        AsUser.run(DUMAI, () -> registrations.registerAll(large, participants));

        var five = StatementCount.during(() -> mvc.perform(get("/pelatihan/" + small).with(user(DUMAI).roles("OFFICER"))).andExpect(status().isOk()));
        var fifty = StatementCount.during(() -> mvc.perform(get("/pelatihan/" + large).with(user(DUMAI).roles("OFFICER"))).andExpect(status().isOk()));
        System.out.printf("[statements] /pelatihan/{id}: 5 participants %d, 50 participants %d%n", five.count(), fifty.count());
        assertThat(fifty.count()).as("5 participants: %s%n50 participants: %s", five, fifty).isEqualTo(five.count()).isLessThan(BOUND);
    }

    /** Was 68 statements for 5 businesses and 653 for 50 (a full business read, check, insert, audit and notice each). */
    @Test
    void registeringFiftyBusinessesCostsAsManyStatementsAsFive() throws Exception {
        long small = AsUser.call(DUMAI, () -> events.create(TrainingFixtures.event(EventType.BIMTEK, EventMode.ON_SITE, "14.72", 40, 2, List.of())));
        long large = AsUser.call(DUMAI, () -> events.create(TrainingFixtures.event(EventType.BIMTEK, EventMode.ON_SITE, "14.72", 40, 2, List.of())));
        var participants = new java.util.ArrayList<Long>();
        for (int i = 0; i < 50; i++) {
            participants.add(TrainingFixtures.business(businesses, DUMAI, "14.72.01.1006"));
        }
        var fiveResults = new java.util.ArrayList<Registrations.Result>();
        var fiftyResults = new java.util.ArrayList<Registrations.Result>();
        var five = StatementCount.during(() -> AsUser.run(DUMAI, () -> fiveResults.addAll(registrations.registerAll(small, participants.subList(0, 5)))));
        var fifty = StatementCount.during(() -> AsUser.run(DUMAI, () -> fiftyResults.addAll(registrations.registerAll(large, participants))));
        System.out.printf("[statements] registering 5 businesses %d, 50 businesses %d%n", five.count(), fifty.count());

        assertThat(fifty.count()).as("5 businesses: %s%n50 businesses: %s", five, fifty).isEqualTo(five.count()).isLessThan(15);
        assertThat(fiveResults).extracting(Registrations.Result::status).containsOnly(Registrations.Status.CONFIRMED).hasSize(5);
        // 40 seats: the first 40 in the list get them, the other 10 wait in the list's order
        assertThat(fiftyResults).extracting(Registrations.Result::businessId).containsExactlyElementsOf(participants);
        assertThat(fiftyResults.subList(0, 40)).extracting(Registrations.Result::status).containsOnly(Registrations.Status.CONFIRMED);
        assertThat(fiftyResults.subList(40, 50)).extracting(Registrations.Result::status).containsOnly(Registrations.Status.WAITLISTED);
        var stored = AsUser.call(DUMAI, () -> registrations.ofEvent(large));
        assertThat(stored).hasSize(50).extracting(RegistrationView::businessId).containsExactlyElementsOf(participants);
        assertThat(stored.subList(40, 50)).extracting(RegistrationView::waitlistPosition).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // the owners are told in one publication, delivered once the registration has committed
        String topic = AsUser.call(DUMAI, () -> events.get(large).topic());
        var batches = jdbc.sql("SELECT serialized_event FROM event_publication WHERE event_type LIKE '%MessageBatch' AND serialized_event LIKE ?")
                .param("%" + topic + "%").query(String.class).list();
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).split("training.notice.confirmed", -1)).hasSize(41);
        assertThat(batches.get(0).split("training.notice.waitlisted", -1)).hasSize(11);

        // the same list again: each one refused as already registered, nothing stored twice
        var again = AsUser.call(DUMAI, () -> registrations.registerAll(large, participants));
        assertThat(again).allSatisfy(r -> assertThat(r.reasons()).extracting(InvalidInput.Violation::code)
                .containsExactly("training.registration.already"));
        assertThat(AsUser.call(DUMAI, () -> registrations.ofEvent(large))).hasSize(50);
        // a list of one unknown business answers with a line, as a longer list would
        assertThat(AsUser.call(DUMAI, () -> registrations.registerAll(large, List.of(Long.MAX_VALUE)))).singleElement()
                .satisfies(r -> assertThat(r.reasons()).extracting(InvalidInput.Violation::code).containsExactly("training.registration.noBusiness"));
    }

    @Test
    void theEventListReadsAsOftenForFiftyEventsAsForFive() throws Exception {
        addEvents(5);
        var five = StatementCount.during(() -> mvc.perform(get("/pelatihan").with(user(DUMAI).roles("OFFICER"))).andExpect(status().isOk()));
        addEvents(45);
        var fifty = StatementCount.during(() -> mvc.perform(get("/pelatihan").with(user(DUMAI).roles("OFFICER"))).andExpect(status().isOk()));
        var owner = StatementCount.during(() -> mvc.perform(get("/pelatihan").with(user("pemilik.demo").roles("OWNER"))).andExpect(status().isOk()));

        System.out.printf("[statements] /pelatihan: 5 more events %d, 50 more events %d; as an owner %d%n", five.count(), fifty.count(),
                owner.count());
        assertThat(fifty.count()).as("5 events: %s%n50 events: %s", five, fifty).isEqualTo(five.count()).isLessThan(BOUND);
        assertThat(owner.count()).as(owner.toString()).isLessThan(BOUND);
    }

    private void addEvents(int count) {
        for (int i = 0; i < count; i++) {
            AsUser.run(DUMAI, () -> events.create(TrainingFixtures.event(EventType.BIMTEK, EventMode.ON_SITE, "14.72", 20, 2, List.of())));
        }
    }
}
