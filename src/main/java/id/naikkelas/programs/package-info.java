/**
 * Programs run by agencies (SEDAP MALAM, UMKM Berdikari, ...): stages and durations, partner
 * organisations with MoUs, enrolment with eligibility, facilitator assignment under caseload
 * caps, field visits with a monitoring schedule, follow-ups and awards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programs and facilitation")
package id.naikkelas.programs;
