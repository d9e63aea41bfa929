package id.naikkelas.participants;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Accounts;
import id.naikkelas.programs.Enrollments;
import id.naikkelas.programs.Programs;
import id.naikkelas.registry.Businesses;
import id.naikkelas.training.TrainingEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The participant list pages and filters a program of 40, and the bulk actions preview, then apply once in the
 * background: per row with reasons, or all or nothing; a row changed since the preview is refused; another region's
 * manager can neither preview nor apply; the API does the same.
 */
@IntegrationTest
class ParticipantBulkTest {

    static final String MANAGER = ProgramOfMany.MANAGER;
    static final String OTHER_REGION = "manajer.dumai";

    @Autowired JdbcClient jdbc;
    @Autowired Programs programs;
    @Autowired Enrollments enrollments;
    @Autowired Businesses businesses;
    @Autowired Accounts accounts;
    @Autowired TrainingEvents events;
    @Autowired BulkJobs jobs;
    @Autowired BulkRunner runner;
    @Autowired BulkJobSweeper sweeper;
    @Autowired Today today;
    @Autowired MockMvc mvc;

    ProgramOfMany program;

    @BeforeEach
    void program() {
        program = ProgramOfMany.make(jdbc, programs, enrollments, businesses, accounts, events, 40, 2, today.date(), today.now());
    }

    List<Long> enrollmentIds() {
        return jdbc.sql("SELECT id FROM enrollment WHERE program_id = ? ORDER BY id").param(program.programId()).query(Long.class).list();
    }

    BulkJobs.JobView waitFor(long jobId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            var job = AsUser.call(MANAGER, () -> jobs.get(program.programId(), jobId));
            if (!job.running()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " still running");
    }

    @Test
    void theListIsPagedAndFilteredAndReadsAsOftenForFortyAsForOnePage() throws Exception {
        String url = "/program/" + program.programId() + "/peserta";
        var first = StatementCount.during(() -> mvc.perform(get(url).with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("40 peserta")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1–25 dari 40"))));
        mvc.perform(get(url).param("page", "2").with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("26–40 dari 40")));
        mvc.perform(get(url).param("q", "Binaan 007").with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1 peserta")));
        mvc.perform(get(url).param("facilitator", "0").param("stage", "1").param("permit", "PIRT").with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("40 peserta")));
        mvc.perform(get(url).param("overdue", "true").with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tidak ada peserta yang cocok")));
        System.out.printf("[statements] GET /program/{id}/peserta: %d%n", first.count());
        assertThat(first.count()).as("%s", first).isLessThan(25);
        // the program page keeps a summary and links to the list, instead of every participant
        mvc.perform(get("/program/" + program.programId()).with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lihat dan olah semua 40 peserta")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("href=\"/peserta/" + enrollmentIds().get(39) + "\""))));
    }

    @Test
    void missingPermitCountsOnlyAPermitValidToday() throws Exception {
        var ids = program.businessIds();
        var day = today.date();
        // held and valid for a year, valid through today, expired yesterday, and without an expiry date (valid)
        holdPirt(ids.get(0), day.plusYears(1));
        holdPirt(ids.get(1), day);
        holdPirt(ids.get(2), day.minusDays(1));
        holdPirt(ids.get(3), null);
        String url = "/program/" + program.programId() + "/peserta";
        mvc.perform(get(url).param("permit", "PIRT").with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("37 peserta")));
        String expiredName = jdbc.sql("SELECT name FROM business WHERE id = ?").param(ids.get(2)).query(String.class).single();
        mvc.perform(get("/api/v1/programs/" + program.programId() + "/participants").param("permit", "PIRT").param("size", "100")
                        .with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(jsonPath("$.total").value(37))
                .andExpect(jsonPath("$.rows[?(@.businessId == " + ids.get(2) + ")].businessName").value(expiredName))
                .andExpect(jsonPath("$.rows[?(@.businessId == " + ids.get(0) + ")]").isEmpty())
                .andExpect(jsonPath("$.rows[?(@.businessId == " + ids.get(1) + ")]").isEmpty());
    }

    private void holdPirt(long businessId, java.time.LocalDate expiresOn) {
        jdbc.sql("""
                        INSERT INTO permit (business_id, region_code, type, number, issued_on, expires_on)
                        SELECT id, region_code, 'PIRT', ?, ?, ? FROM business WHERE id = ?""")
                .params("2187101" + businessId + "-29", today.date().minusYears(2), expiresOn, businessId).update();
    }

    @Test
    void nextStageIsPreviewedThenAppliedOnceAndAuditedAsOneAction() throws Exception {
        var ids = enrollmentIds();
        var preview = AsUser.call(MANAGER, () -> jobs.preview(program.programId(),
                new BulkRequest(BulkAction.STAGE, null, true, ListFilter.NONE, null, null, null, null, null)));
        assertThat(preview.previewOk()).isEqualTo(40);
        assertThat(preview.preview().get(0).detail()).isEqualTo("2. Monitoring");
        assertThat(jdbc.sql("SELECT count(*) FROM enrollment WHERE program_id = ? AND stage_position = 2").param(program.programId())
                .query(Integer.class).single()).as("a preview changes nothing").isZero();

        // someone moves one participant on between the preview and the apply
        AsUser.run(MANAGER, () -> enrollments.advanceStage(ids.get(3)));
        AsUser.run(MANAGER, () -> jobs.apply(program.programId(), preview.id(), runner));
        assertThatThrownBy(() -> AsUser.run(MANAGER, () -> jobs.apply(program.programId(), preview.id(), runner)))
                .hasMessageContaining("participants.bulk.alreadyApplied");
        var done = waitFor(preview.id());
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.succeeded()).isEqualTo(39);
        assertThat(done.failures()).singleElement().satisfies(f -> {
            assertThat(f.enrollmentId()).isEqualTo(ids.get(3));
            assertThat(f.code()).isEqualTo("programs.bulk.changed");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM enrollment WHERE program_id = ? AND stage_position = 2").param(program.programId())
                .query(Integer.class).single()).as("39 by the job, 1 by hand, none twice").isEqualTo(40);
        var audited = jdbc.sql("SELECT changes::text FROM audit_event WHERE entity_type = 'participant_bulk_job' AND entity_id = ?")
                .param(String.valueOf(preview.id())).query(String.class).list();
        assertThat(audited).singleElement().asString().contains(String.valueOf(ids.get(0)), String.valueOf(ids.get(39)));
    }

    @Test
    void aJobLeftRunningByAStoppedServerFailsWithAReasonAndOldJobsAreDeleted() {
        var request = new BulkRequest(BulkAction.STAGE, null, true, ListFilter.NONE, null, null, null, null, null);
        long abandoned = AsUser.call(MANAGER, () -> jobs.preview(program.programId(), request)).id();
        long alive = AsUser.call(MANAGER, () -> jobs.preview(program.programId(), request)).id();
        long old = AsUser.call(MANAGER, () -> jobs.preview(program.programId(), request)).id();
        // as a server killed mid-job leaves them: one silent for 20 minutes, one that moved a minute ago
        jdbc.sql("UPDATE participant_bulk_job SET status = 'RUNNING', touched_at = now() - interval '20 minutes' WHERE id = ?")
                .param(abandoned).update();
        jdbc.sql("UPDATE participant_bulk_job SET status = 'RUNNING', touched_at = now() - interval '1 minute' WHERE id = ?")
                .param(alive).update();
        jdbc.sql("UPDATE participant_bulk_job SET created_at = now() - interval '91 days' WHERE id = ?").param(old).update();

        assertThat(sweeper.failAbandoned()).isEqualTo(1);
        var failed = AsUser.call(MANAGER, () -> jobs.get(program.programId(), abandoned));
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failures()).extracting(BulkJobs.RowView::code).containsExactly("participants.bulk.interrupted");
        assertThat(AsUser.call(MANAGER, () -> jobs.get(program.programId(), alive)).status()).isEqualTo("RUNNING");

        sweeper.deleteOld();
        assertThat(jdbc.sql("SELECT id FROM participant_bulk_job WHERE id IN (?, ?, ?)").params(abandoned, alive, old)
                .query(Long.class).list()).containsExactlyInAnyOrder(abandoned, alive);
        jdbc.sql("UPDATE participant_bulk_job SET status = 'FAILED' WHERE id = ?").param(alive).update();
    }

    @Test
    void anOutcomeIsAllOrNothing() throws Exception {
        var ids = enrollmentIds();
        jdbc.sql("UPDATE enrollment SET status = 'WITHDRAWN', reason = 'pindah', version = version + 1 WHERE id = ?").param(ids.get(0)).update();
        var preview = AsUser.call(MANAGER, () -> jobs.preview(program.programId(),
                new BulkRequest(BulkAction.OUTCOME, ids.subList(0, 10), false, null, "GRADUATED", null, null, null, null)));
        assertThat(preview.allOrNothing()).isTrue();
        assertThat(preview.previewOk()).isEqualTo(9);
        assertThat(preview.preview().get(0).code()).isEqualTo("programs.enrollment.notActive");
        AsUser.run(MANAGER, () -> jobs.apply(program.programId(), preview.id(), runner));
        var done = waitFor(preview.id());
        assertThat(done.status()).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT count(*) FROM enrollment WHERE program_id = ? AND status = 'GRADUATED'").param(program.programId())
                .query(Integer.class).single()).isZero();
        // without the withdrawn one, the nine graduate
        var again = AsUser.call(MANAGER, () -> jobs.preview(program.programId(),
                new BulkRequest(BulkAction.OUTCOME, ids.subList(1, 10), false, null, "GRADUATED", null, null, null, null)));
        AsUser.run(MANAGER, () -> jobs.apply(program.programId(), again.id(), runner));
        assertThat(waitFor(again.id()).status()).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT count(*) FROM enrollment WHERE program_id = ? AND status = 'GRADUATED'").param(program.programId())
                .query(Integer.class).single()).isEqualTo(9);
    }

    @Test
    void facilitatorsAreBalancedWithinTheCapAndTheRestSayWhy() throws Exception {
        // two facilitators of 30 each for 40 participants... and the demo's own facilitators of the agency, if any
        var preview = AsUser.call(MANAGER, () -> jobs.preview(program.programId(),
                new BulkRequest(BulkAction.ASSIGN, null, true, ListFilter.NONE, null, null, null, null, null)));
        AsUser.run(MANAGER, () -> jobs.apply(program.programId(), preview.id(), runner));
        var done = waitFor(preview.id());
        assertThat(done.status()).isEqualTo("DONE");
        var loads = jdbc.sql("""
                        SELECT count(*) FROM assignment a JOIN enrollment e ON e.id = a.enrollment_id
                        WHERE e.program_id = ? AND a.ended_at IS NULL GROUP BY a.facilitator_id""")
                .param(program.programId()).query(Integer.class).list();
        assertThat(loads).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(ProgramOfMany.CAP));
        assertThat(loads.stream().mapToInt(Integer::intValue).sum()).isEqualTo(done.succeeded());
        assertThat(done.succeeded() + done.failures().size()).isEqualTo(40);
        done.failures().forEach(f -> assertThat(f.code()).isEqualTo("programs.bulk.assign.noneFree"));
    }

    @Test
    void registrationForTrainingAndAVisitGoPerRow() throws Exception {
        var ids = enrollmentIds();
        var preview = AsUser.call(MANAGER, () -> jobs.preview(program.programId(),
                new BulkRequest(BulkAction.TRAINING, ids, false, null, null, null, null, program.eventId(), null)));
        assertThat(preview.previewOk()).isEqualTo(40);
        AsUser.run(MANAGER, () -> jobs.apply(program.programId(), preview.id(), runner));
        assertThat(waitFor(preview.id()).succeeded()).isEqualTo(40);
        assertThat(jdbc.sql("SELECT count(*) FROM training_registration WHERE event_id = ? AND status = 'CONFIRMED'").param(program.eventId())
                .query(Integer.class).single()).isEqualTo(40);
        var twice = AsUser.call(MANAGER, () -> jobs.preview(program.programId(),
                new BulkRequest(BulkAction.TRAINING, ids.subList(0, 2), false, null, null, null, null, program.eventId(), null)));
        assertThat(twice.preview()).allSatisfy(r -> assertThat(r.code()).isEqualTo("programs.bulk.training.already"));

        var visit = AsUser.call(MANAGER, () -> jobs.preview(program.programId(),
                new BulkRequest(BulkAction.VISIT, ids.subList(0, 5), false, null, null, null, null, null, today.date().plusDays(3))));
        AsUser.run(MANAGER, () -> jobs.apply(program.programId(), visit.id(), runner));
        assertThat(waitFor(visit.id()).succeeded()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM visit WHERE enrollment_id = ANY(?) AND planned_on = ?")
                .params(ids.subList(0, 5).toArray(Long[]::new), today.date().plusDays(3)).query(Integer.class).single()).isEqualTo(5);
        assertThatThrownBy(() -> AsUser.run(MANAGER, () -> jobs.preview(program.programId(),
                new BulkRequest(BulkAction.VISIT, ids.subList(0, 5), false, null, null, null, null, null, today.date().minusDays(1)))))
                .hasMessageContaining("programs.bulk.visit.past");
    }

    @Test
    void anotherRegionsManagerCanNeitherPreviewNorApply() throws Exception {
        String body = "{\"action\":\"STAGE\",\"allMatching\":true}";
        var answer = mvc.perform(post("/api/v1/programs/" + program.programId() + "/bulk-actions").with(user(MANAGER).roles("PROGRAM_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PREVIEWED")).andExpect(jsonPath("$.total").value(40))
                .andExpect(jsonPath("$.preview[0].becomes").value("2. Monitoring"))
                .andReturn().getResponse().getContentAsString();
        long job = Long.parseLong(answer.replaceAll(".*?\"id\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/programs/" + program.programId() + "/bulk-actions").with(user(OTHER_REGION).roles("PROGRAM_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/programs/" + program.programId() + "/bulk-actions/" + job + "/apply").with(user(OTHER_REGION).roles("PROGRAM_MANAGER")))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/program/" + program.programId() + "/peserta/aksi").with(user(OTHER_REGION).roles("PROGRAM_MANAGER")).with(csrf())
                .param("action", "STAGE").param("allMatching", "true")).andExpect(status().is4xxClientError());
        mvc.perform(get("/program/" + program.programId() + "/peserta").with(user(OTHER_REGION).roles("PROGRAM_MANAGER")))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("SELECT status FROM participant_bulk_job WHERE id = ?").param(job).query(String.class).single()).isEqualTo("PREVIEWED");

        mvc.perform(post("/api/v1/programs/" + program.programId() + "/bulk-actions/" + job + "/apply").with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(status().isAccepted()).andExpect(header().string("Location", "/api/v1/programs/" + program.programId() + "/bulk-actions/" + job));
        waitFor(job);
        mvc.perform(get("/api/v1/programs/" + program.programId() + "/bulk-actions/" + job).with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.succeeded").value(40));
        mvc.perform(get("/api/v1/programs/" + program.programId() + "/participants").param("stage", "2").param("size", "10")
                        .with(user(MANAGER).roles("PROGRAM_MANAGER")))
                .andExpect(jsonPath("$.total").value(40)).andExpect(jsonPath("$.rows.length()").value(10));
    }

    @Test
    void badInputIsAFieldErrorAndChangesNothing() throws Exception {
        String base = "/api/v1/programs/" + program.programId() + "/bulk-actions";
        mvc.perform(post(base).with(user(MANAGER).roles("PROGRAM_MANAGER")).contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"STAGE\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(org.hamcrest.Matchers.containsString("enrollmentIds")));
        mvc.perform(post(base).with(user(MANAGER).roles("PROGRAM_MANAGER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"VISIT\",\"allMatching\":true}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(org.hamcrest.Matchers.containsString("visitOn")));
        mvc.perform(post(base).with(user(MANAGER).roles("PROGRAM_MANAGER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"STAGE\",\"enrollmentIds\":[1]}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(org.hamcrest.Matchers.containsString("enrollmentIds")));
        mvc.perform(post(base).with(user(MANAGER).roles("PROGRAM_MANAGER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"OUTCOME\",\"allMatching\":true,\"outcome\":\"WITHDRAWN\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/program/" + program.programId() + "/peserta/aksi").with(user(MANAGER).roles("PROGRAM_MANAGER")).with(csrf())
                        .param("action", "STAGE").param("back", "/program/" + program.programId() + "/peserta?stage=1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/program/" + program.programId() + "/peserta?stage=1"));
        assertThat(jdbc.sql("SELECT count(*) FROM participant_bulk_job WHERE program_id = ?").param(program.programId())
                .query(Integer.class).single()).isZero();
    }
}
