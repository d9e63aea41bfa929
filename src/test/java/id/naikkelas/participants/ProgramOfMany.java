package id.naikkelas.participants;

import id.naikkelas.AsUser;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.programs.Enrollments;
import id.naikkelas.programs.ProgramData;
import id.naikkelas.programs.Programs;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Sector;
import id.naikkelas.training.EventData;
import id.naikkelas.training.EventMode;
import id.naikkelas.training.EventType;
import id.naikkelas.training.TrainingEvents;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A program of Kota Bandar Lampung (18.71) run by its manager, made for a test: its own businesses registered and
 * enrolled, facilitators of the agency with a stated capacity, and a training event of the program whose one
 * session is on now. Each call makes new ones (names carry a stamp), so tests never share them.
 */
record ProgramOfMany(long programId, List<Long> businessIds, List<String> facilitators, long eventId, long sessionId) {

    static final String MANAGER = "petugas.bandarlampung";
    /** Participants per facilitator in the program (caseload cap). */
    static final int CAP = 30;

    static ProgramOfMany make(JdbcClient jdbc, Programs programs, Enrollments enrollments, Businesses businesses, Accounts accounts,
                              TrainingEvents events, int participants, int facilitatorCount, LocalDate today, OffsetDateTime now) {
        String stamp = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String village = jdbc.sql("SELECT code FROM region WHERE code LIKE '18.71.%' AND length(code) = 13 ORDER BY code LIMIT 1")
                .query(String.class).single();
        var ids = new ArrayList<Long>();
        AsUser.run(MANAGER, () -> {
            for (int i = 0; i < participants; i++) {
                String name = String.format("Usaha Binaan %03d %s", i + 1, stamp);
                ids.add(businesses.register(new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD,
                        "Jl. Uji " + (i + 1), village, null, null, 2, 2021, null, new BigDecimal("90000000"), Premises.RESIDENCE,
                        Equipment.MANUAL, 1, 1, new BusinessData.OwnerData("Pemilik " + (i + 1) + " " + stamp, null, null, null, null)), null));
            }
        });
        var data = new ProgramData("Pembinaan " + participants + " UMKM " + stamp, "Pelatihan sebulan, monitoring enam bulan, lalu BNSP.",
                List.of("18.71"), today, null, Set.of(PermitType.PIRT), id.naikkelas.programs.Facilitation.CASELOAD, CAP, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pelatihan", 30, null), new ProgramData.Stage("Monitoring", 180, 30),
                        new ProgramData.Stage("Sertifikasi BNSP", 30, null)), List.of());
        long programId = AsUser.call(MANAGER, () -> programs.create(data));
        AsUser.run(MANAGER, () -> enrollments.enroll(programId, ids));

        long agency = jdbc.sql("SELECT agency_id FROM app_user WHERE username = ?").param(MANAGER).query(Long.class).single();
        var names = new ArrayList<String>();
        for (int f = 0; f < facilitatorCount; f++) {
            String username = "pdp." + stamp + "." + f;
            accounts.create(new Accounts.NewUser(username, "Pendamping " + (char) ('A' + f) + " " + stamp, null, null, "Lapangan-Uji-Kopi-42",
                    agency, Set.of(Role.FACILITATOR), List.of()));
            jdbc.sql("""
                            INSERT INTO facilitator_profile (user_id, organisation, region_codes, capacity)
                            SELECT id, 'Dinas', '{18.71}', 40 FROM app_user WHERE username = ?""").param(username).update();
            names.add(username);
        }
        var start = now.minus(Duration.ofMinutes(10));
        long eventId = AsUser.call(MANAGER, () -> events.create(new EventData(EventType.BIMTEK, "Bimtek Keamanan Pangan " + stamp,
                "Cara produksi pangan yang baik.", programId, List.of(), List.of("Narasumber Dinas"), EventMode.ON_SITE, "18.71",
                "Aula Dinas Koperasi", null, participants + 30, start.minus(Duration.ofDays(1)),
                List.of(new EventData.Session(start, start.plus(Duration.ofHours(3)))), List.of("18.71"), Set.of(), null, null)));
        long sessionId = jdbc.sql("SELECT id FROM training_session WHERE event_id = ? ORDER BY position LIMIT 1").param(eventId)
                .query(Long.class).single();
        return new ProgramOfMany(programId, ids, names, eventId, sessionId);
    }
}
