package id.naikkelas.programs;

import id.naikkelas.TestClock;
import id.naikkelas.common.Today;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ProgramsTest {

    @Autowired
    private Today today;
    @Autowired
    private TestClock clock;

    static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Programs programs;
    @Autowired
    Enrollments enrollments;
    @Autowired
    Facilitators facilitators;
    @Autowired
    Visits visits;
    @Autowired
    Businesses businesses;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aListCarriesEachProgramsOwnStagesPartnersAndCountAsItsPageDoes() {
        var listed = AsUser.call("petugas.palangkaraya", () -> programs.list()).stream()
                .filter(p -> p.name().equals("UMKM Berdikari")).findFirst().orElseThrow();
        assertThat(listed.stages()).extracting(ProgramView.StageView::name)
                .containsExactly("Pemetaan dan sosialisasi", "Pendampingan satu-satu", "Penyerahan izin");
        assertThat(listed.partners()).extracting(ProgramView.PartnerView::agencyName)
                .containsExactly("Kwartir Daerah Gerakan Pramuka Kalimantan Tengah", "Universitas Palangka Raya");
        assertThat(listed.enrolled()).isEqualTo(jdbc.sql("""
                        SELECT count(*) FROM enrollment WHERE program_id = ? AND status NOT IN ('APPLIED', 'DECLINED', 'WITHDRAWN')""")
                .param(listed.id()).query(Integer.class).single()).isPositive();
        assertThat(AsUser.call("petugas.palangkaraya", () -> programs.get(listed.id()))).isEqualTo(listed);
    }

    @Test
    void eligibilityIsCheckedPerBusinessWithClearReasons() {
        long program = program("Uji Kelayakan", Facilitation.CASELOAD, 2, 2, Set.of(Sector.PROCESSED_FOOD), Set.of(BusinessScale.MIKRO));
        long food = business("Kerupuk Patin Layak", Sector.PROCESSED_FOOD, "62.71.01.1003", "90000000");
        long batik = business("Batik Benang Bintik Uji", Sector.BATIK, "62.71.01.1003", "90000000");
        long noScale = business("Amplang Tanpa Omzet", Sector.PROCESSED_FOOD, "62.71.01.1003", null);
        long big = business("Pabrik Kerupuk Besar", Sector.PROCESSED_FOOD, "62.71.01.1003", "20000000000");
        long outside = AsUser.call("petugas.bengkalis", () -> businesses.register(data("Dodol Luar Wilayah", Sector.PROCESSED_FOOD, "14.03.01.2004", "1000"), null));

        var results = AsUser.call("petugas.palangkaraya", () -> enrollments.enroll(program, List.of(food, batik, noScale, big)));
        assertThat(results).extracting(Enrollments.Result::enrolled).containsExactly(true, false, false, false);
        assertThat(results.get(1).reasons()).extracting(InvalidInput.Violation::code).containsExactly("programs.eligibility.sector");
        assertThat(results.get(2).reasons()).extracting(InvalidInput.Violation::code).containsExactly("programs.eligibility.scale");
        assertThat(results.get(3).reasons()).extracting(InvalidInput.Violation::code).containsExactly("programs.eligibility.scale");
        assertThatThrownBy(() -> AsUser.call("petugas.palangkaraya", () -> enrollments.enroll(program, List.of(outside))))
                .as("a business the officer cannot see").isInstanceOf(NotFound.class);

        assertThat(AsUser.call("petugas.palangkaraya", () -> enrollments.enroll(program, List.of(food))).get(0).reasons())
                .extracting(InvalidInput.Violation::code).containsExactly("programs.eligibility.already");
        long second = business("Kerupuk Haruan Kedua", Sector.PROCESSED_FOOD, "62.71.01.1003", "50000000");
        long third = business("Kerupuk Haruan Ketiga", Sector.PROCESSED_FOOD, "62.71.01.1003", "50000000");
        var full = AsUser.call("petugas.palangkaraya", () -> enrollments.enroll(program, List.of(second, third)));
        assertThat(full.get(0).enrolled()).isTrue();
        assertThat(full.get(1).reasons()).extracting(InvalidInput.Violation::code).containsExactly("programs.eligibility.full");
    }

    @Test
    void oneToOneProgramsNeverGiveAFacilitatorASecondBusinessAndReassignmentKeepsHistory() {
        long program = program("Uji Satu Satu", Facilitation.ONE_TO_ONE, null, null, Set.of(), Set.of());
        long a = business("Madu Kelulut A", Sector.PROCESSED_FOOD, "62.71.01.1003", "1000000");
        long b = business("Madu Kelulut B", Sector.PROCESSED_FOOD, "62.71.01.1003", "1000000");
        AsUser.run("petugas.palangkaraya", () -> enrollments.enroll(program, List.of(a, b)));
        long ea = enrollment(program, a);
        long eb = enrollment(program, b);
        long first = facilitator("pendamping.uji." + SERIAL.incrementAndGet());
        long other = facilitator("pendamping.uji." + SERIAL.incrementAndGet());

        AsUser.run("petugas.palangkaraya", () -> facilitators.assign(ea, first, null));
        var suggestions = AsUser.call("petugas.palangkaraya", () -> facilitators.suggestions(eb));
        assertThat(suggestions.stream().filter(s -> s.userId() == first).findFirst().orElseThrow().available()).isFalse();
        assertThatThrownBy(() -> AsUser.run("petugas.palangkaraya", () -> facilitators.assign(eb, first, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("programs.facilitator.programCap"));

        assertThatThrownBy(() -> AsUser.run("petugas.palangkaraya", () -> facilitators.assign(ea, other, null)))
                .as("a reassignment needs a reason").isInstanceOf(InvalidInput.class);
        AsUser.run("petugas.palangkaraya", () -> facilitators.assign(ea, other, "pendamping pindah tugas"));
        AsUser.run("petugas.palangkaraya", () -> facilitators.assign(eb, first, null));
        var history = AsUser.call("petugas.palangkaraya", () -> facilitators.history(ea));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).endedReason()).isEqualTo("pendamping pindah tugas");
        assertThat(history.get(1).endedAt()).isNull();
    }

    @Test
    void aFacilitatorsOwnCapacityLimitsAssignmentsAcrossPrograms() {
        long program = program("Uji Kapasitas", Facilitation.CASELOAD, null, 5, Set.of(), Set.of());
        long a = business("Lempok Kapasitas A", Sector.PROCESSED_FOOD, "62.71.01.1003", "1000000");
        long b = business("Lempok Kapasitas B", Sector.PROCESSED_FOOD, "62.71.01.1003", "1000000");
        AsUser.run("petugas.palangkaraya", () -> enrollments.enroll(program, List.of(a, b)));
        long facilitator = facilitator("pendamping.kapasitas." + SERIAL.incrementAndGet());
        String username = jdbc.sql("SELECT username FROM app_user WHERE id = ?").param(facilitator).query(String.class).single();
        AsUser.run(username, () -> facilitators.saveMyProfile(new Facilitators.Profile("LP3H Uji", "PPH-62-0001", List.of("62.71"), 1)));
        assertThat(AsUser.call(username, () -> facilitators.myProfile()).credentials()).isEqualTo("PPH-62-0001");

        AsUser.run("petugas.palangkaraya", () -> facilitators.assign(enrollment(program, a), facilitator, null));
        assertThatThrownBy(() -> AsUser.run("petugas.palangkaraya", () -> facilitators.assign(enrollment(program, b), facilitator, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("programs.facilitator.capacity"));
        assertThatThrownBy(() -> AsUser.run(username, () -> facilitators.saveMyProfile(new Facilitators.Profile(null, null, List.of("99.99"), 0))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::field)
                        .containsExactly("capacity", "regionCodes"));
    }

    @Test
    void theMonitoringScheduleFollowsTheProgramAndAVisitIsRecordedOnceWhateverTheRetries() {
        long program = program("Uji Jadwal", Facilitation.CASELOAD, null, 5, Set.of(), Set.of());
        long business = business("Rotan Anyaman Jadwal", Sector.HANDICRAFT, "62.71.01.1003", "1000000");
        AsUser.run("petugas.palangkaraya", () -> enrollments.enroll(program, List.of(business)));
        long enrollment = enrollment(program, business);
        var planned = jdbc.sql("SELECT planned_on FROM visit WHERE enrollment_id = ? ORDER BY planned_on").param(enrollment)
                .query(LocalDate.class).list();
        LocalDate monitoringStart = this.today.date().plusDays(30);
        assertThat(planned).containsExactly(monitoringStart.plusDays(30), monitoringStart.plusDays(60), monitoringStart.plusDays(90),
                monitoringStart.plusDays(120), monitoringStart.plusDays(150), monitoringStart.plusDays(180));

        long dewi = facilitator("pendamping.jadwal." + SERIAL.incrementAndGet());
        AsUser.run("petugas.palangkaraya", () -> facilitators.assign(enrollment, dewi, null));
        var token = UUID.randomUUID();
        var visit = new VisitData(token, this.today.date(), "ONSITE", new BigDecimal("-2.209000"), new BigDecimal("113.913000"),
                "Dapur bersih, kemasan belum berlabel", "Label belum ada",
                List.of(new VisitData.FollowUpData("Buat rancangan label", this.today.date().plusDays(14), "OWNER")));
        String username = jdbc.sql("SELECT username FROM app_user WHERE id = ?").param(dewi).query(String.class).single();
        long id = AsUser.call(username, () -> visits.record(enrollment, visit));
        assertThat(AsUser.call(username, () -> visits.record(enrollment, visit))).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM visit WHERE enrollment_id = ? AND status = 'DONE'").param(enrollment).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up WHERE enrollment_id = ?").param(enrollment).query(Integer.class).single()).isEqualTo(1);

        assertThat(AsUser.call(username, () -> enrollments.assignedToMe())).singleElement()
                .satisfies(w -> assertThat(w.missedVisits()).isZero());
        // three days after the next planned visit, nobody having gone: it is missed
        var next = jdbc.sql("SELECT min(planned_on) FROM visit WHERE enrollment_id = ? AND status = 'PLANNED'").param(enrollment)
                .query(LocalDate.class).single();
        clock.setJakarta(next.plusDays(3).atTime(9, 0));
        try {
            var worklist = AsUser.call(username, () -> enrollments.assignedToMe());
            assertThat(worklist).singleElement().satisfies(w -> {
                assertThat(w.missedVisits()).isEqualTo(1);
                assertThat(w.openFollowUps()).isEqualTo(1);
            });
        } finally {
            clock.reset();
        }
    }

    @Test
    void facilitatorsSeeOnlyAssignedBusinessesAndPartnersOnlyTheirPrograms() {
        long program = program("Uji Akses Program", Facilitation.CASELOAD, null, 5, Set.of(), Set.of());
        long business = business("Keripik Kalakai Akses", Sector.PROCESSED_FOOD, "62.71.01.1003", "1000000");
        AsUser.run("petugas.palangkaraya", () -> enrollments.enroll(program, List.of(business)));
        long unassigned = facilitator("pendamping.akses." + SERIAL.incrementAndGet());
        String name = jdbc.sql("SELECT username FROM app_user WHERE id = ?").param(unassigned).query(String.class).single();
        assertThat(AsUser.call(name, () -> enrollments.assignedToMe())).isEmpty();
        assertThatThrownBy(() -> AsUser.call(name, () -> programs.get(program))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(name, () -> visits.record(enrollment(program, business),
                new VisitData(UUID.randomUUID(), this.today.date(), "ONLINE", null, null, "catatan", null, List.of()))))
                .as("not assigned: the program is not even visible").isInstanceOf(NotFound.class);

        assertThat(AsUser.call("mitra.demo", () -> programs.list())).extracting(ProgramView::name)
                .contains("UMKM Berdikari").doesNotContain("SEDAP MALAM (Sinergi Edukasi dan Pendampingan UMKM Pangan Olahan)", "Uji Akses Program");
        assertThat(AsUser.call("manajer.dumai", () -> programs.list())).extracting(ProgramView::name)
                .doesNotContain("UMKM Berdikari", "Uji Akses Program");
        assertThatThrownBy(() -> AsUser.call("manajer.dumai", () -> programs.get(program))).isInstanceOf(NotFound.class);
    }

    /** The permit advice reads a program's targets (BNSP for the Bandar Lampung program) for the businesses in it. */
    @Test
    void theTargetsOfTheProgramsABusinessTakesPartInAreKnownForItsPermitAdvice() {
        long program = program("Program BNSP", Facilitation.ONE_TO_ONE, null, null, Set.of(), Set.of(), Set.of(PermitType.BNSP, PermitType.HALAL));
        long business = business("Keripik Target BNSP", Sector.PROCESSED_FOOD, "62.71.01.1002", "50000000");
        assertThat(enrollments.targetPermitsOf(business)).isEmpty();
        AsUser.run("petugas.palangkaraya", () -> enrollments.enroll(program, List.of(business)));
        assertThat(enrollments.targetPermitsOf(business)).containsExactlyInAnyOrder(PermitType.BNSP, PermitType.HALAL);
    }

    private long program(String name, Facilitation facilitation, Integer capacity, Integer cap, Set<Sector> sectors, Set<BusinessScale> scales) {
        return program(name, facilitation, capacity, cap, sectors, scales, Set.of(PermitType.PIRT));
    }

    private long program(String name, Facilitation facilitation, Integer capacity, Integer cap, Set<Sector> sectors, Set<BusinessScale> scales,
                         Set<PermitType> targets) {
        var data = new ProgramData(name + " " + SERIAL.incrementAndGet(), "uji", List.of("62.71"), this.today.date(), capacity,
                targets, facilitation, cap, sectors, scales,
                List.of(new ProgramData.Stage("Pelatihan", 30, null), new ProgramData.Stage("Monitoring", 180, 30)), List.of());
        return AsUser.call("petugas.palangkaraya", () -> programs.create(data));
    }

    private long business(String name, Sector sector, String village, String sales) {
        return AsUser.call("petugas.palangkaraya", () -> businesses.register(data(name, sector, village, sales), null));
    }

    private static BusinessData data(String name, Sector sector, String village, String sales) {
        return new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(), sector, "Jl. Uji", village, null, null, 2, 2020,
                null, sales == null ? null : new BigDecimal(sales), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Pemilik " + name, null, null, null, null));
    }

    private long enrollment(long program, long business) {
        return jdbc.sql("SELECT id FROM enrollment WHERE program_id = ? AND business_id = ?").params(program, business).query(Long.class).single();
    }

    private long facilitator(String username) {
        long agency = jdbc.sql("SELECT id FROM agency WHERE name = 'Balai Besar POM di Palangka Raya'").query(Long.class).single();
        return accounts.create(new Accounts.NewUser(username, "Pendamping " + username, null, null, "Lapangan-Uji-Kopi-1", agency,
                Set.of(Role.FACILITATOR), List.of()));
    }
}
