package id.naikkelas.programs;

import java.time.LocalDate;

/**
 * One row of a program's participant list: the business, its stage, facilitator and visits, and the version a
 * bulk action compares to notice that someone changed it since the preview.
 */
public record Participant(long enrollmentId, long businessId, String businessName, String place, String regionCode, String status,
                          Integer stagePosition, String stageName, Long facilitatorId, String facilitatorName, LocalDate nextVisitOn,
                          int missedVisits, int version) {

    public boolean active() {
        return "ENROLLED".equals(status);
    }
}
