package id.naikkelas.feedback;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.certification.CaseCompleted;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.registry.PermitType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SurveysTest {

    @Autowired
    Surveys surveys;
    @Autowired
    SurveyResults results;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    long ownersBusiness() {
        return jdbc.sql("SELECT b.id FROM registry_business b JOIN identity_user u ON u.id = b.owner_user_id WHERE u.username = 'pemilik.demo'")
                .query(Long.class).list().get(0);
    }

    long agency(String name) {
        return jdbc.sql("SELECT id FROM identity_agency WHERE name = ?").param(name).query(Long.class).single();
    }

    static long serviceRef() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    }

    /** A year without answers is named as a year ("2000"), not as the number "2.000". */
    @Test
    void aYearWithoutAnswersIsNamedWithoutAThousandsSeparator() throws Exception {
        String page = mvc.perform(get("/ikm").param("year", "2000")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Belum ada jawaban survei pada tahun 2000.");
    }

    @Test
    void aCompletedCaseInvitesTheOwnerOnceEvenIfTheEventComesTwice() throws Exception {
        long caseId = serviceRef();
        long business = ownersBusiness();
        for (int i = 0; i < 2; i++) {
            tx.executeWithoutResult(s -> events.publishEvent(new CaseCompleted(caseId, business, "14.72.01.1001", PermitType.PIRT, null)));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (invitations(caseId) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        assertThat(invitations(caseId)).isEqualTo(1);
        // no staff closed it: the unit is the most local one serving the region (Dumai's BPOM office comes first by id)
        long unit = jdbc.sql("SELECT agency_id FROM survey_invitation WHERE service = 'PERMIT_ISSUED' AND service_ref = ?")
                .param(caseId).query(Long.class).single();
        assertThat(jdbc.sql("SELECT region_codes[1] FROM identity_agency WHERE id = ?").param(unit).query(String.class).single()).isEqualTo("14.72");
        assertThat(AsUser.call("pemilik.demo", () -> surveys.pending())).anyMatch(i -> i.service() == SurveyService.PERMIT_ISSUED);
        // the owner is told, once, in their inbox (and on the channels they chose), with a link to the survey
        long invitation = jdbc.sql("SELECT id FROM survey_invitation WHERE service = 'PERMIT_ISSUED' AND service_ref = ?")
                .param(caseId).query(Long.class).single();
        String inbox = "SELECT count(*) FROM notification_inbox WHERE username = 'pemilik.demo' AND kind = 'survey.invitation' AND link = ?";
        deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (jdbc.sql(inbox).param("/survei/" + invitation).query(Long.class).single() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(jdbc.sql(inbox).param("/survei/" + invitation).query(Long.class).single()).isEqualTo(1);
    }

    private long invitations(long caseId) {
        return jdbc.sql("SELECT count(*) FROM survey_invitation WHERE service = 'PERMIT_ISSUED' AND service_ref = ?")
                .param(caseId).query(Long.class).single();
    }

    @Test
    void anAnswerIsRecordedOnceAnonymouslyAndCountsInTheUnitsIkm() {
        long unit = agency("Dinas Kesehatan Kota Dumai");
        long id = surveys.invite(SurveyService.TRAINING_COMPLETED, serviceRef(), ownersBusiness(), "14.72", unit).orElseThrow();
        var before = AsUser.call("petugas.dumai", () -> results.byUnit(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)))
                .stream().filter(u -> u.agencyId() == unit).findFirst();
        long respondents = before.map(u -> u.result().respondents()).orElse(0L);

        var answers = new Surveys.Answers(4, 4, 3, 4, 3, 4, 4, 3, 4, "Pelatihan bagus");
        assertThat(AsUser.call("pemilik.demo", () -> surveys.answer(id, answers))).isTrue();
        assertThat(AsUser.call("pemilik.demo", () -> surveys.answer(id, new Surveys.Answers(1, 1, 1, 1, 1, 1, 1, 1, 1, null)))).isFalse();
        assertThat(AsUser.call("pemilik.demo", () -> surveys.get(id)).answered()).isTrue();
        assertThat(AsUser.call("pemilik.demo", () -> surveys.pending())).noneMatch(i -> i.id() == id);

        var after = AsUser.call("petugas.dumai", () -> results.byUnit(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)))
                .stream().filter(u -> u.agencyId() == unit).findFirst().orElseThrow();
        assertThat(after.result().respondents()).isEqualTo(respondents + 1);
        if (respondents == 0) {
            // 33 of 36 points: 33 / 9 = 3.6667, × 25 = 91.67, grade A
            assertThat(after.result().ikm()).isEqualByComparingTo("91.67");
            assertThat(after.result().grade().grade()).isEqualTo("A");
        }
        // results are only totals: the response row has no respondent, business or invitation
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_response'")
                .query(String.class).list()).doesNotContain("user_id", "business_id", "invitation_id", "owner");
        // another region's staff do not see the Dumai unit
        assertThat(AsUser.call("petugas.bengkalis", () -> results.byUnit(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))))
                .noneMatch(u -> u.agencyId() == unit);
    }

    @Test
    void anotherOwnerCannotSeeOrAnswerTheInvitationAndBadScoresAreRefused() {
        long id = surveys.invite(SurveyService.PERMIT_ISSUED, serviceRef(), ownersBusiness(), "14.72", agency("Loka POM di Kota Dumai")).orElseThrow();
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> surveys.answer(id, new Surveys.Answers(4, 4, 4, 4, 4, 4, 4, 4, 4, null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("admin", () -> surveys.get(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.run("pemilik.demo", () -> surveys.answer(id, new Surveys.Answers(4, 5, null, 4, 4, 4, 4, 4, 4, null))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(InvalidInput.Violation::field).containsExactly("u2", "u3"));
        assertThat(AsUser.call("pemilik.demo", () -> surveys.get(id)).answered()).isFalse();
    }

    @Test
    void theApiListsAnswersAndReportsTheIkm() throws Exception {
        long id = surveys.invite(SurveyService.PERMIT_ISSUED, serviceRef(), ownersBusiness(), "14.72", agency("Loka POM di Kota Dumai")).orElseThrow();
        mvc.perform(get("/api/v1/surveys/invitations").with(httpBasic("pemilik.demo", "Demo-2026!")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")]").exists());
        String body = "{\"u1\":3,\"u2\":3,\"u3\":3,\"u4\":4,\"u5\":3,\"u6\":3,\"u7\":4,\"u8\":3,\"u9\":3}";
        mvc.perform(post("/api/v1/surveys/invitations/" + id + "/answers").with(httpBasic("pemilik.demo", "Demo-2026!"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(true));
        mvc.perform(post("/api/v1/surveys/invitations/" + id + "/answers").with(httpBasic("pemilik.demo", "Demo-2026!"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(false));
        mvc.perform(get("/api/v1/ikm").param("from", "2000-01-01").param("to", "2100-12-31").with(httpBasic("petugas.dumai", "Demo-2026!")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unit == 'Loka POM di Kota Dumai')].result.respondents").isNotEmpty())
                .andExpect(jsonPath("$[?(@.unit == 'Loka POM di Kota Dumai')].result.grade.grade").isNotEmpty());
        mvc.perform(get("/api/v1/ikm").param("from", "2026-02-01").param("to", "2026-01-01").with(httpBasic("petugas.dumai", "Demo-2026!")))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/ikm").with(httpBasic("pemilik.demo", "Demo-2026!"))).andExpect(status().isForbidden());
    }
}
