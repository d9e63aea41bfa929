package id.naikkelas.certification;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Products;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.naikkelas.certification.CaseFixtures.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case step through the API is the busiest write of a provincial office (issue 13: 500 transitions/s with audit):
 * it stays a fixed, small number of statements, its writes (reference, move, history row, audit record) one of them.
 */
@IntegrationTest
class CaseStepStatementsTest {

    @Autowired
    Cases cases;
    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aStepIsAFewStatementsWithItsHistoryAndAudit() throws Exception {
        var fixtures = new CaseFixtures(businesses, products, jdbc);
        long businessId = fixtures.business("Keripik Langkah Hitung", CaseFixtures.newNib());
        long productId = fixtures.keripik(businessId, "Keripik Langkah Hitung");
        long caseId = AsUser.call(OFFICER, () -> cases.open(productId, PermitType.PIRT, null));
        // warm: templates, holidays and the officer's account are read once, not per step
        mvc.perform(post("/api/v1/cases/" + caseId + "/steps/NIB/complete").with(user(OFFICER))).andExpect(status().isOk());
        long audits = audits(caseId);

        var step = StatementCount.during(() -> mvc.perform(post("/api/v1/cases/" + caseId + "/steps/OSS_APPLICATION/complete")
                        .with(user(OFFICER)).contentType("application/json").content("{\"reference\":\"OSS-1\",\"note\":\"uji\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentStep").isNotEmpty()));

        System.out.println("[statements] case step: " + step.count() + "\n  " + String.join("\n  ", step.sql()));
        assertThat(audits(caseId)).as("the step's audit record").isEqualTo(audits + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM case_transition WHERE case_id = ? AND from_step = 'OSS_APPLICATION'").param(caseId)
                .query(Integer.class).single()).as("its history row").isEqualTo(1);
        assertThat(jdbc.sql("SELECT reference FROM case_reference WHERE case_id = ? AND step_code = 'OSS_APPLICATION'").param(caseId)
                .query(String.class).single()).as("its reference").isEqualTo("OSS-1");
        // who asks (a Bearer token's look-up reads the user with the token instead), the case locked with its references,
        // the business's standing, the holidays (at most once a minute), and one write: the reference, the case's move,
        // its history row and audit record as the WITH clauses of one statement
        assertThat(step.count()).as(step.toString()).isLessThanOrEqualTo(5);
        assertThat(step.sql().stream().filter(sql -> !sql.startsWith("SELECT"))).as("the step's writes").singleElement()
                .satisfies(write -> assertThat(write).contains("INSERT INTO case_reference", "UPDATE certification_case",
                        "INSERT INTO audit_event", "INSERT INTO case_transition"));
    }

    private long audits(long caseId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'case' AND entity_id = ?").param(String.valueOf(caseId))
                .query(Long.class).single();
    }
}
