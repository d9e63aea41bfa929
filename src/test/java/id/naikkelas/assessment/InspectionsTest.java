package id.naikkelas.assessment;

import id.naikkelas.common.Today;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.Accounts;
import id.naikkelas.registry.Businesses;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
class InspectionsTest {

    @Autowired
    private Today today;

    @Autowired
    Inspections inspections;
    @Autowired
    Accounts accounts;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftIsSavedAnswerByAnswerAndFinishingTwiceChangesNothing() {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Amplang Autosave");
        long id = AsUser.call(FACILITATOR, () -> inspections.start(kitchen.businessId(), null, "cppb-irt"));
        assertThat(AsUser.call(FACILITATOR, () -> inspections.start(kitchen.businessId(), null, "cppb-irt")))
                .as("a second tap on start resumes the open draft").isEqualTo(id);

        var first = AsUser.call(FACILITATOR, () -> inspections.answer(id, "B.2", NOT_MET, "  ruang dipakai menjemur pakaian "));
        long auditRows = auditRows(id);
        var again = AsUser.call(FACILITATOR, () -> inspections.answer(id, "B.2", NOT_MET, "ruang dipakai menjemur pakaian"));
        assertThat(again.summary()).isEqualTo(first.summary());
        assertThat(auditRows(id)).as("re-sending the same answer records nothing").isEqualTo(auditRows);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_answer WHERE inspection_id = ?").param(id).query(Long.class).single())
                .isOne();
        assertThat(first.summary().counts().major()).isOne();
        assertThat(first.summary().level().code()).as("the level is live while filling in").isEqualTo("II");

        // a dropped connection: the draft as stored is what the form shows when reopened
        var reopened = AsUser.call(FACILITATOR, () -> inspections.get(id));
        assertThat(reopened.answerOf("B.2")).isEqualTo(NOT_MET);
        assertThat(reopened.noteOf("B.2")).isEqualTo("ruang dipakai menjemur pakaian");
        assertThat(reopened.summary().unansweredItems()).hasSize(36);

        assertThatThrownBy(() -> AsUser.run(FACILITATOR, () -> inspections.finish(id)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo("assessment.finish.unanswered");
                    assertThat(e.violations().get(0).args().get(0)).isEqualTo(36);
                });

        AsUser.run(FACILITATOR, () -> AssessmentFixtures.answerAll(inspections, id, LEVEL_TWO));
        var finished = AsUser.call(FACILITATOR, () -> inspections.finish(id));
        assertThat(finished.status()).isEqualTo(InspectionStatus.FINISHED);
        assertThat(finished.summary().level().code()).isEqualTo("II");
        assertThat(finished.actions()).extracting(CorrectiveAction::itemCode).containsExactly("B.2", "D.8", "M.36");
        String reportKey = reportKey(id);
        OffsetDateTime finishedAt = finished.finishedAt();
        long announced = publications(id);
        assertThat(announced).as("announced to the listeners").isPositive();

        var twice = AsUser.call(FACILITATOR, () -> inspections.finish(id));
        assertThat(twice.finishedAt()).isEqualTo(finishedAt);
        assertThat(reportKey(id)).as("no second report").isEqualTo(reportKey);
        assertThat(jdbc.sql("SELECT count(*) FROM corrective_action WHERE inspection_id = ?").param(id).query(Long.class).single())
                .isEqualTo(3);
        assertThat(publications(id)).as("announced once").isEqualTo(announced);
        assertThatThrownBy(() -> AsUser.run(FACILITATOR, () -> inspections.answer(id, "B.2", MET, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo("assessment.inspection.readOnly"));
    }

    @Test
    void conditionalItemsFollowTheStoredAnswersOfADraft() {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Bakso Beku Bersyarat");
        long id = AsUser.call(OFFICER, () -> inspections.start(kitchen.businessId(), null, "cppob"));
        var fresh = AsUser.call(OFFICER, () -> inspections.get(id));
        assertThat(fresh.summary().hiddenItems()).as("follow-up items wait for their screening question").contains("C.5", "C.7");
        assertThat(fresh.shown("C.5")).isFalse();

        var chilled = AsUser.call(OFFICER, () -> inspections.answer(id, "C.4", MET, "produk bakso beku"));
        assertThat(chilled.visibilityChanged()).containsExactly("C.5");
        assertThat(chilled.summary().unansweredItems()).contains("C.5");
        AsUser.call(OFFICER, () -> inspections.answer(id, "C.5", NOT_MET, "freezer tanpa termometer"));
        var stored = AsUser.call(OFFICER, () -> inspections.get(id));
        assertThat(stored.shown("C.5")).as("shown after reloading the draft").isTrue();
        assertThat(stored.summary().counts().critical()).isOne();

        var notChilled = AsUser.call(OFFICER, () -> inspections.answer(id, "C.4", NOT_MET, null));
        assertThat(notChilled.visibilityChanged()).containsExactly("C.5");
        assertThat(notChilled.summary().counts().critical()).as("a hidden item's answer no longer counts").isZero();
        assertThat(notChilled.summary().unansweredItems()).doesNotContain("C.5");
        var reloaded = AsUser.call(OFFICER, () -> inspections.get(id));
        assertThat(reloaded.shown("C.5")).isFalse();
        assertThat(reloaded.answerOf("C.5")).as("kept, in case the answer flips back").isEqualTo(NOT_MET);

        AsUser.run(OFFICER, () -> AssessmentFixtures.answerAll(inspections, id, Map.of("C.4", NOT_MET)));
        var finished = AsUser.call(OFFICER, () -> inspections.finish(id));
        assertThat(finished.summary().level()).as("a readiness checklist has no level rule").isNull();
        assertThat(finished.actions()).extracting(CorrectiveAction::itemCode).doesNotContain("C.5");
    }

    @Test
    void theReportNamesTheLevelTheDeviationsAndTheirDueDates() throws IOException {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Kerupuk Laporan");
        var finished = AssessmentFixtures.finishedCppbIrt(inspections, kitchen.businessId(), null, LEVEL_TWO);

        String report = text(AsUser.call(kitchen.owner(), () -> inspections.report(finished.id(), Inspections.INDONESIAN)));
        assertThat(report).contains("Laporan Pemeriksaan Sarana", "Dapur Kerupuk Laporan", "Level II", "Setiap bulan",
                "Tabel level belum terkonfirmasi", "Mayor (2)", "Minor (1)", "B.2", "D.8", "M.36", "temuan D.8",
                "Tindakan perbaikan");
        var dueMajor = finished.actions().stream().filter(a -> a.itemCode().equals("D.8")).findFirst().orElseThrow().dueOn();
        assertThat(report).contains(DateTimeFormatter.ofPattern("d MMM yyyy", Inspections.INDONESIAN).format(dueMajor));
        assertThat(report).doesNotContain("Kritis (").doesNotContain("A.1 ");

        String english = text(AsUser.call(FACILITATOR, () -> inspections.report(finished.id(), Locale.ENGLISH)));
        assertThat(english).contains("Facility Inspection Report", "Level II", "Every month", "Major (2)",
                "The production room is large enough", "Corrective actions");
    }

    @Test
    void anOfficerOfAnotherRegionSeesNothingAndAnOwnerOnlyTheirOwnFinishedInspections() {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Madu Akses");
        var other = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Tetangga Akses");
        var finished = AssessmentFixtures.finishedCppbIrt(inspections, kitchen.businessId(), null, LEVEL_TWO);
        long draft = AsUser.call(FACILITATOR, () -> inspections.start(kitchen.businessId(), null, "halal-readiness"));

        assertThatThrownBy(() -> AsUser.call(OTHER_REGION_OFFICER, () -> inspections.get(finished.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(OTHER_REGION_OFFICER, () -> inspections.answer(draft, "A.1", MET, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(OTHER_REGION_OFFICER, () -> inspections.finish(draft))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(OTHER_REGION_OFFICER, () -> inspections.start(kitchen.businessId(), null, "cppb-irt")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(OTHER_REGION_OFFICER, () -> inspections.history(kitchen.businessId())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call("mitra.demo", () -> inspections.get(finished.id()))).isInstanceOf(NotFound.class);

        assertThat(AsUser.call(kitchen.owner(), () -> inspections.get(finished.id())).permissions().edit()).isFalse();
        assertThatThrownBy(() -> AsUser.call(kitchen.owner(), () -> inspections.get(draft)))
                .as("a draft is the inspector's work in progress").isInstanceOf(NotFound.class);
        assertThat(AsUser.call(kitchen.owner(), () -> inspections.history(kitchen.businessId())))
                .extracting(InspectionRow::id).containsExactly(finished.id());
        assertThatThrownBy(() -> AsUser.call(kitchen.owner(), () -> inspections.correct(finished.id(), "saya tidak setuju")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(kitchen.owner(), () -> inspections.start(kitchen.businessId(), null, "cppb-irt")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(other.owner(), () -> inspections.get(finished.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(other.owner(), () -> inspections.report(finished.id(), Inspections.INDONESIAN)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aCorrectionIsANewVersionThatReplacesTheFinishedOneWhichStaysAsItWas() {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Dodol Koreksi");
        var original = AssessmentFixtures.finishedCppbIrt(inspections, kitchen.businessId(), null, LEVEL_TWO);

        assertThatThrownBy(() -> AsUser.call(OFFICER, () -> inspections.correct(original.id(), " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("reason"));
        long correction = AsUser.call(OFFICER, () -> inspections.correct(original.id(), "B.2 salah centang: ruang produksi terpisah"));
        assertThat(AsUser.call(OFFICER, () -> inspections.correct(original.id(), "lagi"))).isEqualTo(correction);
        var draft = AsUser.call(OFFICER, () -> inspections.get(correction));
        assertThat(draft.supersedes()).isEqualTo(original.id());
        assertThat(draft.answerOf("B.2")).as("starts from the corrected answers").isEqualTo(NOT_MET);
        assertThat(draft.template().version()).isEqualTo(original.template().version());

        AsUser.run(OFFICER, () -> inspections.answer(correction, "B.2", MET, null));
        AsUser.run(OFFICER, () -> inspections.answer(correction, "M.36", NOT_APPLICABLE, null));
        var corrected = AsUser.call(OFFICER, () -> inspections.finish(correction));
        assertThat(corrected.summary().level().code()).isEqualTo("II");
        assertThat(corrected.actions()).extracting(CorrectiveAction::itemCode).containsExactly("D.8");
        assertThat(corrected.actions().get(0).id()).as("the open action moves to the correction")
                .isEqualTo(original.actions().stream().filter(a -> a.itemCode().equals("D.8")).findFirst().orElseThrow().id());

        var old = AsUser.call(OFFICER, () -> inspections.get(original.id()));
        assertThat(old.superseded()).isTrue();
        assertThat(old.answerOf("B.2")).as("the finished version stays as it was").isEqualTo(NOT_MET);
        assertThat(old.permissions().correct()).isFalse();
        assertThat(old.actions()).extracting(a -> a.closure().reason()).containsOnly(ClosedReason.CORRECTED);
        var history = AsUser.call(OFFICER, () -> inspections.history(kitchen.businessId()));
        assertThat(history).filteredOn(InspectionRow::current).extracting(InspectionRow::id).containsExactly(correction);
        assertThat(history).filteredOn(row -> row.id() == original.id()).singleElement()
                .satisfies(row -> assertThat(row.correctedBy()).isEqualTo(correction));
        assertThatThrownBy(() -> AsUser.call(OFFICER, () -> inspections.correct(original.id(), "sekali lagi")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo("assessment.correction.alreadyCorrected"));
    }

    @Test
    void photosAreResizedAndOnlyForItemsOfTheChecklist() throws IOException {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Foto");
        long id = AsUser.call(FACILITATOR, () -> inspections.start(kitchen.businessId(), null, "cppb-irt"));
        long photo = AsUser.call(FACILITATOR, () -> inspections.addPhoto(id, "C.5", AssessmentFixtures.photo()));
        byte[] jpeg = AsUser.call(FACILITATOR, () -> inspections.photo(photo));
        assertThat(jpeg[0]).isEqualTo((byte) 0xFF);
        var size = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(Math.max(size.getWidth(), size.getHeight())).isEqualTo(Inspections.PHOTO_SIDE);
        assertThat(AsUser.call(FACILITATOR, () -> inspections.get(id)).photosOf("C.5")).containsExactly(photo);
        assertThatThrownBy(() -> AsUser.call(FACILITATOR, () -> inspections.addPhoto(id, "Z.99", jpeg)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("assessment.item.unknown"));
        assertThatThrownBy(() -> AsUser.call(FACILITATOR, () -> inspections.addPhoto(id, "C.5", "bukan gambar".getBytes())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("registry.photo.notImage"));
        assertThatThrownBy(() -> AsUser.call(OTHER_REGION_OFFICER, () -> inspections.photo(photo))).isInstanceOf(NotFound.class);
    }

    @Test
    void theDraftsDateAndCaseChangeOnlyFromTheVersionTheFormShowed() {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Tanggal");
        long id = AsUser.call(FACILITATOR, () -> inspections.start(kitchen.businessId(), null, "cppb-irt"));
        int version = AsUser.call(FACILITATOR, () -> inspections.get(id)).version();
        var yesterday = this.today.date().minusDays(1);
        AsUser.run(FACILITATOR, () -> inspections.answer(id, "A.1", MET, null));
        long caseId = AssessmentFixtures.caseOf(jdbc, kitchen.businessId());
        AsUser.run(FACILITATOR, () -> inspections.updateDetails(id, version, yesterday, caseId));
        var changed = AsUser.call(FACILITATOR, () -> inspections.get(id));
        assertThat(changed.inspectedOn()).as("autosaved answers do not make the form stale").isEqualTo(yesterday);
        assertThat(changed.caseId()).isEqualTo(caseId);
        assertThatThrownBy(() -> AsUser.run(OFFICER, () -> inspections.updateDetails(id, version, this.today.date(), null)))
                .as("someone else saved in between").isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> AsUser.run(OFFICER, () -> inspections.updateDetails(id, changed.version(), this.today.date().plusDays(1), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo("assessment.inspection.dateInFuture"));
        assertThatThrownBy(() -> AsUser.call(OFFICER, () -> inspections.start(kitchen.businessId(), caseId, "halal-readiness")))
                .as("a readiness checklist has no level for a case").isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("assessment.case.needsLevel"));
    }

    private long auditRows(long inspectionId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'inspection' AND entity_id = ?")
                .param(String.valueOf(inspectionId)).query(Long.class).single();
    }

    private long publications(long inspectionId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%InspectionFinished' AND serialized_event LIKE ?")
                .param("%\"inspectionId\":" + inspectionId + ",%").query(Long.class).single();
    }

    private String reportKey(long inspectionId) {
        return jdbc.sql("SELECT report_key FROM inspection WHERE id = ?").param(inspectionId).query(String.class).single();
    }

    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
