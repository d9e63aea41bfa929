package id.naikkelas.programs;

import java.util.List;

/**
 * Enrolments changed in a way their rows carry no timestamp of: accepted or declined, moved to the next stage, ended
 * with an outcome, or given another facilitator. Published so that reporting recomputes their districts at its next
 * refresh instead of at the nightly rebuild (ADR 0024).
 */
public record EnrollmentsChanged(long programId, List<Long> enrollmentIds) {
}
