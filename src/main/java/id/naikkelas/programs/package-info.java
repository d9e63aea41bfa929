/**
 * Programs run by agencies (SEDAP MALAM, UMKM Berdikari, ...): stages and durations, partner
 * organisations with MoUs, enrolment with eligibility, facilitator assignment under caseload
 * caps, field visits with a monitoring schedule, follow-ups and awards.
 * <p>
 * Owns tables: program, program_stage, program_partner, enrollment, facilitator_profile, assignment, visit, visit_photo, follow_up, award, permit_handover.
 * Publishes views (read-only, for other modules): programs_program, programs_open_assignment, programs_enrollment_status, programs_visit_status, programs_enrollment, programs_award, programs_planned_visit, programs_partner, programs_visit_by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programs and facilitation")
package id.naikkelas.programs;
