package id.naikkelas.training;

import id.naikkelas.AsUser;
import id.naikkelas.BrowserSupport;
import id.naikkelas.IntegrationTest;
import id.naikkelas.TestClock;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists put today's and upcoming events first, nearest first (by their next session), then past ones newest first,
 * and say which is which: the organiser's event list and API, and an owner's own registrations, page and API.
 */
@IntegrationTest
class EventTimingTest {

    static final String DUMAI = "petugas.dumai";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired TrainingEvents events;
    @Autowired Registrations registrations;
    @Autowired Businesses businesses;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void upcomingEventsComeFirstNearestFirstAndTodaysSayToday() throws Exception {
        var day = LocalDate.now(TrainingFixtures.WIB).plusDays(40);
        long twoDaysAgo = event(day.minusDays(2));
        long today = event(day);
        long yesterday = event(day.minusDays(1));
        long nextWeek = event(day.plusDays(7));
        // began three days ago, its second session is in a fortnight: upcoming, after next week's
        long spread = event(day.minusDays(3), day.plusDays(14));
        var all = List.of(twoDaysAgo, today, yesterday, nextWeek, spread);
        String owner = ownerRegisteredTo(all);

        clock.setJakarta(day.atTime(8, 0));
        var ahead = mine(get("/api/v1/training/events"), DUMAI, all);
        assertThat(ahead).extracting(e -> e.get("id").asLong()).containsExactly(today, nextWeek, spread);
        assertThat(ahead).extracting(e -> e.get("timing").asString()).containsExactly("TODAY", "UPCOMING", "UPCOMING");
        var past = mine(get("/api/v1/training/events").param("past", "true"), DUMAI, all);
        assertThat(past).extracting(e -> e.get("id").asLong()).containsExactly(yesterday, twoDaysAgo);
        assertThat(past).extracting(e -> e.get("timing").asString()).containsOnly("PAST");

        var registered = read(get("/api/v1/training/registrations/mine").with(user(owner).roles("OWNER")));
        assertThat(registered).extracting(r -> r.get("eventId").asLong()).containsExactly(today, nextWeek, spread, yesterday, twoDaysAgo);
        assertThat(registered).extracting(r -> r.get("timing").asString()).containsExactly("TODAY", "UPCOMING", "UPCOMING", "PAST", "PAST");
        assertThat(registered.get(2).get("sessionStartsAt").asString()).as("the next session, not the first")
                .startsWith(day.plusDays(14).toString());

        String page = mvc.perform(get("/pelatihan").with(user(owner).roles("OWNER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String list = page.substring(page.indexOf("<ul class=\"plain\">"), page.indexOf("</ul>", page.indexOf("<ul class=\"plain\">")));
        assertThat(list).containsSubsequence(topic(today), "hari ini", topic(nextWeek), "akan datang", topic(spread), "akan datang",
                topic(yesterday), topic(twoDaysAgo));
        assertThat(list.substring(list.indexOf(topic(yesterday)))).doesNotContain("akan datang", "hari ini");
    }

    /** An event of Kota Dumai with one morning session on each day. */
    private long event(LocalDate... days) {
        var sessions = Arrays.stream(days).map(d -> {
            var start = d.atTime(LocalTime.of(9, 0)).atOffset(TrainingFixtures.WIB);
            return new EventData.Session(start, start.plusHours(3));
        }).toList();
        var data = new EventData(EventType.SOCIALISATION, "Uji jadwal " + TrainingFixtures.SERIAL.incrementAndGet(), null, null, List.of(),
                List.of("dr. Uji"), EventMode.ON_SITE, "14.72", "Aula Uji", null, 20, sessions.get(0).startsAt().minusDays(2), sessions,
                List.of(), Set.of(), null, null);
        return AsUser.call(DUMAI, () -> events.create(data));
    }

    private String topic(long eventId) {
        return jdbc.sql("SELECT topic FROM training_event WHERE id = ?").param(eventId).query(String.class).single();
    }

    private String ownerRegisteredTo(List<Long> eventIds) {
        String username = "pemilik.jadwal" + TrainingFixtures.SERIAL.incrementAndGet();
        long user = AsUser.call("admin", () -> accounts.create(new Accounts.NewUser(username, "Bu Jadwal", null, null,
                BrowserSupport.STRONG_PASSWORD, null, Set.of(Role.OWNER), List.of())));
        long business = TrainingFixtures.business(businesses, DUMAI, "14.72.01.1006");
        jdbc.sql("UPDATE owner SET user_id = ? WHERE id = (SELECT owner_id FROM business WHERE id = ?)").params(user, business).update();
        for (long event : eventIds) {
            AsUser.run(DUMAI, () -> registrations.registerAll(event, List.of(business)));
        }
        return username;
    }

    private List<JsonNode> read(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var answer = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var rows = new ArrayList<JsonNode>();
        json.readTree(answer).forEach(rows::add);
        return rows;
    }

    /** The events of this test in the order the API lists them. */
    private List<JsonNode> mine(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username,
                                List<Long> ours) throws Exception {
        return read(request.with(user(username).roles("OFFICER"))).stream().filter(e -> ours.contains(e.get("id").asLong())).toList();
    }
}
