package id.naikkelas.certification;

import id.naikkelas.TestClock;
import id.naikkelas.common.Today;
import id.naikkelas.Assignments;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.PermitRegister;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.PirtParts;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.ProductData;
import id.naikkelas.registry.ProductTrait;
import id.naikkelas.registry.Products;
import id.naikkelas.registry.Sector;
import id.naikkelas.registry.Storage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CasesTest {

    @Autowired
    private Today today;
    @Autowired
    private TestClock clock;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final AtomicInteger SERIAL = new AtomicInteger(7000);

    @Autowired
    Cases cases;
    @Autowired
    Requirements requirements;
    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
    @Autowired
    PermitRegister register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theApiAnswersAStepWithWhereTheCaseNowStandsAndARepeatChangesNothing() throws Exception {
        long productId = keripik("Keripik Kelakai Api", null);
        setNib(productId);
        long caseId = AsUser.call("petugas.palangkaraya", () -> cases.open(productId, PermitType.PIRT, null));
        var officer = httpBasic("petugas.palangkaraya", "Demo-2026!");
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/cases/" + caseId + "/steps/NIB/complete").with(officer))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(caseId))
                    .andExpect(jsonPath("$.status").value("OPEN"))
                    .andExpect(jsonPath("$.currentStep").value("OSS_APPLICATION"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM case_transition WHERE case_id = ?").param(caseId).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/cases/" + caseId + "/steps/OSS_APPLICATION/complete").with(officer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("certification.guard.externalReferenceMissing")));
    }

    @Test
    void aKeripikProductNeedsPirtAndHalalSelfDeclareAndTheCaseWalksToAnIssuedPermit() {
        long productId = keripik("Keripik Kelakai Uji", null);
        var withoutNib = AsUser.call("petugas.palangkaraya", () -> requirements.forProduct(productId));
        assertThat(withoutNib.prerequisites()).extracting(Prerequisite::id)
                .as("without an NIB the owner is told to get one in OSS first").containsExactly("nib");
        assertThat(item(withoutNib, PermitType.HALAL).requirement().route())
                .as("the halal route is judged as if the NIB will be there, not failed for it").isEqualTo(Route.SELF_DECLARE);
        setNib(productId);
        var needs = AsUser.call("petugas.palangkaraya", () -> requirements.forProduct(productId));
        assertThat(item(needs, PermitType.PIRT).requirement().outcome()).isEqualTo(Outcome.REQUIRED);
        assertThat(item(needs, PermitType.HALAL).requirement().route())
                .as("failed: " + item(needs, PermitType.HALAL).requirement().failedCriteria()).isEqualTo(Route.SELF_DECLARE);
        assertThat(item(needs, PermitType.PIRT).startable()).isTrue();

        long caseId = AsUser.call("petugas.palangkaraya", () -> cases.open(productId, PermitType.PIRT, null));
        assertThat(AsUser.call("petugas.palangkaraya", () -> cases.open(productId, PermitType.PIRT, null)))
                .as("opening twice gives the same case").isEqualTo(caseId);

        complete("petugas.palangkaraya", caseId, "NIB", StepInput.none());

        assertThat(blockers(caseId, "OSS_APPLICATION", StepInput.none())).contains("certification.guard.externalReferenceMissing");
        complete("petugas.palangkaraya", caseId, "OSS_APPLICATION", input("OSS-2026-000123", null, null));
        var afterOss = AsUser.call("petugas.palangkaraya", () -> cases.get(caseId));
        assertThat(afterOss.stepDueOn()).as("the 90-day commitment window runs from the OSS application")
                .isEqualTo(this.today.date().plusDays(90));

        // PKP: the facilitator uploads the certificate and completes the owner's step on their behalf
        assertThat(blockers(caseId, "PKP_TRAINING", StepInput.none())).containsExactly("certification.guard.documentMissing");
        AsUser.run("pendamping.palangkaraya", () -> cases.upload(caseId, "PKP_CERTIFICATE", "sertifikat-pkp.pdf", PDF));
        complete("pendamping.palangkaraya", caseId, "PKP_TRAINING", StepInput.none());

        // the inspection is the officer's step; level II skips the corrective-action step
        assertThatThrownBy(() -> complete("pendamping.palangkaraya", caseId, "FACILITY_INSPECTION", input(null, 2, null)))
                .isInstanceOf(AccessDeniedException.class);
        complete("petugas.palangkaraya", caseId, "FACILITY_INSPECTION", input(null, 2, null));
        var afterInspection = AsUser.call("petugas.palangkaraya", () -> cases.get(caseId));
        assertThat(afterInspection.currentStep()).isEqualTo("LABEL_REVIEW");
        assertThat(afterInspection.transitions().get(afterInspection.transitions().size() - 1).skipped()).containsExactly("CORRECTIVE_ACTION");

        AsUser.run("petugas.palangkaraya", () -> cases.upload(caseId, "LABEL_DESIGN", "label.pdf", PDF));
        complete("petugas.palangkaraya", caseId, "LABEL_REVIEW", StepInput.none());

        var badNumber = new StepInput(null, null, null, "12345", null, null, null);
        assertThatThrownBy(() -> complete("petugas.palangkaraya", caseId, "ISSUANCE", badNumber))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("permitNumber"));
        String number = "2156271010" + String.format("%03d", SERIAL.getAndIncrement() % 1000) + "-31";
        complete("petugas.palangkaraya", caseId, "ISSUANCE",
                new StepInput(null, null, null, number, LocalDate.of(2026, 11, 20), LocalDate.of(2031, 11, 20), "diterbitkan DPMPTSP"));
        // a repeated submit (double tap) changes nothing
        complete("petugas.palangkaraya", caseId, "ISSUANCE", new StepInput(null, null, null, number, null, null, null));

        var done = AsUser.call("petugas.palangkaraya", () -> cases.get(caseId));
        assertThat(done.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(done.permitNumber()).isEqualTo(number);
        assertThat(done.transitions()).extracting(CaseView.TransitionView::fromStep)
                .containsExactly("NIB", "OSS_APPLICATION", "PKP_TRAINING", "FACILITY_INSPECTION", "LABEL_REVIEW", "ISSUANCE");
        assertThat(done.transitions().get(2).onBehalf()).as("facilitator acted for the owner").isTrue();
        assertThat(done.transitions().get(2).actorRole()).isEqualTo("FACILITATOR");

        var verified = register.verify("P-IRT No. " + number, this.today.date());
        assertThat(verified).singleElement().satisfies(p -> {
            assertThat(p.valid()).isTrue();
            assertThat(p.productName()).isEqualTo("Keripik Kelakai Uji");
            assertThat(p.regionName()).isEqualTo("Kota Palangkaraya");
        });
        assertThat(AsUser.call("petugas.palangkaraya", () -> requirements.forProduct(productId)))
                .satisfies(r -> assertThat(item(r, PermitType.PIRT).progress()).isEqualTo(ProductRequirements.Progress.HELD));
    }

    @Test
    void theNibStepWaitsForTheBusinessesNib() {
        long productId = keripik("Dodol Nanas Tanpa NIB", null);
        long caseId = AsUser.call("petugas.palangkaraya", () -> cases.open(productId, PermitType.PIRT, null));
        assertThat(blockers(caseId, "NIB", StepInput.none())).containsExactly("certification.guard.nibMissing");
        setNib(productId);
        complete("petugas.palangkaraya", caseId, "NIB", StepInput.none());
        assertThat(AsUser.call("petugas.palangkaraya", () -> cases.get(caseId)).currentStep()).isEqualTo("OSS_APPLICATION");
    }

    @Test
    void aPoorInspectionSendsTheCaseToCorrectiveAction() {
        long productId = keripik("Amplang Uji Level", null);
        setNib(productId);
        long caseId = AsUser.call("petugas.palangkaraya", () -> cases.open(productId, PermitType.PIRT, null));
        complete("petugas.palangkaraya", caseId, "NIB", StepInput.none());
        complete("petugas.palangkaraya", caseId, "OSS_APPLICATION", input("OSS-1", null, null));
        AsUser.run("petugas.palangkaraya", () -> cases.upload(caseId, "PKP_CERTIFICATE", "pkp.pdf", PDF));
        complete("petugas.palangkaraya", caseId, "PKP_TRAINING", StepInput.none());
        complete("petugas.palangkaraya", caseId, "FACILITY_INSPECTION", input(null, 3, null));
        assertThat(AsUser.call("petugas.palangkaraya", () -> cases.get(caseId)).currentStep()).isEqualTo("CORRECTIVE_ACTION");
        assertThat(blockers(caseId, "CORRECTIVE_ACTION", StepInput.none())).containsExactly("certification.guard.inspectionLevelTooHigh");
    }

    @Test
    void uploadsAreCheckedByContentAndCasesFollowTheBusinessesAccessRules() {
        long productId = keripik("Kerupuk Haruan Akses", null);
        long caseId = AsUser.call("petugas.palangkaraya", () -> cases.open(productId, PermitType.PIRT, null));
        assertThatThrownBy(() -> AsUser.run("petugas.palangkaraya",
                () -> cases.upload(caseId, "PKP_CERTIFICATE", "pkp.pdf", "just text, renamed".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("certification.document.wrongType"));
        assertThatThrownBy(() -> AsUser.call("petugas.dumai", () -> cases.get(caseId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> cases.upload(caseId, "PKP_CERTIFICATE", "pkp.pdf", PDF)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> cases.complete(caseId, "NIB", StepInput.none())))
                .isInstanceOf(NotFound.class);
        assertThat(AsUser.call("petugas.dumai", () -> cases.list(null, false, null, 500))).extracting(CaseRow::id).doesNotContain(caseId);
        assertThat(AsUser.call("petugas.palangkaraya", () -> cases.list(null, false, null, 500))).extracting(CaseRow::id).contains(caseId);
        assertThat(jdbc.sql("SELECT count(*) FROM case_document WHERE case_id = ?").param(caseId).query(Integer.class).single()).isZero();
    }

    @Test
    void aHalalFacilitatorVerifiesAtMostTenApplicationsADay() {
        long productId = keripik("Kue Bingka Halal Uji", null);
        setNib(productId);
        long caseId = AsUser.call("petugas.palangkaraya", () -> cases.open(productId, PermitType.HALAL, Route.SELF_DECLARE));
        jdbc.sql("UPDATE certification_case SET current_step = 'PPH_VERIFICATION', facilitator = 'Dewi Lestari' WHERE id = ?").param(caseId).update();
        for (int i = 0; i < 10; i++) {
            jdbc.sql("INSERT INTO case_transition (case_id, from_step, to_step, actor, actor_role) VALUES (?, 'PPH_VERIFICATION', 'SYSTEM_VERIFICATION', 'pendamping.palangkaraya', 'FACILITATOR')")
                    .param(caseId).update();
        }
        assertThatThrownBy(() -> complete("pendamping.palangkaraya", caseId, "PPH_VERIFICATION", StepInput.none()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("certification.case.dailyCap"));
        assertThat(AsUser.call("pendamping.palangkaraya", () -> cases.get(caseId)).currentStep()).isEqualTo("PPH_VERIFICATION");
    }

    @Test
    void overdueCasesAreFlaggedFromTheDayAfterTheirDueDate() {
        long productId = keripik("Madu Kelulut Terlambat", null);
        long caseId = AsUser.call("petugas.palangkaraya", () -> cases.open(productId, PermitType.PIRT, null));
        // the first step has no time limit of its own: give it a due date, then let the days pass on the clock
        LocalDate due = this.today.date().plusDays(20);
        jdbc.sql("UPDATE certification_case SET step_due_on = ? WHERE id = ?").params(due, caseId).update();
        try {
            // 23:59 WIB on the due day (16:59 UTC): still on time
            clock.setJakarta(due.atTime(23, 59));
            assertThat(AsUser.call("petugas.palangkaraya", () -> cases.get(caseId)).overdue()).isFalse();
            assertThat(AsUser.call("petugas.palangkaraya", () -> cases.list(null, true, null, 500))).extracting(CaseRow::id).doesNotContain(caseId);
            // 00:00 WIB the next day, still the due day in UTC: late
            clock.setJakarta(due.plusDays(1).atStartOfDay());
            assertThat(AsUser.call("petugas.palangkaraya", () -> cases.get(caseId)).overdue()).isTrue();
            assertThat(AsUser.call("petugas.palangkaraya", () -> cases.list(null, true, null, 500))).extracting(CaseRow::id).contains(caseId);
        } finally {
            clock.reset();
        }
    }

    private long keripik(String name, String nib) {
        int serial = SERIAL.getAndIncrement();
        var data = new BusinessData(name + " Usaha", LegalForm.PERORANGAN, nib, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Tjilik Riwut",
                "62.71.01.1001", null, null, 2, 2019, null, new BigDecimal("90000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Pemilik " + serial, null, "P", null, null));
        long businessId = AsUser.call("petugas.palangkaraya", () -> businesses.register(data, null));
        // the facilitator acts for the owner on the businesses assigned to them
        Assignments.assign(jdbc, "pendamping.palangkaraya", businessId);
        var product = new ProductData(name, "Uji", "15.0", "04", null, PirtParts.Packaging.PLASTIC, "100 g", 120, Storage.AMBIENT,
                "daun kelakai, tepung, minyak", Set.of(ProductTrait.HALAL_INGREDIENTS_CERTAIN, ProductTrait.SEPARATE_HALAL_FACILITY));
        return AsUser.call("petugas.palangkaraya", () -> products.create(businessId, product));
    }

    private void setNib(long productId) {
        jdbc.sql("UPDATE business SET nib = ? WHERE id = (SELECT business_id FROM product WHERE id = ?)")
                .params("81200" + String.format("%08d", SERIAL.getAndIncrement()), productId).update();
    }

    private List<String> blockers(long caseId, String step, StepInput input) {
        try {
            AsUser.run("petugas.palangkaraya", () -> cases.complete(caseId, step, input));
        } catch (StepBlocked e) {
            return e.failures().stream().map(GuardFailure::messageKey).toList();
        }
        throw new AssertionError("step " + step + " was not blocked");
    }

    private void complete(String user, long caseId, String step, StepInput input) {
        AsUser.run(user, () -> cases.complete(caseId, step, input));
    }

    private static StepInput input(String reference, Integer level, String facilitator) {
        return new StepInput(reference, level, facilitator, null, null, null, null);
    }

    private static ProductRequirements.Item item(ProductRequirements requirements, PermitType permit) {
        return requirements.items().stream().filter(i -> i.permit() == permit).findFirst().orElseThrow();
    }
}
