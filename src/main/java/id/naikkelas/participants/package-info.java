/**
 * A program's participant list, paged and filtered, and bulk work on it (issue 18): move to the next stage, record an
 * outcome, assign facilitators, register for a training event, schedule a monitoring visit, export. Every bulk action
 * is previewed row by row, then applied in the background as a job that runs once, with its progress and per-row
 * results, audited as one action listing its rows (ADR 0014).
 * <p>
 * Owns tables: participant_bulk_job.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Program participants and bulk work")
package id.naikkelas.participants;
