package id.naikkelas.training;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: a PKP certificate stands for a legal prerequisite, so the test's answer key reaches organisers
 * only. A registered participant gets the questions without the key while their test is open; other owners
 * and staff of other regions get nothing; answers are scored on the server whatever the client claims.
 */
@IntegrationTest
class AnswerKeyTest {

    static final String DUMAI = "petugas.dumai";
    static final String OWNER = "pemilik.demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    TrainingEvents events;
    @Autowired
    Registrations registrations;
    @Autowired
    Quizzes quizzes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void onlyOrganisersSeeTheKeyAndParticipantsGetQuestionsWhileTheirTestIsOpen() throws Exception {
        long business = ownersBusiness();
        long eventId = pkpEvent(business);
        var bank = quizzes.defaultQuestions(EventType.PKP).orElseThrow();
        AsUser.run(DUMAI, () -> {
            quizzes.setQuestions(eventId, Quizzes.Kind.PRE, bank);
            quizzes.setQuestions(eventId, Quizzes.Kind.POST, bank);
        });
        long rid = AsUser.call(OWNER, () -> registrations.register(eventId, business, null)).registrationId();
        String right = bank.questions().get(0).options().get(bank.questions().get(0).answer());

        // organisers (the event's officer, an administrator): every question with its answer, on the API and the page
        for (String organiser : List.of(DUMAI, "admin")) {
            mvc.perform(get("/api/v1/training/events/{id}/tests/POST", eventId).with(user(organiser)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.questions[0].answer").value(bank.questions().get(0).answer()));
        }
        mvc.perform(get("/pelatihan/{id}/tes/POST", eventId).with(user(DUMAI)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("* " + right)));

        // the participant: the pre-test is open before the first session, without any key
        String paper = mvc.perform(get("/api/v1/training/events/{id}/tests/PRE", eventId).with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions.length()").value(bank.questions().size()))
                .andExpect(jsonPath("$.questions[0].question").value(bank.questions().get(0).question()))
                .andExpect(jsonPath("$.questions[0].options.length()").value(bank.questions().get(0).options().size()))
                .andExpect(jsonPath("$.questions[0].answer").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(paper).doesNotContain("\"answer\"");
        mvc.perform(get("/api/v1/training/registrations/{id}/tests/PRE", rid).with(user(OWNER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions[0].answer").doesNotExist());
        // ... and the organisers' page sends them to their own test, whose HTML carries no mark of the right option
        mvc.perform(get("/pelatihan/{id}/tes/PRE", eventId).with(user(OWNER)))
                .andExpect(redirectedUrl("/pelatihan/pendaftaran/" + rid + "/tes/PRE"));
        String html = mvc.perform(get("/pelatihan/pendaftaran/{id}/tes/PRE", rid).with(user(OWNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(bank.questions().get(0).question())))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("* " + right).doesNotContain("<textarea").doesNotContain("checked");
        // the post-test opens when the last session starts
        mvc.perform(get("/api/v1/training/events/{id}/tests/POST", eventId).with(user(OWNER)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("training.test.notYet"))
                .andExpect(jsonPath("$.questions").doesNotExist());
        mvc.perform(get("/pelatihan/pendaftaran/{id}", rid).with(user(OWNER)))
                .andExpect(content().string(containsString("saat sesi terakhir dimulai")));

        // staff who see the event (its Bengkalis target) but do not organise it, and an owner not registered
        mvc.perform(get("/api/v1/training/events/{id}/tests/POST", eventId).with(user("petugas.bengkalis")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pelatihan/{id}/tes/POST", eventId).with(user("petugas.bengkalis"))).andExpect(status().isForbidden());
        long other = pkpEvent(business);
        AsUser.run(DUMAI, () -> quizzes.setQuestions(other, Quizzes.Kind.POST, bank));
        mvc.perform(get("/api/v1/training/events/{id}/tests/POST", other).with(user(OWNER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/events/{id}/tests/PRE", other).with(user(OWNER))).andExpect(status().isForbidden());
        mvc.perform(get("/pelatihan/{id}/tes/POST", other).with(user(OWNER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/events/{id}/tests/POST", eventId).with(user("petugas.palangkaraya")))
                .andExpect(status().isNotFound());
    }

    @Test
    void answersAreScoredOnTheServerWhateverTheClientSends() throws Exception {
        long business = ownersBusiness();
        long eventId = pkpEvent(business);
        var bank = quizzes.defaultQuestions(EventType.PKP).orElseThrow();
        AsUser.run(DUMAI, () -> {
            quizzes.setQuestions(eventId, Quizzes.Kind.PRE, bank);
            quizzes.setQuestions(eventId, Quizzes.Kind.POST, bank);
        });
        long rid = AsUser.call(OWNER, () -> registrations.register(eventId, business, null)).registrationId();
        var rightAnswers = bank.questions().stream().map(QuestionSet.Question::answer).toList();
        var wrongAnswers = bank.questions().stream().map(q -> (q.answer() + 1) % q.options().size()).toList();

        // before the last session: the post-test cannot be sent either
        mvc.perform(post("/api/v1/training/registrations/{id}/tests/POST", rid).with(user(OWNER))
                        .contentType(MediaType.APPLICATION_JSON).content(answers(rightAnswers, null)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/training/registrations/{id}/tests/PRE", rid).with(user(OWNER))
                        .contentType(MediaType.APPLICATION_JSON).content(answers(rightAnswers, null)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(100));

        // an hour into the last session (the first is over) and the participant was checked in
        var last = AsUser.call(DUMAI, () -> events.get(eventId)).sessions().get(1);
        clock.set(last.startsAt().plusHours(1).toInstant());
        var registration = AsUser.call(DUMAI, () -> registrations.get(rid));
        long lastSession = last.id();
        mvc.perform(post("/api/v1/training/events/{id}/sessions/{s}/check-ins", eventId, lastSession).with(user(DUMAI))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"" + registration.token() + "\", \"method\": \"QR\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/training/events/{id}/tests/POST", eventId).with(user(OWNER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions[0].answer").doesNotExist());

        // a client claiming a score of 100 with wrong answers is scored 0
        mvc.perform(post("/api/v1/training/registrations/{id}/tests/POST", rid).with(user(OWNER))
                        .contentType(MediaType.APPLICATION_JSON).content(answers(wrongAnswers, 100)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(0));
        assertThat(AsUser.call(DUMAI, () -> registrations.get(rid)).postScore()).isZero();
        // taken once; the pre-test window is closed now too
        mvc.perform(post("/api/v1/training/registrations/{id}/tests/POST", rid).with(user(OWNER))
                        .contentType(MediaType.APPLICATION_JSON).content(answers(rightAnswers, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("training.test.already"));
        mvc.perform(get("/api/v1/training/registrations/{id}/tests/POST", rid).with(user(OWNER)))
                .andExpect(status().isUnprocessableContent());
        // the page form posts through the same server-side scoring; a tampered value is no answer
        mvc.perform(post("/pelatihan/pendaftaran/{id}/tes/PRE", rid).with(user(OWNER)).with(csrf()).param("q0", "abc"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/pelatihan/pendaftaran/{id}", rid).with(user(OWNER)))
                .andExpect(content().string(not(containsString("/tes/POST\""))));
    }

    private String answers(List<Integer> answers, Integer claimedScore) {
        String list = answers.stream().map(String::valueOf).collect(Collectors.joining(","));
        return "{\"answers\": [" + list + "]" + (claimedScore == null ? "" : ", \"score\": " + claimedScore) + "}";
    }

    private long ownersBusiness() {
        return jdbc.sql("""
                        SELECT b.id FROM business b JOIN owner o ON o.id = b.owner_id JOIN app_user u ON u.id = o.user_id
                        WHERE u.username = ? ORDER BY b.id LIMIT 1""").param(OWNER).query(Long.class).single();
    }

    /** A PKP in Dumai with two sessions ten days ahead, open to the owner's region and to Bengkalis. */
    private long pkpEvent(long business) {
        String region = jdbc.sql("SELECT region_code FROM business WHERE id = ?").param(business).query(String.class).single();
        var data = TrainingFixtures.event(EventType.PKP, EventMode.ON_SITE, "14.72", 10, 2, List.of(region.substring(0, 5), "14.03"));
        return AsUser.call(DUMAI, () -> events.create(data));
    }
}
