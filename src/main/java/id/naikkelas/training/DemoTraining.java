package id.naikkelas.training;

import id.naikkelas.common.Today;
import id.naikkelas.database.DemoMode;
import id.naikkelas.identity.Access;
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
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Demo mode only: events around today, so every training page has something to show and every seed
 * program has its training. A PKP held in Dumai six weeks ago (attendance taken on paper and recorded
 * afterwards with that reason, tested on paper, certificates issued: its certificates count for the P-IRT
 * pathway), SEDAP MALAM's socialisation running today (its door is open, so check-in can be tried), a
 * hybrid CPPOB bimtek in two weeks that is full with a waitlist (the demo owner holds a ticket), an online
 * halal socialisation by Bengkalis that Dumai's UMKM may join, a briefing in Palangka Raya with the
 * university whose students are the program's facilitators, Bandar Lampung's month of training and
 * Lampung's halal procedure training.
 */
@Component
@Order(40)
class DemoTraining implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);
    /** Dumai and Bengkalis are in Riau: western Indonesian time. */
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Access access;
    private final TrainingEvents events;
    private final Registrations registrations;
    private final Attendance attendance;
    private final Quizzes quizzes;
    private final Today today;
    private final Certificates certificates;

    DemoTraining(DemoMode demo, JdbcClient jdbc, Access access, TrainingEvents events, Registrations registrations, Attendance attendance,
                 Quizzes quizzes, Certificates certificates, Today today) {
        this.today = today;
        this.demo = demo;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.registrations = registrations;
        this.attendance = attendance;
        this.quizzes = quizzes;
        this.certificates = certificates;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("SELECT count(*) FROM training_event").query(Integer.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM registry_business WHERE region_code LIKE '14.72.%'").query(Integer.class).single() == 0) {
            return;
        }
        LocalDate today = this.today.date();
        access.runAs("petugas.dumai", () -> {
            heldPkp(today.minusWeeks(6));
            runningToday();
            fullBimtek(today.plusWeeks(2));
            return null;
        });
        access.runAs("petugas.bandarlampung", () -> {
            monthOfTraining(today.plusDays(3));
            return null;
        });
        access.runAs("petugas.lampung", () -> {
            halalProcedure(today.plusDays(12));
            return null;
        });
        access.runAs("petugas.bengkalis", () -> {
            onlineHalal(today.plusDays(9));
            return null;
        });
        access.runAs("petugas.palangkaraya", () -> {
            facilitatorBriefing(today.plusDays(5));
            return null;
        });
        log.info("Demo mode: created {} training events with {} registrations and {} certificates",
                jdbc.sql("SELECT count(*) FROM training_event").query(Integer.class).single(),
                jdbc.sql("SELECT count(*) FROM training_registration").query(Integer.class).single(),
                jdbc.sql("SELECT count(*) FROM training_certificate").query(Integer.class).single());
    }

    /** Twelve owners registered, ten came to both days, eight passed the post-test: eight certificates. */
    private void heldPkp(LocalDate first) {
        long id = events.create(new EventData(EventType.PKP, "Penyuluhan Keamanan Pangan bagi calon P-IRT Kota Dumai",
                "Materi wajib PKP untuk SPP-IRT: higiene dan sanitasi, bahan tambahan pangan, label dan iklan, CPPB-IRT.",
                null, List.of(agency("Dinas Kesehatan Kota Dumai")), List.of("Fasilitator Keamanan Pangan Dinkes", "Pengawas Pangan Loka POM"),
                EventMode.ON_SITE, "14.72", "Aula Loka POM di Kota Dumai, Jl. Sultan Syarif Kasim", null, 30,
                at(first.minusDays(3), 16), List.of(day(first), day(first.plusDays(1))), List.of(), Set.of(), null, null));
        var registered = registerAll(id, "14.72.%", 12);
        var event = events.get(id);
        int[] pre = {45, 60, 55, 40, 70, 50, 65, 35, 55, 60};
        int[] post = {80, 90, 75, 55, 95, 85, 70, 50, 80, 85};
        for (int i = 0; i < Math.min(10, registered.size()); i++) {
            var registration = registrations.get(registered.get(i));
            for (var session : event.sessions()) {
                attendance.recordLater(id, session.id(), registration.id(), "Daftar hadir kertas (ditandatangani peserta)");
            }
            quizzes.recordPaper(registration.id(), Quizzes.Kind.PRE, pre[i]);
            quizzes.recordPaper(registration.id(), Quizzes.Kind.POST, post[i]);
        }
        certificates.issue(id);
    }

    /** SEDAP MALAM's opening socialisation, on now: its door opened an hour ago, so a check-in can be tried. */
    private void runningToday() {
        var start = this.today.now().withMinute(0).withSecond(0).withNano(0).minusHours(1);
        long id = events.create(new EventData(EventType.SOCIALISATION, "Sosialisasi SEDAP MALAM: alur izin edar BPOM MD",
                "Pembukaan program: alur izin edar, peran pendamping, jadwal bimtek dan kunjungan.", program("SEDAP MALAM%"), List.of(),
                List.of("Tim Pelayanan Publik Loka POM di Kota Dumai"), EventMode.ON_SITE, "14.72", "Aula Loka POM di Kota Dumai", null, 40,
                start.minusHours(2), List.of(new EventData.Session(start, start.plusHours(8))), List.of("14.72"), Set.of(), null, null));
        var ids = new ArrayList<Long>();
        jdbc.sql("SELECT b.id FROM registry_business b JOIN identity_user u ON u.id = b.owner_user_id WHERE u.username = 'pemilik.demo'")
                .query(Long.class).optional().ifPresent(ids::add);
        ids.addAll(businesses("14.72.%", 0, 11));
        registrations.registerAll(id, ids);
    }

    /** Bandar Lampung's first month: four weekly days of training before six months of monitoring. */
    private void monthOfTraining(LocalDate first) {
        var days = List.of(day(first), day(first.plusWeeks(1)), day(first.plusWeeks(2)), day(first.plusWeeks(3)));
        events.create(new EventData(EventType.BIMTEK, "Pelatihan bulan pertama: manajemen usaha dan persiapan uji kompetensi BNSP",
                "Empat hari pelatihan: pembukuan, pemasaran ke hotel dan restoran, badan usaha (CV), persiapan uji kompetensi BNSP.",
                program("Pembinaan 120 UMKM%"), List.of(), List.of("Tim Dinas Koperasi, UKM, Perindustrian dan Perdagangan"), EventMode.ON_SITE,
                "18.71", "Gedung Pusiban, Kantor Wali Kota Bandar Lampung", null, 120, at(first.minusDays(1), 12), days, List.of("18.71"),
                Set.of(), 3, 60));
    }

    /** The province's halal movement starts with the procedure: online, for every regency. */
    private void halalProcedure(LocalDate day) {
        events.create(new EventData(EventType.HALAL_PROCEDURE, "Pelatihan prosedur sertifikasi halal self-declare",
                "Alur SIHALAL, pernyataan pelaku usaha, peran Pendamping Proses Produk Halal.", program("Gerakan Sertifikasi Halal%"),
                List.of(), List.of("Pendamping PPH Provinsi Lampung"), EventMode.ONLINE, "18", null, "https://zoom.us/j/1800202612", 200,
                at(day.minusDays(1), 12), List.of(new EventData.Session(at(day, 9), at(day, 12))), List.of("18"), Set.of(), null, null));
    }

    private Long program(String namePattern) {
        return jdbc.sql("SELECT id FROM programs_program WHERE name LIKE ?").param(namePattern).query(Long.class).optional().orElse(null);
    }

    /** Ten seats, twelve wanting them (the demo owner among the first): two wait. */
    private void fullBimtek(LocalDate first) {
        Long program = jdbc.sql("SELECT id FROM programs_program WHERE name LIKE 'SEDAP MALAM%'").query(Long.class).optional().orElse(null);
        long id = events.create(new EventData(EventType.BIMTEK, "Bimtek CPPOB: cara produksi pangan olahan yang baik",
                "Bimbingan teknis menuju izin edar BPOM MD: tata letak dapur, pencatatan produksi, pengendalian hama, penarikan produk. "
                        + "Peserta dari Bengkalis bergabung daring.",
                program, List.of(), List.of("Tim Inspeksi Loka POM di Kota Dumai"), EventMode.HYBRID, "14.72",
                "Hotel Grand Zuri Dumai, Ruang Melati", "https://meet.google.com/sdp-mlm-cpob", 10, at(first.minusDays(2), 16),
                List.of(day(first), day(first.plusDays(1))), List.of("14.72", "14.03"), Set.of(Sector.PROCESSED_FOOD, Sector.BEVERAGE),
                null, null));
        var ids = new ArrayList<Long>();
        jdbc.sql("SELECT b.id FROM registry_business b JOIN identity_user u ON u.id = b.owner_user_id WHERE u.username = 'pemilik.demo'")
                .query(Long.class).optional().ifPresent(ids::add);
        ids.addAll(businesses("14.72.%", 12, 11));
        registrations.registerAll(id, ids);
    }

    private void onlineHalal(LocalDate day) {
        long id = events.create(new EventData(EventType.HALAL_PROCEDURE, "Sosialisasi sertifikasi halal jalur self-declare",
                "Syarat, alur di SIHALAL, peran Pendamping Proses Produk Halal (P3H), dan kapan jalur reguler wajib.",
                program("Fasilitasi Sertifikasi Halal%"), List.of(),
                List.of("Pendamping PPH Kabupaten Bengkalis"), EventMode.ONLINE, "14.03", null, "https://zoom.us/j/1403202612", 100,
                at(day.minusDays(1), 12), List.of(new EventData.Session(at(day, 9), at(day, 12))), List.of("14.03", "14.72"), Set.of(),
                null, null));
        registerAll(id, "14.03.%", 6);
    }

    /** The university's students are the program's facilitators; they and the UMKM they mentor learn together. */
    private void facilitatorBriefing(LocalDate day) {
        Long program = jdbc.sql("SELECT id FROM programs_program WHERE name = 'UMKM Berdikari'").query(Long.class).optional().orElse(null);
        long id = events.create(new EventData(EventType.SOCIALISATION, "Pembekalan pendamping UMKM Berdikari",
                "Alur izin edar BPOM MD dan sertifikasi halal, cara mengisi kunjungan pendampingan, etika pendamping.", program,
                List.of(agency("Universitas Palangka Raya")), List.of("Balai Besar POM di Palangka Raya"), EventMode.ON_SITE, "62.71",
                "Aula Balai Besar POM di Palangka Raya", null, 40, at(day.minusDays(1), 12),
                List.of(new EventData.Session(at(day, 9), at(day, 13))), List.of(), Set.of(), null, null));
        registerAll(id, "62.71.%", 5);
    }

    private List<Long> registerAll(long eventId, String regionPattern, int count) {
        return registrations.registerAll(eventId, businesses(regionPattern, 0, count)).stream()
                .map(Registrations.Result::registrationId).filter(Objects::nonNull).toList();
    }

    /** Food businesses without an owner account (the demo owner's own is added by name where wanted). */
    private List<Long> businesses(String regionPattern, int skip, int count) {
        return jdbc.sql("""
                        SELECT b.id FROM registry_business b
                        WHERE b.region_code LIKE ? AND b.status <> 'INACTIVE' AND b.sector IN ('PROCESSED_FOOD', 'BEVERAGE')
                          AND b.owner_user_id IS NULL
                        ORDER BY b.id OFFSET ? LIMIT ?""")
                .params(regionPattern, skip, count).query(Long.class).list();
    }

    private long agency(String name) {
        return jdbc.sql("SELECT id FROM identity_agency WHERE name = ?").param(name).query(Long.class).single();
    }

    /** 08:00–15:00 WIB. */
    private static EventData.Session day(LocalDate date) {
        return new EventData.Session(at(date, 8), at(date, 15));
    }

    private static OffsetDateTime at(LocalDate date, int hour) {
        return OffsetDateTime.of(date, LocalTime.of(hour, 0), WIB);
    }
}
