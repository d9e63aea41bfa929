package id.naikkelas.participants;

import id.naikkelas.registry.PermitType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * The participant list's filter as pages and the API write it; {@code attended} narrows to those who attended a
 * training event, which only the training module knows.
 */
@Schema(description = "A filter of a program's participants")
public record ListFilter(
        @Schema(description = "Stage position") Integer stage,
        @Schema(description = "Facilitator's account id; 0 for participants without one") Long facilitator,
        @Schema(description = "Only those with an overdue planned visit") Boolean overdue,
        @Schema(description = "Only those whose business does not hold this permit valid today (an expired one does not count)") PermitType permit,
        @Schema(description = "Only those who attended a session of this training event") Long attended,
        @Schema(description = "Part of the business's name") @Size(max = 100) String q) {

    static final ListFilter NONE = new ListFilter(null, null, null, null, null, null);

    boolean isEmpty() {
        return stage == null && facilitator == null && !Boolean.TRUE.equals(overdue) && permit == null && attended == null
                && (q == null || q.isBlank());
    }
}
