package id.naikkelas.certification;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.assessment.Answer;
import id.naikkelas.assessment.ChecklistItem;
import id.naikkelas.assessment.Inspections;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A finished inspection for a case reaches the case through InspectionFinished: the report is attached and the level recorded. */
@IntegrationTest
class InspectionFinishedListenerTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String OFFICER = "petugas.palangkaraya";

    @Autowired
    Inspections inspections;
    @Autowired
    Cases cases;
    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCaseGetsTheReportAndTheLevelAndItsInspectionStepCanProceed() {
        long caseId = openPirtCase("Amplang Haruan Diperiksa");
        long businessId = jdbc.sql("SELECT business_id FROM certification_case WHERE id = ?").param(caseId).query(Long.class).single();
        long inspectionId = finish(businessId, caseId, Map.of("B.2", Answer.NOT_MET, "D.8", Answer.NOT_MET, "M.36", Answer.NOT_MET));
        String reportKey = jdbc.sql("SELECT report_key FROM inspection WHERE id = ?").param(inspectionId).query(String.class).single();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT inspection_level FROM certification_case WHERE id = ?").param(caseId).query(Integer.class).single())
                    .isEqualTo(2);
            assertThat(jdbc.sql("SELECT document_type FROM case_document WHERE case_id = ? AND storage_key = ?")
                    .params(caseId, reportKey).query(String.class).list()).containsExactly("CPPB_INSPECTION_REPORT");
        });
        var view = AsUser.call(OFFICER, () -> cases.get(caseId));
        var report = view.documents().stream().filter(d -> d.type().code().equals("CPPB_INSPECTION_REPORT")).findFirst().orElseThrow();
        assertThat(report.fileName()).isEqualTo("laporan-pemeriksaan-" + inspectionId + ".pdf");
        var file = AsUser.call(OFFICER, () -> cases.download(caseId, report.id()));
        assertThat(new String(file.content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?""")
                .param("%\"inspectionId\":" + inspectionId + ",%").query(Long.class).single())
                .as("the publication is marked complete").isZero());
    }

    @Test
    void aCaseOfAnotherBusinessIsLeftAlone() {
        long caseId = openPirtCase("Kerupuk Salah Kasus");
        long otherBusiness = jdbc.sql("SELECT business_id FROM product WHERE id = (SELECT product_id FROM certification_case WHERE id = ?)")
                .param(openPirtCase("Kerupuk Kasus Lain")).query(Long.class).single();
        assertThatThrownBy(() -> finish(otherBusiness, caseId, Map.of())).as("a case of another business is refused at the start")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("caseId"));
        // and should one be linked anyway (a row from before that check), the listener still leaves the case alone
        long inspectionId = AsUser.call(OFFICER, () -> {
            long id = inspections.start(otherBusiness, null, "cppb-irt");
            jdbc.sql("UPDATE inspection SET case_id = ? WHERE id = ?").params(caseId, id).update();
            for (ChecklistItem item : inspections.get(id).template().items()) {
                inspections.answer(id, item.code(), Answer.MET, null);
            }
            inspections.finish(id);
            return id;
        });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?""")
                .param("%\"inspectionId\":" + inspectionId + ",%").query(Long.class).single()).isZero());
        assertThat(jdbc.sql("SELECT count(*) FROM case_document WHERE case_id = ?").param(caseId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT inspection_level IS NULL FROM certification_case WHERE id = ?").param(caseId)
                .query(Boolean.class).single()).isTrue();
    }

    private long finish(long businessId, long caseId, Map<String, Answer> deviations) {
        return AsUser.call(OFFICER, () -> {
            long id = inspections.start(businessId, caseId, "cppb-irt");
            for (ChecklistItem item : inspections.get(id).template().items()) {
                inspections.answer(id, item.code(), deviations.getOrDefault(item.code(), Answer.MET), null);
            }
            inspections.finish(id);
            return id;
        });
    }

    private long openPirtCase(String name) {
        int serial = SERIAL.incrementAndGet();
        var data = new BusinessData(name + " Usaha", LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Yos Sudarso",
                "62.71.01.1001", null, null, 2, 2019, null, new BigDecimal("90000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Pemilik Listener " + serial, null, "L", null, null));
        return AsUser.call(OFFICER, () -> {
            long businessId = businesses.register(data, null);
            long productId = products.create(businessId, new ProductData(name, "Uji", "15.0", "04", null, PirtParts.Packaging.PLASTIC,
                    "100 g", 120, Storage.AMBIENT, "ikan, tepung", Set.of(ProductTrait.HALAL_INGREDIENTS_CERTAIN)));
            return cases.open(productId, PermitType.PIRT, null);
        });
    }
}
