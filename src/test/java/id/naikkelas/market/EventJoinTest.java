package id.naikkelas.market;

import com.jayway.jsonpath.JsonPath;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Owners ask to take part in market events (ADR 0031): the owner of a verified business of Dumai asks for a Loka POM
 * Dumai bazaar, one open request at a time; another region's or agency's curator reaches nothing (404, nothing changed);
 * a stale answer is 409; accepted, the business is on the public event page and both sides were told. Late, full and
 * other people's requests are refused on their field.
 */
@IntegrationTest
class EventJoinTest {

    private static final RequestPostProcessor OWNER = user("pemilik.demo").roles("OWNER");
    private static final RequestPostProcessor DUMAI = user("petugas.dumai").roles("OFFICER");

    @Autowired
    MockMvc mvc;
    @Autowired
    MarketEvents events;
    @Autowired
    JoinRequests joins;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Today today;

    @Test
    void anOwnerAsksOnceAnotherRegionReachesNothingAndTheCuratorAcceptsThroughTheApi() throws Exception {
        long event = event("Bazar Nanas Dumai", today.date().plusDays(30), today.date().plusDays(20), 5);
        long business = ownersBusiness();
        mvc.perform(get("/katalog/acara/" + event)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pendaftaran UMKM")))
                .andExpect(content().string(containsString("5 stan UMKM")));
        mvc.perform(get("/api/v1/listings/events").with(OWNER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.event.id == " + event + ")].businesses[0].standing").value("MAY_ASK"));

        String body = "{\"marketEventId\": " + event + ", \"businessId\": " + business + ", \"note\": \"Keripik nanas 100 bungkus\"}";
        var created = mvc.perform(post("/api/v1/listings/event-requests").with(OWNER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("PENDING")).andReturn();
        long request = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        // a second request while the first waits: refused on its field, nothing added
        mvc.perform(post("/api/v1/listings/event-requests").with(OWNER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("businessId"));
        assertThat(requestsOf(event)).isEqualTo(1);
        awaitInbox("petugas.dumai", "market.event.joinRequested", "Keripik Nenas Ibu Sumarni minta ikut Bazar Nanas Dumai%");

        // another province's and another Riau agency's curators: not found, and nothing changes
        for (String other : List.of("petugas.palangkaraya", "petugas.bengkalis")) {
            mvc.perform(put("/api/v1/curation/event-requests/" + request + "/decision").with(user(other).roles("OFFICER"))
                            .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content("{\"accept\": true}"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/curation/events/" + event + "/requests").with(user(other).roles("OFFICER"))).andExpect(status().isNotFound());
            mvc.perform(post("/kurasi/acara/" + event + "/permintaan/" + request + "/terima").with(user(other).roles("OFFICER")).with(csrf())
                    .param("version", "1")).andExpect(status().isNotFound());
        }
        assertThat(state(request)).isEqualTo("PENDING|1");
        assertThat(participates(event, business)).isFalse();

        mvc.perform(get("/api/v1/curation/events/" + event + "/requests").with(DUMAI)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].note").value("Keripik nanas 100 bungkus"));
        mvc.perform(put("/api/v1/curation/event-requests/" + request + "/decision").with(DUMAI).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\": true}")).andExpect(status().isConflict());
        assertThat(state(request)).isEqualTo("PENDING|1");
        mvc.perform(put("/api/v1/curation/event-requests/" + request + "/decision").with(DUMAI).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accept\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED")).andExpect(header().string("ETag", "\"2\""));
        assertThat(participates(event, business)).isTrue();
        // a second answer on the old version changes nothing
        mvc.perform(put("/api/v1/curation/event-requests/" + request + "/decision").with(DUMAI).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\": false, \"reason\": \"x\"}")).andExpect(status().isConflict());

        mvc.perform(get("/api/v1/catalogue/events/" + event)).andExpect(status().isOk())
                .andExpect(jsonPath("$.exhibitors[?(@.businessId == " + business + ")].name").value("Keripik Nenas Ibu Sumarni"));
        awaitInbox("pemilik.demo", "market.event.joinAccepted", "Keripik Nenas Ibu Sumarni diterima sebagai peserta Bazar Nanas Dumai%");
        mvc.perform(get("/api/v1/listings/events").with(OWNER))
                .andExpect(jsonPath("$[?(@.event.id == " + event + ")].businesses[0].standing").value("TAKING_PART"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'join_request' AND entity_id = ?").param(String.valueOf(request))
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void lateFullAndOtherPeoplesRequestsAreRefusedAndADeclineCarriesItsReason() throws Exception {
        long business = ownersBusiness();
        long late = event("Expo Dumai yang sudah tutup", today.date().plusDays(10), today.date().minusDays(1), null);
        assertThat(refusal(late, business)).containsExactly("marketEventId:market.join.deadlinePassed");
        // the web form says so beside the event, in Bahasa Indonesia, with 422
        mvc.perform(post("/etalase/acara/" + late + "/minta").with(OWNER).with(csrf()).param("businessId", String.valueOf(business))
                        .param("note", "dodol"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Pendaftaran acara ini sudah ditutup pada")));

        long full = event("Bazar Dumai penuh", today.date().plusDays(12), null, 1);
        long neighbour = jdbc.sql("""
                        SELECT id FROM registry_business WHERE region_code LIKE '14.72.%' AND status = 'VERIFIED' AND merged_into IS NULL
                        AND id <> ? ORDER BY id LIMIT 1""").param(business).query(Long.class).single();
        AsUser.run("petugas.dumai", () -> events.saveParticipant(full, events.get(full).version(), new ParticipantForm(neighbour, "A1", List.of())));
        assertThat(refusal(full, business)).containsExactly("marketEventId:market.join.full");
        // the last stand, taken while a request waited: accepting it is refused, the request still waits
        long last = event("Bazar Dumai stan terakhir", today.date().plusDays(12), null, 1);
        long waiting = AsUser.call("pemilik.demo", () -> joins.ask(new JoinForm(last, business, null)));
        AsUser.run("petugas.dumai", () -> {
            events.saveParticipant(last, events.get(last).version(), new ParticipantForm(neighbour, "A1", List.of()));
            assertThatThrownBy(() -> joins.accept(waiting, 1)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                    .extracting(v -> v.field() + ":" + v.code()).containsExactly("marketEventId:market.join.full"));
        });
        assertThat(state(waiting)).isEqualTo("PENDING|1");
        assertThat(participates(last, business)).isFalse();

        // someone else's business: not found; an officer does not ask for a business (403 before anything)
        assertThatThrownBy(() -> AsUser.run("pemilik.demo", () -> joins.ask(new JoinForm(full, neighbour, null)))).isInstanceOf(NotFound.class);
        mvc.perform(post("/api/v1/listings/event-requests").with(DUMAI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"marketEventId\": " + full + ", \"businessId\": " + business + "}")).andExpect(status().isForbidden());
        assertThat(requestsOf(late) + requestsOf(full)).isZero();

        long open = event("Pameran Dumai", today.date().plusDays(14), null, null);
        long request = AsUser.call("pemilik.demo", () -> joins.ask(new JoinForm(open, business, null)));
        AsUser.run("petugas.dumai", () -> {
            assertThatThrownBy(() -> joins.decline(request, 1, " ")).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.violations()).extracting(InvalidInput.Violation::field).containsExactly("reason"));
            assertThatThrownBy(() -> joins.decline(request, 2, "Stan penuh")).isInstanceOf(EditConflict.class);
            joins.decline(request, 1, "Stan makanan sudah penuh");
        });
        assertThat(state(request)).isEqualTo("DECLINED|2");
        assertThat(participates(open, business)).isFalse();
        awaitInbox("pemilik.demo", "market.event.joinDeclined", "%Stan makanan sudah penuh%");
        mvc.perform(get("/etalase/acara").with(OWNER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alasan: Stan makanan sudah penuh")));
        // declined, the owner may ask again
        AsUser.run("pemilik.demo", () -> joins.ask(new JoinForm(open, business, "kali ini dengan dodol")));
        assertThat(requestsOf(open)).isEqualTo(2);
    }

    private long event(String name, LocalDate startsOn, LocalDate closesOn, Integer capacity) {
        return AsUser.call("petugas.dumai", () -> events.create(new MarketEventForm(name, MarketEventKind.BAZAAR, startsOn, startsOn.plusDays(1),
                "Lapangan Tugu Dumai", "14.72", null, null, MarketEventStatus.REGISTRATION_OPEN, closesOn, capacity)));
    }

    private List<String> refusal(long event, long business) {
        try {
            AsUser.run("pemilik.demo", () -> joins.ask(new JoinForm(event, business, null)));
        } catch (InvalidInput e) {
            return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    private long ownersBusiness() {
        return jdbc.sql("""
                SELECT b.id FROM registry_business b JOIN identity_user u ON u.id = b.owner_user_id
                WHERE u.username = 'pemilik.demo' AND b.name = 'Keripik Nenas Ibu Sumarni'""").query(Long.class).single();
    }

    private String state(long request) {
        return jdbc.sql("SELECT status || '|' || version FROM market_event_request WHERE id = ?").param(request).query(String.class).single();
    }

    private int requestsOf(long event) {
        return jdbc.sql("SELECT count(*) FROM market_event_request WHERE event_id = ?").param(event).query(Integer.class).single();
    }

    private boolean participates(long event, long business) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM market_event_participant WHERE event_id = ? AND business_id = ?)")
                .params(event, business).query(Boolean.class).single();
    }

    private void awaitInbox(String username, String kind, String like) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM notification_inbox WHERE username = ? AND kind = ? AND text LIKE ?")
                .params(username, kind, like).query(Long.class).single() >= 1);
    }
}
