package id.naikkelas.programs;

import id.naikkelas.database.DemoMode;
import id.naikkelas.identity.Access;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Sector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Demo mode only: the five programs of the seed articles, in their real shapes, with participants. */
@Component
@Order(30)
class DemoPrograms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPrograms.class);

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Access access;
    private final Programs programs;
    private final Enrollments enrollments;
    private final Facilitators facilitators;

    DemoPrograms(DemoMode demo, JdbcClient jdbc, Access access, Programs programs, Enrollments enrollments, Facilitators facilitators) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.access = access;
        this.programs = programs;
        this.enrollments = enrollments;
        this.facilitators = facilitators;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("SELECT count(*) FROM program").query(Integer.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM registry_business").query(Integer.class).single() == 0) {
            return;
        }
        LocalDate start = LocalDate.of(2026, 8, 3);
        long sedap = program("manajer.dumai", new ProgramData("SEDAP MALAM (Sinergi Edukasi dan Pendampingan UMKM Pangan Olahan)",
                "Pendampingan dan pembinaan UMKM pangan olahan Kota Dumai menuju izin edar BPOM MD: sosialisasi, bimbingan teknis CPPOB, "
                        + "pelayanan prima, dan sinkronisasi data dengan dinas terkait.",
                List.of("14.72"), start, 40, Set.of(PermitType.BPOM_MD, PermitType.PIRT), Facilitation.CASELOAD, 5,
                Set.of(Sector.PROCESSED_FOOD, Sector.BEVERAGE), Set.of(),
                List.of(new ProgramData.Stage("Sosialisasi", 7, null), new ProgramData.Stage("Bimtek CPPOB", 30, null),
                        new ProgramData.Stage("Pendampingan izin edar", 90, 30), new ProgramData.Stage("Pemeriksaan sarana", 30, null)),
                List.of(partner("Dinas Kesehatan Kota Dumai", "B/045/LPOM-DMI/2026", start.minusMonths(1), start.plusYears(1),
                        "penyuluhan keamanan pangan dan pemeriksaan sarana"))));
        long berdikari = program("petugas.palangkaraya", new ProgramData("UMKM Berdikari",
                "Pendampingan intensif gratis: satu UMKM satu pendamping, bersama pemerintah daerah, perguruan tinggi, swasta dan Pramuka; "
                        + "penyerahan nomor izin dan penghargaan bagi UMKM berprestasi.",
                List.of("62"), start, 30, Set.of(PermitType.BPOM_MD, PermitType.HALAL), Facilitation.ONE_TO_ONE, 1, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pemetaan dan sosialisasi", 14, null), new ProgramData.Stage("Pendampingan satu-satu", 120, 30),
                        new ProgramData.Stage("Penyerahan izin", 14, null)),
                List.of(partner("Universitas Palangka Raya", "012/UPR-BBPOM/MoU/2026", start.minusMonths(2), start.plusYears(2), "mahasiswa pendamping"),
                        partner("Kwartir Daerah Gerakan Pramuka Kalimantan Tengah", "07/KWARDA-BBPOM/2026", start.minusMonths(2),
                                start.plusYears(1), "Pramuka sebagai pendamping UMKM"))));
        long bengkalis = program("petugas.bengkalis", new ProgramData("Fasilitasi Sertifikasi Halal dan P-IRT Bengkalis 2026",
                "Dinas Koperasi dan UKM memfasilitasi pengurusan sertifikat halal dan P-IRT atas nama pelaku usaha, "
                        + "dengan pendataan UMKM yang akurat dan kemitraan dengan Kadin.",
                List.of("14.03"), start, 60, Set.of(PermitType.HALAL, PermitType.PIRT), Facilitation.CASELOAD, 10,
                Set.of(Sector.PROCESSED_FOOD, Sector.BEVERAGE), Set.of(BusinessScale.MIKRO, BusinessScale.KECIL),
                List.of(new ProgramData.Stage("Sosialisasi", 7, null), new ProgramData.Stage("Pengurusan izin", 90, 30),
                        new ProgramData.Stage("Evaluasi tahunan", 30, null)),
                List.of(partner("Kadin Kabupaten Bengkalis", "15/KADIN-BKS/MoU/2026", start.minusMonths(3), start.plusYears(1), "akses pasar dan ekspor"))));
        long bandarLampung = program("petugas.bandarlampung", new ProgramData("Pembinaan 120 UMKM Kota Bandar Lampung",
                "Satu bulan pelatihan lalu enam bulan monitoring, menuju sertifikasi kompetensi BNSP dan badan usaha (CV); "
                        + "UMKM binaan dihubungkan dengan hotel dan restoran.",
                List.of("18.71"), start, 120, Set.of(PermitType.BNSP), Facilitation.CASELOAD, 20, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pelatihan", 30, null), new ProgramData.Stage("Monitoring", 180, 30)), List.of()));
        long lampung = program("petugas.lampung", new ProgramData("Gerakan Sertifikasi Halal UMKM Provinsi Lampung",
                "Pelatihan prosedur sertifikasi halal, fasilitasi izin BPOM untuk ekspor, dan pemasaran digital.",
                List.of("18"), start, 200, Set.of(PermitType.HALAL, PermitType.BPOM_MD), Facilitation.CASELOAD, 15,
                Set.of(Sector.PROCESSED_FOOD, Sector.BEVERAGE), Set.of(BusinessScale.MIKRO, BusinessScale.KECIL),
                List.of(new ProgramData.Stage("Pelatihan prosedur halal", 14, null), new ProgramData.Stage("Pendampingan self-declare", 60, 30),
                        new ProgramData.Stage("Pemasaran digital", 30, null)), List.of()));

        enrollAll("manajer.dumai", sedap, "14.72.%", 12);
        enrollAll("petugas.palangkaraya", berdikari, "62.71.%", 8);
        enrollAll("petugas.bengkalis", bengkalis, "14.03.%", 15);
        enrollAll("petugas.bandarlampung", bandarLampung, "18.71.%", 120);
        enrollAll("petugas.lampung", lampung, "18.0%", 20);
        assignAll("manajer.dumai", sedap, "dumai", 5);
        assignAll("petugas.palangkaraya", berdikari, "palangkaraya", 1);
        assignAll("petugas.bengkalis", bengkalis, "bengkalis", 10);
        // Bandar Lampung's facilitators each take twenty, as the program's caseload says (the default capacity is ten)
        jdbc.sql("""
                        INSERT INTO facilitator_profile (user_id, organisation, capacity)
                        SELECT u.id, a.name, 20 FROM identity_user u JOIN identity_agency a ON a.id = u.agency_id
                        WHERE u.username ~ '^pendamping[0-9]*\\.bandarlampung$' ON CONFLICT DO NOTHING""").update();
        assignAll("petugas.bandarlampung", bandarLampung, "bandarlampung", 20);
        assignAll("petugas.lampung", lampung, "lampung", 10); // the default capacity of ten is below the cap of fifteen
        log.info("Demo mode: created the five seed programs with {} participants",
                jdbc.sql("SELECT count(*) FROM enrollment").query(Integer.class).single());
    }

    /** Every participant gets one of the place's demo facilitators (pendamping.{place}, pendamping2.{place}, …), each filled up to its cap. */
    private void assignAll(String manager, long programId, String place, int each) {
        var people = jdbc.sql("SELECT id FROM identity_user WHERE username ~ ? ORDER BY length(username), username")
                .param("^pendamping[0-9]*\\." + place + "$").query(Long.class).list();
        var participants = jdbc.sql("SELECT id FROM enrollment WHERE program_id = ? AND status = 'ENROLLED' ORDER BY id")
                .param(programId).query(Long.class).list();
        access.runAs(manager, () -> {
            for (int i = 0; i < participants.size() && i / each < people.size(); i++) {
                facilitators.assign(participants.get(i), people.get(i / each), null);
            }
            return null;
        });
    }

    private long program(String manager, ProgramData data) {
        return access.runAs(manager, () -> programs.create(data));
    }

    private ProgramData.Partner partner(String agency, String mou, LocalDate signed, LocalDate expires, String scope) {
        long id = jdbc.sql("SELECT id FROM identity_agency WHERE name = ?").param(agency).query(Long.class).single();
        return new ProgramData.Partner(id, null, mou, signed, scope, expires);
    }

    /** Enrols the eligible businesses of a region pattern (those not eligible are skipped by the service with reasons). */
    private List<Long> enrollAll(String manager, long programId, String regionPattern, int limit) {
        var ids = jdbc.sql("SELECT id FROM registry_business WHERE region_code LIKE ? AND status <> 'INACTIVE' ORDER BY id LIMIT ?")
                .params(regionPattern, limit).query(Long.class).list();
        return access.runAs(manager, () -> enrollments.enroll(programId, ids).stream().filter(Enrollments.Result::enrolled)
                .map(Enrollments.Result::businessId).toList());
    }
}
