package id.naikkelas.assessment;

import id.naikkelas.TestClock;
import id.naikkelas.common.Today;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.Accounts;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static id.naikkelas.assessment.Answer.MET;
import static id.naikkelas.assessment.Answer.NOT_APPLICABLE;
import static id.naikkelas.assessment.Answer.NOT_MET;
import static id.naikkelas.assessment.AssessmentFixtures.FACILITATOR;
import static id.naikkelas.assessment.AssessmentFixtures.LEVEL_TWO;
import static id.naikkelas.assessment.AssessmentFixtures.OFFICER;
import static id.naikkelas.assessment.AssessmentFixtures.OTHER_REGION_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CorrectiveActionsTest {

    @Autowired
    private Today today;
    @Autowired
    private TestClock clock;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Inspections inspections;
    @Autowired
    CorrectiveActions actions;
    @Autowired
    Accounts accounts;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDeviationBecomesAnActionForTheOwnerDueByItsClassAndTheNextInspectionClosesIt() {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Kelakai Tindakan");
        var first = AssessmentFixtures.finishedCppbIrt(inspections, kitchen.businessId(), null, LEVEL_TWO);
        var raised = first.actions();
        assertThat(raised).extracting(CorrectiveAction::deviationClass)
                .containsExactly(DeviationClass.MAJOR, DeviationClass.MAJOR, DeviationClass.MINOR);
        assertThat(raised).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(a.responsible()).isEqualTo("Pemilik Dapur Kelakai Tindakan");
        });
        var today = this.today.date();
        assertThat(action(raised, "B.2").dueOn()).as("major: 30 days by default").isEqualTo(today.plusDays(30));
        assertThat(action(raised, "M.36").dueOn()).as("minor: 60 days by default").isEqualTo(today.plusDays(60));
        assertThat(action(raised, "D.8").finding()).isEqualTo("temuan D.8");

        long b2 = action(raised, "B.2").id();
        long d8 = action(raised, "D.8").id();
        long m36 = action(raised, "M.36").id();
        var mine = AsUser.call(kitchen.owner(), () -> actions.list(ActionFilter.OPEN, null, null, 50));
        assertThat(mine.items()).extracting(CorrectiveAction::id).containsExactly(b2, d8, m36);
        assertThat(mine.items()).allSatisfy(a -> assertThat(a.permissions().submitEvidence()).isTrue())
                .allSatisfy(a -> assertThat(a.permissions().verify()).isFalse());

        // the owner sends a photo; the facilitator sends it back, then accepts the second one
        AsUser.run(kitchen.owner(), () -> actions.submitEvidence(b2, "ruang-produksi.png", AssessmentFixtures.photo(), "sudah dipisah"));
        assertThatThrownBy(() -> AsUser.run(kitchen.owner(), () -> actions.verify(b2, true, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(FACILITATOR, () -> actions.verify(b2, false, " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo("assessment.action.rejectionNeedsNote"));
        AsUser.run(FACILITATOR, () -> actions.verify(b2, false, "foto terlalu gelap"));
        var returned = AsUser.call(kitchen.owner(), () -> actions.get(b2));
        assertThat(returned.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(returned.rejected()).isTrue();
        assertThat(returned.verification().note()).isEqualTo("foto terlalu gelap");
        AsUser.run(kitchen.owner(), () -> actions.submitEvidence(b2, "ruang-produksi-terang.png", AssessmentFixtures.photo(), null));
        var evidence = AsUser.call(FACILITATOR, () -> actions.evidence(b2));
        assertThat(evidence.contentType()).isEqualTo("image/jpeg");
        assertThat(evidence.fileName()).isEqualTo("ruang-produksi-terang.jpg");
        AsUser.run(FACILITATOR, () -> actions.verify(b2, true, null));
        AsUser.run(FACILITATOR, () -> actions.verify(b2, true, null));
        assertThat(AsUser.call(OFFICER, () -> actions.get(b2)).status()).isEqualTo(ActionStatus.VERIFIED);
        // the facilitator may upload a PDF for the owner
        AsUser.run(FACILITATOR, () -> actions.submitEvidence(d8, "nota-toren-air.pdf", PDF, "toren baru"));
        assertThatThrownBy(() -> AsUser.run(kitchen.owner(), () -> actions.submitEvidence(d8, "x.txt", "teks".getBytes(), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("assessment.evidence.wrongType"));

        // re-inspection: B.2 now met, D.8 still not met, M.36 not applicable
        var second = AssessmentFixtures.finishedCppbIrt(inspections, kitchen.businessId(), null,
                Map.of("B.2", MET, "D.8", NOT_MET, "M.36", NOT_APPLICABLE));
        var resolved = AsUser.call(FACILITATOR, () -> actions.get(b2));
        assertThat(resolved.status()).isEqualTo(ActionStatus.CLOSED);
        assertThat(resolved.closure().reason()).isEqualTo(ClosedReason.RESOLVED);
        assertThat(resolved.closure().byInspection()).isEqualTo(second.id());
        assertThat(AsUser.call(FACILITATOR, () -> actions.get(d8)).closure().reason()).isEqualTo(ClosedReason.REPEATED);
        assertThat(AsUser.call(FACILITATOR, () -> actions.get(m36)).status()).as("not applicable decides nothing")
                .isEqualTo(ActionStatus.OPEN);
        assertThat(second.actions()).extracting(CorrectiveAction::itemCode).containsExactly("D.8");
        assertThat(AsUser.call(kitchen.owner(), () -> actions.forBusiness(kitchen.businessId())))
                .extracting(CorrectiveAction::status).startsWith(ActionStatus.OPEN, ActionStatus.OPEN).endsWith(ActionStatus.CLOSED);
        assertThat(AsUser.call(kitchen.owner(), () -> actions.list(ActionFilter.CLOSED, kitchen.businessId(), null, 50)).items())
                .extracting(CorrectiveAction::id).containsExactlyInAnyOrder(b2, d8);
    }

    @Test
    void overdueActionsShowInTheJurisdictionsWorklistAndNowhereElse() {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Terasi Terlambat");
        // inspected 31 days ago: its major findings (30 days) were due yesterday, the minor one (60 days) is not yet
        clock.advance(java.time.Duration.ofDays(-31));
        InspectionView finished;
        try {
            finished = AssessmentFixtures.finishedCppbIrt(inspections, kitchen.businessId(), null, LEVEL_TWO);
        } finally {
            clock.reset();
        }
        long late = action(finished.actions(), "D.8").id();
        long alsoLate = action(finished.actions(), "B.2").id();
        assertThat(action(finished.actions(), "D.8").dueOn()).isEqualTo(this.today.date().minusDays(1));

        var facilitators = AsUser.call(FACILITATOR, () -> actions.list(ActionFilter.OVERDUE, null, null, 100));
        assertThat(facilitators.items()).extracting(CorrectiveAction::id).contains(late)
                .doesNotContain(action(finished.actions(), "M.36").id());
        assertThat(facilitators.items()).filteredOn(a -> a.id() == late).singleElement()
                .satisfies(a -> assertThat(a.overdue()).isTrue());
        assertThat(AsUser.call(kitchen.owner(), () -> actions.list(ActionFilter.OVERDUE, null, null, 100)).items())
                .extracting(CorrectiveAction::id).containsExactlyInAnyOrder(late, alsoLate);
        assertThat(AsUser.call(OTHER_REGION_OFFICER, () -> actions.list(ActionFilter.OVERDUE, null, null, 100)).items())
                .extracting(CorrectiveAction::id).doesNotContain(late);
        assertThat(AsUser.call("pemilik.demo", () -> actions.list(ActionFilter.OPEN, null, null, 100)).items())
                .extracting(CorrectiveAction::businessId).doesNotContain(kitchen.businessId());
        assertThatThrownBy(() -> AsUser.call(OTHER_REGION_OFFICER, () -> actions.get(late))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.run(OTHER_REGION_OFFICER, () -> actions.submitEvidence(late, "a.pdf", PDF, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.run("pemilik.demo", () -> actions.submitEvidence(late, "a.pdf", PDF, null)))
                .isInstanceOf(NotFound.class);

        AsUser.run(kitchen.owner(), () -> actions.submitEvidence(late, "bukti.pdf", PDF, null));
        assertThat(AsUser.call(FACILITATOR, () -> actions.list(ActionFilter.OVERDUE, null, null, 100)).items())
                .as("evidence sent in time for the owner's part").extracting(CorrectiveAction::id).doesNotContain(late);
        assertThat(AsUser.call(FACILITATOR, () -> actions.list(ActionFilter.AWAITING_VERIFICATION, kitchen.businessId(), null, 100)).items())
                .extracting(CorrectiveAction::id).containsExactly(late);
    }

    @Test
    void worklistsArePagedByDueDate() {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Halaman");
        AssessmentFixtures.finishedCppbIrt(inspections, kitchen.businessId(), null, LEVEL_TWO);
        var first = AsUser.call(kitchen.owner(), () -> actions.list(ActionFilter.OPEN, kitchen.businessId(), null, 2));
        assertThat(first.items()).extracting(CorrectiveAction::itemCode).containsExactly("B.2", "D.8");
        assertThat(first.next()).isNotNull();
        var second = AsUser.call(kitchen.owner(), () -> actions.list(ActionFilter.OPEN, kitchen.businessId(), first.next(), 2));
        assertThat(second.items()).extracting(CorrectiveAction::itemCode).containsExactly("M.36");
        assertThat(second.next()).isNull();
        assertThatThrownBy(() -> AsUser.call(kitchen.owner(), () -> actions.list(ActionFilter.OPEN, null, "gibberish", 2)))
                .isInstanceOf(InvalidInput.class);
    }

    private static CorrectiveAction action(List<CorrectiveAction> actions, String item) {
        return actions.stream().filter(a -> a.itemCode().equals(item)).findFirst().orElseThrow();
    }
}
