package id.naikkelas.benchdata;

import java.util.SplittableRandom;

/**
 * Programs and who takes part: a few programs per province run by the province's agency, and about
 * half of the active businesses enrolled in one of their province's programs. An enrolment with a
 * facilitator has the program's six monthly monitoring visits (as {@code Visits.plan} lays them
 * out); facilitators carry about 25 active enrolments each.
 */
final class ProgrammePlan {

    static final String[] STATUSES = {"APPLIED", "ENROLLED", "DECLINED", "GRADUATED", "CERTIFIED", "WITHDRAWN"};
    static final int APPLIED = 0;
    static final int ENROLLED = 1;
    static final int DECLINED = 2;
    static final int WITHDRAWN = 5;
    static final int ACTIVE_PER_FACILITATOR = 25;
    /** Stages as the generated programs define them: a short start, six months of monthly visits, an evaluation. */
    static final int FIRST_STAGE_DAYS = 14;
    static final int VISIT_INTERVAL_DAYS = 30;
    static final int MONITORING_DAYS = 180;
    static final int LAST_STAGE_DAYS = 30;
    static final int VISITS = MONITORING_DAYS / VISIT_INTERVAL_DAYS;

    final int programsPerProvince;
    final int[] programAge;
    final int enrollments;
    final int[] business;
    final int[] program;
    final byte[] status;
    /** Days before the as-of date of the enrolment, and of its end (outcome or withdrawal; -1 while running). */
    final short[] age;
    final short[] endAge;
    /** Index of the facilitator within the province's, or -1 (applied, declined: nobody assigned). */
    final int[] facilitatorSlot;
    final int[] facilitatorsPerProvince;
    final int[] visitStart;

    ProgrammePlan(Geography geo, RegistryPlan registry, long seed, double scale) {
        programsPerProvince = Math.max(1, (int) Math.round(4 * scale));
        int programs = programsPerProvince * geo.provinces();
        programAge = new int[programs];
        for (int g = 0; g < programs; g++) {
            programAge[g] = 60 + Rng.of(seed, Rng.Stream.PROGRAM, g).nextInt(640);
        }
        int n = registry.businesses;
        int[] biz = new int[n];
        int[] prog = new int[n];
        byte[] st = new byte[n];
        short[] ag = new short[n];
        short[] end = new short[n];
        int e = 0;
        for (int i = 0; i < n; i++) {
            SplittableRandom r = Rng.of(seed, Rng.Stream.ENROLLMENT, i);
            if (registry.status[i] == RegistryPlan.INACTIVE || r.nextDouble() >= 0.55) {
                continue;
            }
            int province = geo.provinceOf(registry.village[i]);
            int g = province * programsPerProvince + r.nextInt(programsPerProvince);
            int days = Math.max(0, programAge[g] - r.nextInt(61));
            int s;
            int ended = -1;
            double u = r.nextDouble();
            int monitoringEnd = FIRST_STAGE_DAYS + MONITORING_DAYS + LAST_STAGE_DAYS;
            if (u < 0.03) {
                s = APPLIED;
            } else if (u < 0.05) {
                s = DECLINED;
            } else if (days > monitoringEnd) {
                s = new int[]{3, 4, WITHDRAWN, ENROLLED}[Rng.weighted(r, new double[]{.5, .3, .08, .12})];
                if (s == WITHDRAWN) {
                    ended = days - 20 - r.nextInt(150);
                } else if (s != ENROLLED) {
                    ended = Math.max(0, days - monitoringEnd - r.nextInt(20));
                }
            } else {
                s = Rng.chance(r, 0.05) ? WITHDRAWN : ENROLLED;
                if (s == WITHDRAWN) {
                    ended = Math.max(0, days - Math.min(days, 20 + r.nextInt(100)));
                }
            }
            biz[e] = i;
            prog[e] = g;
            st[e] = (byte) s;
            ag[e] = (short) days;
            end[e] = (short) ended;
            e++;
        }
        enrollments = e;
        business = java.util.Arrays.copyOf(biz, e);
        program = java.util.Arrays.copyOf(prog, e);
        status = java.util.Arrays.copyOf(st, e);
        age = java.util.Arrays.copyOf(ag, e);
        endAge = java.util.Arrays.copyOf(end, e);

        int[] active = new int[geo.provinces()];
        for (int k = 0; k < e; k++) {
            if (status[k] == ENROLLED) {
                active[program[k] / programsPerProvince]++;
            }
        }
        facilitatorsPerProvince = new int[geo.provinces()];
        for (int p = 0; p < active.length; p++) {
            facilitatorsPerProvince[p] = Math.max(1, (active[p] + ACTIVE_PER_FACILITATOR - 1) / ACTIVE_PER_FACILITATOR);
        }
        facilitatorSlot = new int[e];
        visitStart = new int[e + 1];
        // running enrolments dealt out in turn, so no facilitator carries more than ACTIVE_PER_FACILITATOR (their capacity
        // and the program's cap); finished ones in turn too, as the history of the same people
        int[] nextActive = new int[geo.provinces()];
        int[] nextEnded = new int[geo.provinces()];
        for (int k = 0; k < e; k++) {
            int p = program[k] / programsPerProvince;
            boolean assigned = status[k] != APPLIED && status[k] != DECLINED;
            int turn = status[k] == ENROLLED ? nextActive[p]++ : nextEnded[p]++;
            facilitatorSlot[k] = assigned ? turn % facilitatorsPerProvince[p] : -1;
            visitStart[k + 1] = visitStart[k] + (assigned ? VISITS : 0);
        }
    }

    int programs() {
        return programAge.length;
    }

    int provinceOfProgram(int g) {
        return g / programsPerProvince;
    }

    int visits() {
        return visitStart[enrollments];
    }

    boolean assigned(int k) {
        return facilitatorSlot[k] >= 0;
    }
}
