package id.naikkelas.programs;

import java.time.LocalDate;

/** One business in a program as the program page and the facilitator's worklist show it. */
record EnrollmentView(long id, long programId, String programName, long businessId, String businessName, String place,
                             EnrollmentStatus status, Integer stagePosition, String stageName, LocalDate stageStartedOn,
                             String reason, Long facilitatorId, String facilitatorName, LocalDate nextVisitOn, int missedVisits,
                             int openFollowUps, LocalDate nextFollowUpDue, int version) {
}
