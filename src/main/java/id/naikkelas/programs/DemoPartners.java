package id.naikkelas.programs;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.naikkelas.common.Today;
import id.naikkelas.database.DemoMode;
import id.naikkelas.identity.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo mode only (issue 18 part 3): Universitas Palangka Raya's MoU in UMKM Berdikari gets its scope and signed document,
 * and its student member {@code mahasiswa.upr} facilitates one participant and has visited it once, so {@code mitra.demo}
 * sees its members' participants and its contribution.
 */
@Component
@Order(31)
class DemoPartners implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Access access;
    private final PartnerMous mous;
    private final Facilitators facilitators;
    private final Visits visits;
    private final Today today;

    DemoPartners(DemoMode demo, JdbcClient jdbc, Access access, PartnerMous mous, Facilitators facilitators, Visits visits, Today today) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.access = access;
        this.mous = mous;
        this.facilitators = facilitators;
        this.visits = visits;
        this.today = today;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        var partner = jdbc.sql("""
                        SELECT pp.program_id, pp.agency_id FROM program_partner pp JOIN program p ON p.id = pp.program_id
                        JOIN identity_agency a ON a.id = pp.agency_id
                        WHERE p.name = 'UMKM Berdikari' AND a.name = 'Universitas Palangka Raya' AND pp.mou_document_key IS NULL""")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
        var student = jdbc.sql("SELECT id FROM identity_user WHERE username = 'mahasiswa.upr'").query(Long.class).optional();
        if (partner.isEmpty() || student.isEmpty()) {
            return;
        }
        long program = partner.get()[0];
        long university = partner.get()[1];
        access.runAs("petugas.palangkaraya", () -> {
            int version = mous.get(program, university).version();
            mous.saveScope(program, university, version, new PartnerMous.Scope(List.of("62.71"),
                    EnumSet.of(MouTerms.Activity.FACILITATION, MouTerms.Activity.TRAINING)));
            mous.attachDocument(program, university, "MoU-012-UPR-BBPOM-2026.pdf", mouPdf());
            return null;
        });
        // a participant in the university's city: one nobody facilitates yet, else the office hands over its last one
        var enrollment = jdbc.sql("""
                        SELECT e.id, EXISTS (SELECT 1 FROM assignment a WHERE a.enrollment_id = e.id AND a.ended_at IS NULL) AS taken
                        FROM enrollment e WHERE e.program_id = ? AND e.status = 'ENROLLED' AND e.region_code LIKE '62.71.%'
                        ORDER BY taken, e.id DESC LIMIT 1""")
                .param(program).query((rs, i) -> Map.entry(rs.getLong(1), rs.getBoolean(2))).optional();
        if (enrollment.isEmpty()) {
            return;
        }
        access.runAs("petugas.palangkaraya", () -> {
            facilitators.assign(enrollment.get().getKey(), student.get(),
                    enrollment.get().getValue() ? "Didampingi mahasiswa Universitas Palangka Raya (MoU)" : null);
            return null;
        });
        access.runAs("mahasiswa.upr", () -> visits.record(enrollment.get().getKey(), new VisitData(UUID.nameUUIDFromBytes(("demo-upr-" + program).getBytes()),
                today.date().minusDays(3), "ONSITE", null, null,
                "Kunjungan pertama: pemetaan proses produksi dan kebutuhan izin; pemilik sudah punya NIB.",
                "Dapur belum dipisah dari ruang keluarga.", List.of())));
        log.info("Demo mode: Universitas Palangka Raya's MoU scope and document, and its student facilitating one UMKM Berdikari participant");
    }

    /** A one-page stand-in for the signed MoU scan. */
    private static byte[] mouPdf() {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("NOTA KESEPAHAMAN 012/UPR-BBPOM/MoU/2026"));
        document.add(new Paragraph("Balai Besar POM di Palangka Raya dan Universitas Palangka Raya: mahasiswa sebagai pendamping UMKM "
                + "dalam program UMKM Berdikari, Kota Palangka Raya. (Contoh data demo.)"));
        document.close();
        return out.toByteArray();
    }
}
