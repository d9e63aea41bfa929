package id.naikkelas.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A field visit as the facilitator's phone submits it. {@code token} is generated when the form is
 * opened; submitting the same form again (a retry on a flaky connection) changes nothing.
 */
public record VisitData(UUID token, LocalDate visitedOn, String mode, BigDecimal latitude, BigDecimal longitude, String notes,
                        String findings, List<FollowUpData> followUps) {

    public record FollowUpData(String description, LocalDate dueOn, String responsible) {
    }
}
