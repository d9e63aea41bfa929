package id.naikkelas.programs;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seed program of demo mode can be walked end to end by its demo people: each participant has a facilitator
 * within the program's cap and the facilitator's capacity, the program has a training event, and its manager moves a
 * participant on while its facilitator records a visit from the worklist.
 */
@IntegrationTest
class DemoProgramsWalkTest {

    record Seed(String namePrefix, String manager, String facilitator) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("SEDAP MALAM", "manajer.dumai", "pendamping.dumai"),
            new Seed("UMKM Berdikari", "petugas.palangkaraya", "pendamping.palangkaraya"),
            new Seed("Fasilitasi Sertifikasi Halal dan P-IRT Bengkalis", "petugas.bengkalis", "pendamping.bengkalis"),
            new Seed("Pembinaan 120 UMKM", "petugas.bandarlampung", "pendamping.bandarlampung"),
            new Seed("Gerakan Sertifikasi Halal", "petugas.lampung", "pendamping.lampung"));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Enrollments enrollments;
    @Autowired
    Visits visits;
    @Autowired
    id.naikkelas.common.Today today;

    @Test
    void everySeedProgramHasFacilitatorsForAllItsParticipantsWithinCapsAndATraining() {
        assertThat(jdbc.sql("SELECT count(*) FROM program").query(Integer.class).single()).isGreaterThanOrEqualTo(SEEDS.size());
        for (var seed : SEEDS) {
            var program = jdbc.sql("SELECT id, caseload_cap FROM program WHERE name LIKE ?").param(seed.namePrefix() + "%")
                    .query((rs, i) -> new long[] {rs.getLong(1), rs.getInt(2)}).single();
            long id = program[0];
            int enrolled = count("SELECT count(*) FROM enrollment WHERE program_id = ? AND status = 'ENROLLED'", id);
            assertThat(enrolled).as(seed.namePrefix() + ": participants").isGreaterThan(0);
            assertThat(count("""
                    SELECT count(*) FROM enrollment e WHERE e.program_id = ? AND e.status = 'ENROLLED'
                    AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.enrollment_id = e.id AND a.ended_at IS NULL)""", id))
                    .as(seed.namePrefix() + ": participants without a facilitator").isZero();
            // nobody over the program's cap, nor over their own capacity across programs (fixtures of other tests insert
            // assignments by hand as 'uji', outside the caps: not the demo's)
            assertThat(count("""
                    SELECT count(*) FROM (SELECT a.facilitator_id FROM assignment a JOIN enrollment e ON e.id = a.enrollment_id
                    WHERE e.program_id = ? AND a.ended_at IS NULL AND a.assigned_by <> 'uji' GROUP BY a.facilitator_id HAVING count(*) > ?) over""",
                    id, program[1]))
                    .as(seed.namePrefix() + ": facilitators over the program cap").isZero();
            assertThat(count("""
                    SELECT count(*) FROM (SELECT a.facilitator_id, count(*) AS n FROM assignment a WHERE a.ended_at IS NULL
                    AND a.assigned_by <> 'uji' GROUP BY a.facilitator_id) load LEFT JOIN facilitator_profile f ON f.user_id = load.facilitator_id
                    WHERE load.n > coalesce(f.capacity, 10) AND load.facilitator_id IN (SELECT a.facilitator_id FROM assignment a
                    JOIN enrollment e ON e.id = a.enrollment_id WHERE e.program_id = ? AND a.ended_at IS NULL)""", id))
                    .as(seed.namePrefix() + ": its facilitators over their capacity").isZero();
            assertThat(count("SELECT count(*) FROM training_event WHERE program_id = ? AND status = 'OPEN'", id))
                    .as(seed.namePrefix() + ": training events").isGreaterThan(0);

            // the walk: the facilitator finds a participant on the worklist and records a visit; the manager moves it on
            var mine = AsUser.call(seed.facilitator(), () -> enrollments.assignedToMe()).stream()
                    .filter(e -> e.programId() == id).toList();
            assertThat(mine).as(seed.facilitator() + "'s worklist in " + seed.namePrefix()).isNotEmpty();
            var first = mine.get(0);
            AsUser.call(seed.facilitator(), () -> visits.record(first.id(), new VisitData(UUID.randomUUID(), today.date().minusDays(1),
                    "ONSITE", null, null, "Kunjungan pertama", null, List.of())));
            AsUser.run(seed.manager(), () -> enrollments.advanceStage(first.id()));
            var after = AsUser.call(seed.manager(), () -> enrollments.ofProgram(id)).stream()
                    .filter(e -> e.id() == first.id()).findFirst().orElseThrow();
            assertThat(after.stagePosition()).as(seed.namePrefix() + ": moved to the next stage").isEqualTo(first.stagePosition() + 1);
        }
        // one running today in Dumai, so check-in can be tried
        assertThat(count("""
                SELECT count(*) FROM training_session s JOIN training_event e ON e.id = s.event_id
                WHERE e.region_code LIKE '14.72%' AND s.starts_at <= now() + interval '30 minutes' AND s.ends_at > now()""")).isPositive();
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
