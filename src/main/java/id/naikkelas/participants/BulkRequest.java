package id.naikkelas.participants;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A bulk action and its inputs; only those the action needs are read.
 *
 * @param enrollmentIds the ticked participants; ignored when {@code allMatching}
 * @param allMatching   every participant matching the list's filter instead
 */
@Schema(description = "A bulk action on a program's participants")
public record BulkRequest(
        @Schema(description = "STAGE (next stage), OUTCOME, ASSIGN (facilitators), TRAINING (register for an event), VISIT (schedule a monitoring visit)", requiredMode = Schema.RequiredMode.REQUIRED)
        BulkAction action,
        @Schema(description = "The selected enrolments") List<Long> enrollmentIds,
        @Schema(description = "Select every participant matching the filter instead") Boolean allMatching,
        @Schema(description = "The list's filter, for allMatching") ListFilter filter,
        @Schema(description = "OUTCOME: GRADUATED, CERTIFIED or WITHDRAWN") String outcome,
        @Schema(description = "OUTCOME WITHDRAWN and reassignment: why") @Size(max = 500) String reason,
        @Schema(description = "ASSIGN: one facilitator for the whole selection; empty balances over the facilitators by capacity and region") Long facilitatorId,
        @Schema(description = "TRAINING: the event") Long eventId,
        @Schema(description = "VISIT: the planned date") LocalDate visitOn) {

    boolean all() {
        return Boolean.TRUE.equals(allMatching);
    }
}
