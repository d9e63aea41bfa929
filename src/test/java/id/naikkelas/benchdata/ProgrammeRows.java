package id.naikkelas.benchdata;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Programs with their stages, enrolments, facilitator assignments, monitoring visits and follow-ups,
 * as {@code Enrollments}, {@code Facilitators} and {@code Visits} write them: a program's monitoring
 * visits planned at enrolment, past ones mostly done (a form token each, as the phone form sends),
 * some missed; an outcome ends the assignment with the outcome as its reason.
 */
final class ProgrammeRows {

    private static final String[] NOTES = {"Pendampingan penyusunan dokumen izin", "Cek kebersihan tempat produksi",
            "Diskusi desain label kemasan", "Pendampingan pengisian data OSS", "Evaluasi pencatatan keuangan sederhana",
            "Monitoring proses produksi", "Pendampingan pendaftaran SIHALAL", "Foto produk untuk katalog daring"};
    private static final String[] FINDINGS = {"Label belum mencantumkan tanggal kedaluwarsa", "Lantai produksi masih tanah",
            "Belum ada tempat cuci tangan", "Bahan baku disimpan di lantai", "Sudah siap diperiksa"};
    private static final String[] FOLLOW_UPS = {"Perbaiki label sesuai contoh", "Siapkan fotokopi KTP dan NIB",
            "Pasang tempat cuci tangan", "Ikuti penyuluhan keamanan pangan", "Unggah foto produk"};

    record Visit(LocalDate planned, LocalDate visited, String mode, String notes, String findings, UUID token, boolean followUp,
                 String followUpText, boolean owner, LocalDate followUpDone) {
    }

    private ProgrammeRows() {
    }

    static long writePrograms(World w, Connection connection) throws SQLException {
        var plan = w.programmes();
        try (var copy = new CopyRows(connection, "program", "id, agency_id, name, description, region_codes, region_code, starts_on, "
                + "target_permits, facilitation, caseload_cap, created_by, created_at")) {
            for (int g = 0; g < plan.programs(); g++) {
                int p = plan.provinceOfProgram(g);
                LocalDate start = w.daysAgo(plan.programAge[g]);
                String province = w.geo().provinceCode(p);
                copy.num(w.ids().of("program", g)).num(w.staff().agencyId(p))
                        .text("Pendampingan UMKM Naik Kelas " + w.geo().provinceName(p) + " Angkatan " + (g % plan.programsPerProvince + 1))
                        .text("Pendampingan UMKM pangan menuju P-IRT dan sertifikat halal: sosialisasi, enam bulan pendampingan, evaluasi.")
                        .array(List.of(province)).text(province).date(start).array(List.of("PIRT", "HALAL")).text("CASELOAD")
                        .num(ProgrammePlan.ACTIVE_PER_FACILITATOR + 5).text(w.staff().officer(p)).time(World.at(start.minusDays(14), 9, 0));
                copy.endRow();
            }
            return copy.finish();
        }
    }

    static long writeStages(World w, Connection connection) throws SQLException {
        try (var copy = new CopyRows(connection, "program_stage", "program_id, position, name, duration_days, visit_interval_days")) {
            for (int g = 0; g < w.programmes().programs(); g++) {
                long id = w.ids().of("program", g);
                copy.num(id).num(1).text("Sosialisasi dan pemetaan").num(ProgrammePlan.FIRST_STAGE_DAYS).text(null);
                copy.endRow();
                copy.num(id).num(2).text("Pendampingan dan monitoring").num(ProgrammePlan.MONITORING_DAYS).num(ProgrammePlan.VISIT_INTERVAL_DAYS);
                copy.endRow();
                copy.num(id).num(3).text("Evaluasi dan penyerahan izin").num(ProgrammePlan.LAST_STAGE_DAYS).text(null);
                copy.endRow();
            }
            return copy.finish();
        }
    }

    static long writeEnrollments(World w, Connection connection) throws SQLException {
        var plan = w.programmes();
        try (var copy = new CopyRows(connection, "enrollment", "id, program_id, business_id, region_code, status, stage_position, "
                + "stage_started_on, reason, applied_by, decided_by, created_at, version")) {
            for (int k = 0; k < plan.enrollments; k++) {
                int business = plan.business[k];
                int status = plan.status[k];
                LocalDate enrolled = w.daysAgo(plan.age[k]);
                boolean staged = status != ProgrammePlan.APPLIED && status != ProgrammePlan.DECLINED;
                int days = (plan.endAge[k] >= 0 ? plan.age[k] - plan.endAge[k] : plan.age[k]);
                int stage = days < ProgrammePlan.FIRST_STAGE_DAYS ? 1 : days < ProgrammePlan.FIRST_STAGE_DAYS + ProgrammePlan.MONITORING_DAYS ? 2 : 3;
                LocalDate stageStart = enrolled.plusDays(stage == 1 ? 0 : stage == 2 ? ProgrammePlan.FIRST_STAGE_DAYS
                        : ProgrammePlan.FIRST_STAGE_DAYS + ProgrammePlan.MONITORING_DAYS);
                String reason = status == ProgrammePlan.DECLINED ? "Belum memenuhi kriteria program"
                        : status == ProgrammePlan.WITHDRAWN ? "Usaha berhenti produksi sementara" : null;
                String officer = w.officerOfBusiness(business);
                boolean outcome = plan.endAge[k] >= 0;
                copy.num(w.ids().of("enrollment", k)).num(w.ids().of("program", plan.program[k])).num(w.ids().of("business", business))
                        .text(w.regionOfBusiness(business)).text(ProgrammePlan.STATUSES[status]).num(staged ? (Integer) stage : null)
                        .date(staged ? stageStart : null).text(reason).text(officer).text(status == ProgrammePlan.APPLIED ? null : officer)
                        .time(World.at(enrolled, 9, 0)).num(staged ? stage - 1 + (outcome ? 1 : 0) : status == ProgrammePlan.DECLINED ? 1 : 0);
                copy.endRow();
            }
            return copy.finish();
        }
    }

    static long writeAssignments(World w, Connection connection) throws SQLException {
        var plan = w.programmes();
        long id = 0;
        try (var copy = new CopyRows(connection, "assignment",
                "id, enrollment_id, facilitator_id, assigned_by, assigned_at, ended_at, ended_reason")) {
            for (int k = 0; k < plan.enrollments; k++) {
                if (!plan.assigned(k)) {
                    continue;
                }
                int p = plan.provinceOfProgram(plan.program[k]);
                boolean ended = plan.endAge[k] >= 0;
                copy.num(w.ids().of("assignment", id++)).num(w.ids().of("enrollment", k)).num(w.staff().facilitatorId(p, plan.facilitatorSlot[k]))
                        .text(w.staff().officer(p)).time(World.at(w.daysAgo(plan.age[k]), 11, 0))
                        .time(ended ? World.at(w.daysAgo(plan.endAge[k]), 16, 0) : null)
                        .text(ended ? ProgrammePlan.STATUSES[plan.status[k]] : null);
                copy.endRow();
            }
            return copy.finish();
        }
    }

    /** The v-th planned visit of enrolment k and what became of it. */
    static Visit visit(World w, int k, int v) {
        var plan = w.programmes();
        SplittableRandom r = Rng.of(w.seed(), Rng.Stream.VISIT, plan.visitStart[k] + v);
        LocalDate enrolled = w.daysAgo(plan.age[k]);
        LocalDate planned = enrolled.plusDays(ProgrammePlan.FIRST_STAGE_DAYS + (long) ProgrammePlan.VISIT_INTERVAL_DAYS * (v + 1));
        LocalDate last = plan.endAge[k] >= 0 ? w.daysAgo(plan.endAge[k]) : w.asOf();
        if (planned.isAfter(last) || !Rng.chance(r, 0.9)) {
            return new Visit(planned, null, null, null, null, null, false, null, false, null);
        }
        LocalDate visited = planned.plusDays(r.nextInt(7) - 3);
        visited = visited.isAfter(last) ? last : visited.isBefore(enrolled) ? enrolled : visited;
        String mode = Rng.chance(r, 0.8) ? "ONSITE" : "ONLINE";
        String findings = Rng.chance(r, 0.3) ? Rng.pick(r, FINDINGS) : null;
        var token = new UUID(r.nextLong(), r.nextLong());
        boolean followUp = Rng.chance(r, 0.2);
        LocalDate due = visited.plusDays(14);
        LocalDate done = followUp && due.isBefore(w.asOf()) && Rng.chance(r, 0.8) ? visited.plusDays(1 + r.nextInt(14)) : null;
        return new Visit(planned, visited, mode, Rng.pick(r, NOTES), findings, token, followUp, Rng.pick(r, FOLLOW_UPS),
                Rng.chance(r, 0.7), done);
    }

    static long writeVisits(World w, Connection connection) throws SQLException {
        var plan = w.programmes();
        try (var copy = new CopyRows(connection, "visit", "id, enrollment_id, business_id, region_code, planned_on, visited_on, mode, "
                + "notes, findings, status, facilitator, client_token, created_at")) {
            for (int k = 0; k < plan.enrollments; k++) {
                if (!plan.assigned(k)) {
                    continue;
                }
                int business = plan.business[k];
                int p = plan.provinceOfProgram(plan.program[k]);
                String facilitator = w.staff().facilitator(p, plan.facilitatorSlot[k]);
                var created = World.at(w.daysAgo(plan.age[k]), 9, 0);
                for (int v = 0; v < ProgrammePlan.VISITS; v++) {
                    var visit = visit(w, k, v);
                    boolean done = visit.visited() != null;
                    copy.num(w.ids().of("visit", plan.visitStart[k] + v)).num(w.ids().of("enrollment", k)).num(w.ids().of("business", business))
                            .text(w.regionOfBusiness(business)).date(visit.planned()).date(visit.visited()).text(visit.mode())
                            .text(visit.notes()).text(visit.findings()).text(done ? "DONE" : "PLANNED").text(done ? facilitator : null)
                            .text(done ? visit.token().toString() : null).time(created);
                    copy.endRow();
                }
            }
            return copy.finish();
        }
    }

    static long writeFollowUps(World w, Connection connection) throws SQLException {
        var plan = w.programmes();
        long id = 0;
        try (var copy = new CopyRows(connection, "follow_up",
                "id, visit_id, enrollment_id, description, due_on, responsible, done_at, done_by")) {
            for (int k = 0; k < plan.enrollments; k++) {
                if (!plan.assigned(k)) {
                    continue;
                }
                String facilitator = w.staff().facilitator(plan.provinceOfProgram(plan.program[k]), plan.facilitatorSlot[k]);
                for (int v = 0; v < ProgrammePlan.VISITS; v++) {
                    var visit = visit(w, k, v);
                    if (!visit.followUp()) {
                        continue;
                    }
                    boolean done = visit.followUpDone() != null;
                    copy.num(w.ids().of("follow_up", id++)).num(w.ids().of("visit", plan.visitStart[k] + v)).num(w.ids().of("enrollment", k))
                            .text(visit.followUpText()).date(visit.visited().plusDays(14)).text(visit.owner() ? "OWNER" : "FACILITATOR")
                            .time(done ? World.at(visit.followUpDone(), 12, 0) : null).text(done ? facilitator : null);
                    copy.endRow();
                }
            }
            return copy.finish();
        }
    }
}
