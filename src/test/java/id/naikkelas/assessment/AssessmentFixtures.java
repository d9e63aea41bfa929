package id.naikkelas.assessment;

import id.naikkelas.Assignments;
import id.naikkelas.AsUser;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Sector;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static id.naikkelas.assessment.Answer.MET;
import static id.naikkelas.assessment.Answer.NOT_MET;

/** Kitchens in Kota Palangkaraya with an owner account of their own, and ways to fill in a checklist. */
final class AssessmentFixtures {

    static final String FACILITATOR = "pendamping.palangkaraya";
    static final String OFFICER = "petugas.palangkaraya";
    static final String OTHER_REGION_OFFICER = "petugas.dumai";
    static final String PASSWORD = "Sabun-Bersih-Cuci-42";
    /** Two majors and a minor: level II by the bundled table. */
    static final Map<String, Answer> LEVEL_TWO = Map.of("B.2", NOT_MET, "D.8", NOT_MET, "M.36", NOT_MET);

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private AssessmentFixtures() {
    }

    record Kitchen(long businessId, String owner) {
    }

    /** A home kitchen registered by its owner (a new account), in Kelurahan 62.71.01.1001, with {@link #FACILITATOR} assigned. */
    static Kitchen kitchen(Accounts accounts, Businesses businesses, org.springframework.jdbc.core.simple.JdbcClient jdbc, String name) {
        String owner = "dapur" + System.nanoTime() % 100000 + "." + SERIAL.incrementAndGet();
        accounts.create(new Accounts.NewUser(owner, "Pemilik " + name, null, null, PASSWORD, null, Set.of(Role.OWNER), List.of()));
        long id = AsUser.call(owner, () -> businesses.register(new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(),
                Sector.PROCESSED_FOOD, "Jl. G. Obos No. " + SERIAL.get(), "62.71.01.1001", null, null, 2, 2021, null,
                new BigDecimal("80000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Pemilik " + name, null, "P", null, null)), null));
        Assignments.assign(jdbc, FACILITATOR, id);
        return new Kitchen(id, owner);
    }

    /** A certification case of the business, as the certification module opens one (for a person, without a product). */
    static long caseOf(org.springframework.jdbc.core.simple.JdbcClient jdbc, long businessId) {
        return jdbc.sql("""
                        INSERT INTO certification_case (business_id, person_name, region_code, permit_type, template_code, template_version, opened_by)
                        SELECT id, 'Uji', region_code, 'PIRT', 'pirt', '1', 'uji' FROM business WHERE id = ? RETURNING id""")
                .param(businessId).query(Long.class).single();
    }

    /** Answers every shown item: the given answers where given, MET elsewhere (screening questions: no). */
    static void answerAll(Inspections inspections, long inspectionId, Map<String, Answer> answers) {
        var view = inspections.get(inspectionId);
        for (ChecklistItem item : view.template().items()) {
            if (!inspections.get(inspectionId).shown(item.code())) {
                continue;
            }
            Answer answer = answers.getOrDefault(item.code(), item.screening() ? NOT_MET : MET);
            inspections.answer(inspectionId, item.code(), answer, answers.containsKey(item.code()) ? "temuan " + item.code() : null);
        }
    }

    /** A 1600×1200 PNG, larger than what is kept, as a phone camera would send. */
    static byte[] photo() {
        var image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(150, 120, 90));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(90, 60, 40));
        g.fillOval(300, 200, 900, 700);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Starts, fills in and finishes a CPPB-IRT inspection as the facilitator. */
    static InspectionView finishedCppbIrt(Inspections inspections, long businessId, Long caseId, Map<String, Answer> answers) {
        return AsUser.call(FACILITATOR, () -> {
            long id = inspections.start(businessId, caseId, "cppb-irt");
            answerAll(inspections, id, answers);
            return inspections.finish(id);
        });
    }
}
