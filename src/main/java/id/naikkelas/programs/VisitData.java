package id.naikkelas.programs;

import id.naikkelas.common.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A field visit as the facilitator's phone submits it. {@code token} is generated when the form is
 * opened; submitting the same form again (a retry on a flaky connection) changes nothing. A location is a point on
 * the earth (the columns hold at most three digits before the decimal point).
 */
public record VisitData(UUID token, LocalDate visitedOn, String mode,
                        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude, @Size(max = TextLimits.NOTE) String notes,
                        @Size(max = TextLimits.NOTE) String findings, List<@Valid FollowUpData> followUps) {

    public record FollowUpData(@Size(max = TextLimits.NOTE) String description, LocalDate dueOn, String responsible) {
    }
}
